// The PIN a staff member may set for the group's shared tablet: six digits, not one that anyone
// would try first (000000, 123456, 121212, 123123). Pure rules; the store keeps its Argon2id hash.
#pragma once

#include <optional>
#include <string_view>

namespace dagritme {

inline constexpr int tablet_pin_length = 6;
// How long a session opened with a PIN lasts: long enough for an entry, short enough that the
// next person on the tablet switches.
inline constexpr int tablet_session_minutes = 30;

enum class PinProblem {
    not_six_digits,
    one_digit, // 000000, 777777
    sequence,  // 123456, 654321, 012345
    pattern,   // 121212, 123123, 112233
};

std::optional<PinProblem> check_pin(std::string_view pin);

} // namespace dagritme
