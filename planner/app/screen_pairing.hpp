// Pairing a wall screen to a group. The display asks for a code (shown on its screen) and
// polls with its secret; a member of staff pairs the code (command line or API); the display
// then collects its token once. Shared by the command line and the HTTP API.
#pragma once

#include "store/screens.hpp"

#include <optional>
#include <string>
#include <variant>

namespace dagritme::app {

inline constexpr std::int64_t pairing_lifetime = 15 * 60;
inline constexpr int max_open_pairings = 100;
// A display asks again when its code expires or it restarts; an address never holds more
// than this many codes: a newer request replaces its oldest.
inline constexpr int max_pairings_per_address = 2;

struct PairingRequest {
    std::string code;   // six digits, for the screen
    std::string secret; // for the display only
};

// Nothing when too many pairings are open (a flood of requests from many addresses).
std::optional<PairingRequest> request_pairing(store::Database& db, const std::string& client_address,
                                              std::int64_t now);

// The new screen, or why not (Dutch, for staff): unknown group, unknown or expired code.
std::variant<store::Screen, std::string> pair(store::Database& db, const std::string& code,
                                              const std::string& group_id, const std::string& name,
                                              std::int64_t now);

} // namespace dagritme::app
