// A child's absences, as a group leader or mentor reports them ("Bram is ziek vandaag",
// "Sanne komt om 10:00", "vakantie 22-26 december"), and who is expected on a day: the children
// placed on it, less those away. The reason stays in the care record, never on a board.
#pragma once

#include "app/intake.hpp"
#include "domain/people.hpp"
#include "domain/placement.hpp"
#include "store/database.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace dagritme::app {

// `absence.child_id` must be a child of a group (else store::StoreError).
Saved<std::int64_t> report_absence(store::Database& db, const Absence& absence,
                                   const Change& change);
// "Toch gekomen": false when the absence is not the child's.
bool withdraw_absence(store::Database& db, std::int64_t child_id, std::int64_t absence_id,
                      const Change& change);

// The group's children on `date`: expected (placed and not away, a late one with its time),
// away (with the absence), and the rest of the placed children who left or do not come that
// weekday are not in it.
struct ExpectedChild {
    Child child;
    std::optional<Absence> absence; // away, or coming later
};
std::vector<ExpectedChild> children_of_day(store::Database& db, const std::string& group_id,
                                           Date date);

} // namespace dagritme::app
