// The append-only audit log of family records (the database refuses updates and deletes).
#pragma once

#include "domain/audit.hpp"
#include "store/database.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace dagritme::store {

// Appends `entry` (its id is ignored) and returns the new id.
std::int64_t append_audit(Database& db, const AuditEntry& entry);
// Newest first, at most `limit` entries.
std::vector<AuditEntry> audit_of_family(Database& db, std::int64_t family_id, int limit = 500);
std::vector<AuditEntry> audit_of_account(Database& db, std::int64_t account_id, int limit = 500);
// Per account that appears in the log (the command line as an account without id): how many
// entries, how many refused, and the last one. Most recent first.
struct AuditAccountSummary {
    std::optional<std::int64_t> account_id;
    std::string account;
    std::string role;
    std::int64_t entries = 0;
    std::int64_t refused = 0;
    std::int64_t last_at = 0;
};
std::vector<AuditAccountSummary> audit_by_account(Database& db);
// The names of the families by id ("Familie Jansen"), for the log's pages.
std::map<std::int64_t, std::string> family_names(Database& db);
// The mentor account of a family: nothing when the family has no mentor account; the outer
// nothing when there is no such family.
std::optional<std::optional<std::int64_t>> family_mentor_account(Database& db,
                                                                 std::int64_t family_id);

} // namespace dagritme::store
