// The history of a family record's changes: every edit of an intake field, a parent or a child
// keeps the old and the new value with who changed it and when. Removed with the record.
#pragma once

#include "domain/family_record.hpp"
#include "store/database.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace dagritme::store {

// Keeps the change if the value changed. Call inside the transaction of the change.
void keep_change(Database& db, std::int64_t family_id, const RecordChange& change);
// The family's changes, the latest first.
std::vector<RecordChange> record_changes(Database& db, std::int64_t family_id);

} // namespace dagritme::store
