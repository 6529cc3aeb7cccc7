// The append-only audit log of family records (the database refuses updates and deletes).
#pragma once

#include "domain/audit.hpp"
#include "store/database.hpp"

#include <cstdint>
#include <optional>
#include <vector>

namespace dagritme::store {

// Appends `entry` (its id is ignored) and returns the new id.
std::int64_t append_audit(Database& db, const AuditEntry& entry);
// Newest first, at most `limit` entries.
std::vector<AuditEntry> audit_of_family(Database& db, std::int64_t family_id, int limit = 500);
std::vector<AuditEntry> audit_of_account(Database& db, std::int64_t account_id, int limit = 500);
// The mentor account of a family: nothing when the family has no mentor account; the outer
// nothing when there is no such family.
std::optional<std::optional<std::int64_t>> family_mentor_account(Database& db,
                                                                 std::int64_t family_id);

} // namespace dagritme::store
