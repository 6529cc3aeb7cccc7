// The rules of a tablet PIN.
#include "domain/tablet_pin.hpp"

#include <algorithm>

namespace dagritme {

std::optional<PinProblem> check_pin(std::string_view pin) {
    if (pin.size() != tablet_pin_length ||
        !std::all_of(pin.begin(), pin.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return PinProblem::not_six_digits;
    if (std::all_of(pin.begin(), pin.end(), [&](char c) { return c == pin[0]; }))
        return PinProblem::one_digit;
    const auto steps = [&](int step) {
        for (std::size_t i = 1; i < pin.size(); ++i)
            if (pin[i] - pin[i - 1] != step) return false;
        return true;
    };
    if (steps(1) || steps(-1)) return PinProblem::sequence;
    // A repeated block of two or three digits, or each digit twice.
    const auto repeats = [&](std::size_t period) {
        for (std::size_t i = period; i < pin.size(); ++i)
            if (pin[i] != pin[i - period]) return false;
        return true;
    };
    const bool pairs = pin[0] == pin[1] && pin[2] == pin[3] && pin[4] == pin[5];
    if (repeats(2) || repeats(3) || pairs) return PinProblem::pattern;
    return std::nullopt;
}

} // namespace dagritme
