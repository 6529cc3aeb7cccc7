// The family record as stored: its fields, parents' contacts, the phase history, the mentor
// account, and the list of families. Call the writes inside a transaction; every write of a
// record sets its last_changed_at (what the retention of closed records counts from).
// Reading here checks no scope: the routes call require_family_access first.
#pragma once

#include "domain/family_record.hpp"
#include "store/database.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace dagritme::store {

// The whole record (goals included), or nothing for an unknown family.
std::optional<FamilyRecord> load_family_record(Database& db, std::int64_t family_id);

// Every family by name; `mentor_account` set: only that account's families.
std::vector<FamilySummary> list_families(Database& db,
                                         std::optional<std::int64_t> mentor_account = {});

void save_record_fields(Database& db, std::int64_t family_id, const RecordFields& fields,
                        Instant now);
// False when the parent is not one of the family's.
bool save_parent_contact(Database& db, std::int64_t family_id, std::int64_t parent_id,
                         const ParentContact& contact, Instant now);
void add_phase_entry(Database& db, std::int64_t family_id, const PhaseEntry& entry, Instant now);
// False when there is no such family.
bool set_family_mentor_account(Database& db, std::int64_t family_id,
                               std::optional<std::int64_t> account_id);
// Sets last_changed_at of the record to `now`.
void touch_family_record(Database& db, std::int64_t family_id, Instant now);

} // namespace dagritme::store
