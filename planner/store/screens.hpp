// Wall screens: paired once to a group with a six-digit code, then known by a token whose
// SHA-256 is stored here. A screen token reads its group's board and media, nothing else.
#pragma once

#include "store/database.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace dagritme::store {

struct Screen {
    std::int64_t id = 0;
    std::string group_id;
    std::string name;
    std::int64_t created_at = 0;
    std::optional<std::int64_t> revoked_at;
};

// A display asks to be paired: a new code with the hash of the display's secret.
// Expired requests are removed first.
void add_pairing(Database& db, const std::string& code, const std::string& secret_hash,
                 const std::string& client_address, std::int64_t now, std::int64_t expires_at);
void remove_expired_pairings(Database& db, std::int64_t now);
int open_pairings_from(Database& db, const std::string& client_address, std::int64_t now);
void remove_oldest_pairing_from(Database& db, const std::string& client_address, std::int64_t now);
bool pairing_code_in_use(Database& db, const std::string& code, std::int64_t now);
int open_pairings(Database& db, std::int64_t now);

// Staff pair the code: creates the screen and leaves its token for the display to collect.
// Nothing when the code is unknown, expired or already used.
std::optional<Screen> pair_screen(Database& db, const std::string& code,
                                  const std::string& group_id, const std::string& name,
                                  const std::string& token, const std::string& token_hash,
                                  std::int64_t now);

struct PairingStatus {
    bool paired = false;
    std::string token; // handed out once, then forgotten
    std::string group_id;
    std::string name;
};
// The display polls with its secret; nothing for an unknown or expired pairing.
std::optional<PairingStatus> collect_pairing(Database& db, const std::string& secret_hash,
                                             std::int64_t now);

std::optional<Screen> screen_by_token(Database& db, const std::string& token_hash); // not revoked
std::vector<Screen> list_screens(Database& db);
bool revoke_screen(Database& db, std::int64_t id, std::int64_t now); // false: unknown or revoked

} // namespace dagritme::store
