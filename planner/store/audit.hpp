// The append-only audit log (the database refuses deletes, and updates but for the count of a
// counting row). Each row is chained to the one before it (audit_chain.hpp).
#pragma once

#include "domain/audit.hpp"
#include "store/database.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace dagritme::store {

// Appends `entry` (its id, count and chain are ignored) and returns the new id.
std::int64_t append_audit(Database& db, const AuditEntry& entry);
// Counts `entry` into the newest row with its count_key whose window is still open at
// entry.at; otherwise appends it as a new row that counts identical entries for `window`
// seconds. One row per key and window, however many entries: a flood cannot grow the log.
struct AuditCount {
    std::int64_t id = 0; // the row counted into, or appended
    bool appended = false;
};
AuditCount count_audit(Database& db, const AuditEntry& entry, std::int64_t window);

// Which entries a page of the log shows.
enum class AuditShown { all, staff, feeds, refused, security };
struct AuditQuery {
    AuditShown shown = AuditShown::all;
    std::optional<std::int64_t> account_id; // only this account's
    std::optional<std::int64_t> family_id;  // only this family's
    std::int64_t offset = 0;
    int limit = 50;
};
struct AuditPage {
    std::vector<AuditEntry> entries; // newest first
    std::int64_t total = 0;          // entries that match, on every page
};
AuditPage audit_page(Database& db, const AuditQuery& query);
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
// The first names of the children by id, for the log's pages.
std::map<std::int64_t, std::string> child_first_names(Database& db);
// The mentor account of a family: nothing when the family has no mentor account; the outer
// nothing when there is no such family.
std::optional<std::optional<std::int64_t>> family_mentor_account(Database& db,
                                                                 std::int64_t family_id);

} // namespace dagritme::store
