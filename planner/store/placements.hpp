// Placements and absences as stored. Call the writes inside a transaction; each bumps the board
// revision of the child's group (who is expected changes what Vandaag and the board show).
#pragma once

#include "domain/placement.hpp"
#include "store/database.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace dagritme::store {

// The placement of a child (no days and no dates for an unknown child).
Placement load_placement(Database& db, std::int64_t child_id);
// Replaces the child's placement: its dates, leave reason and weekdays.
void save_placement(Database& db, std::int64_t child_id, const Placement& placement);

std::int64_t add_absence(Database& db, const Absence& absence);
// Withdraws an absence of `child_id` ("toch gekomen"); false when it is not one of its own.
bool withdraw_absence(Database& db, std::int64_t child_id, std::int64_t absence_id, Instant now);
// The absences (not withdrawn) of the group's children that cover `date`.
std::vector<Absence> absences_on(Database& db, const std::string& group_id, Date date);
// The child's absences (not withdrawn), the latest first.
std::vector<Absence> absences_of_child(Database& db, std::int64_t child_id);

} // namespace dagritme::store
