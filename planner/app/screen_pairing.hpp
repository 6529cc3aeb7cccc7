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
std::optional<PairingRequest> request_pairing(store::Database& db,
                                              const std::string& client_address, std::int64_t now);

// Why a code could not be paired; worded where it is shown (Dutch in the API, English on the
// command line).
struct PairingProblem {
    enum class Kind { unknown_group, unknown_code }; // unknown_code: unknown, expired or used
    Kind kind;
};

// The new screen, or why not.
std::variant<store::Screen, PairingProblem> pair(store::Database& db, const std::string& code,
                                                 const std::string& group_id,
                                                 const std::string& name, std::int64_t now);

// Revokes the screen `id` at `now`: its token reads nothing from then on. False when there is
// no such screen, or it was revoked already. The caller closes its open connection.
bool revoke_screen(store::Database& db, std::int64_t id, std::int64_t now);

} // namespace dagritme::app
