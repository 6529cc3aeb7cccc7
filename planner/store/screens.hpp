// Wall screens: paired once to a group with a six-digit code, then known by a token whose
// SHA-256 is stored here. A screen token reads its group's board and media, nothing else.
// Only hashes are stored: the display's pairing secret becomes its token once staff pair the
// code, so a pairing row never holds a token the database could leak.
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
int remove_expired_pairings(Database& db, std::int64_t now); // how many were removed
int open_pairings_from(Database& db, const std::string& client_address, std::int64_t now);
void remove_oldest_pairing_from(Database& db, const std::string& client_address, std::int64_t now);
bool pairing_code_in_use(Database& db, const std::string& code, std::int64_t now);
int open_pairings(Database& db, std::int64_t now);

// An open, unpaired code and the address that asked for it (oldest first).
struct OpenPairing {
    std::string code;
    std::string client_address;
};
std::vector<OpenPairing> open_pairings_by_age(Database& db, std::int64_t now);
void remove_pairing(Database& db, const std::string& code);

// Staff pair the code: creates the screen, whose token is the display's secret (its hash is
// already in the pairing). Nothing when the code is unknown, expired or already used.
std::optional<Screen> pair_screen(Database& db, const std::string& code,
                                  const std::string& group_id, const std::string& name,
                                  std::int64_t now);

struct PairingStatus {
    bool paired = false;
    std::string group_id;
    std::string name;
};
// The display polls with its secret; nothing for an unknown or expired pairing. Once paired,
// the pairing is removed: the display is told once that its secret is now its token.
std::optional<PairingStatus> collect_pairing(Database& db, const std::string& secret_hash,
                                             std::int64_t now);

std::optional<Screen> screen_by_token(Database& db, const std::string& token_hash); // not revoked
std::vector<Screen> list_screens(Database& db);
bool revoke_screen(Database& db, std::int64_t id, std::int64_t now); // false: unknown or revoked

} // namespace dagritme::store
