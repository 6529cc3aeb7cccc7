// Pairing a wall screen to a group. The display asks for a code (shown on its screen) and
// polls with its secret; a member of staff pairs the code (command line or API); from then on
// the secret is the screen's token, and the display is told so once. The database holds only
// the secret's hash, before and after. Shared by the command line and the HTTP API.
#pragma once

#include "store/screens.hpp"

#include <optional>
#include <string>
#include <variant>

namespace dagritme::app {

inline constexpr std::int64_t pairing_lifetime = 15 * 60;
inline constexpr int max_open_pairings = 100;
// A display asks again when its code expires or it restarts; an address never holds more
// than this many codes: a newer request replaces its oldest. When all codes are taken, a new
// request replaces the oldest code of the /24 (or /64) that holds the most, so many addresses
// cannot keep a new screen from being paired.
inline constexpr int max_pairings_per_address = 2;

struct PairingRequest {
    std::string code;   // six digits, for the screen
    std::string secret; // for the display only
};

// Nothing only when no code can be made room for (never with max_open_pairings above zero).
std::optional<PairingRequest> request_pairing(store::Database& db,
                                              const std::string& client_address, std::int64_t now);

// What a polling display learns: waiting, or paired with its token (told once, then the
// pairing is gone). Nothing for an unknown or expired pairing.
struct CollectedPairing {
    bool paired = false;
    std::string token;
    std::string group_id;
    std::string name;
};
std::optional<CollectedPairing> collect_pairing(store::Database& db, const std::string& secret,
                                                std::int64_t now);

// Removes the expired codes; returns how many.
int remove_expired_pairings(store::Database& db, std::int64_t now);

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
