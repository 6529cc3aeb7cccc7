// SQL of the families' calendar links: the SHA-256 of each secret token, who made it and when,
// and when it was revoked. At most one live link per family (the schema holds to it).
#pragma once

#include "store/database.hpp"

#include <cstdint>
#include <optional>
#include <string>

namespace dagritme::store {

struct CalendarLink {
    std::int64_t id = 0;
    std::int64_t family_id = 0;
    std::optional<std::int64_t> created_by; // the account
    std::string created_by_name;            // its name, "" when the account is gone
    std::int64_t created_at = 0;
};

// Adds a live link for the family; nothing when the family already has one.
std::optional<std::int64_t> add_calendar_link(Database& db, std::int64_t family_id,
                                              const std::string& token_hash,
                                              std::optional<std::int64_t> created_by,
                                              std::int64_t now);
// The family's live link, or nothing.
std::optional<CalendarLink> live_calendar_link(Database& db, std::int64_t family_id);
// Revokes the family's live link; false when it had none.
bool revoke_calendar_link(Database& db, std::int64_t family_id, std::int64_t now);
// The family of a live link's token hash, or nothing (unknown or revoked alike).
std::optional<std::int64_t> family_of_calendar_token(Database& db, const std::string& token_hash);

// The first name of the family's mentor (staff), "" when it has none.
std::string mentor_first_name(Database& db, std::int64_t family_id);

} // namespace dagritme::store
