// Writes to a group's day: check-in and check-out, changes to the day plan, the activity
// groups of a date. Each applies the domain's rules, imports the pictograms it names and writes
// in one transaction; a refused write changes nothing. Shared by the API, the command line and
// the staff pages. The caller tells the boards (nothing here knows about screens).
#pragma once

#include "domain/activity.hpp"
#include "domain/attendance.hpp"
#include "domain/day_plan.hpp"
#include "domain/group.hpp"
#include "media/media_store.hpp"
#include "media/pictograms.hpp"
#include "store/database.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace dagritme::app {

// Why a check-in or check-out was refused; worded where it is shown.
struct AttendanceProblem {
    enum class Kind { not_in_group }; // no child (or staff member) with that id in the group
    Kind kind = Kind::not_in_group;
};

// Checks a child or staff member of `group_id` in (`check_in`) or out at `now`, on the local
// date of `now`. Checking in someone who is here, or out someone who is not, records nothing.
std::optional<AttendanceProblem> check_in_or_out(store::Database& db, const std::string& group_id,
                                                 PersonKind kind, std::int64_t person,
                                                 bool check_in, Instant now);

// Records who brought or collected a child of `group_id` (its latest check-in or check-out on
// the local date of `now`): not_in_group, or no_event when it was not checked in or out today.
struct EscortProblem {
    enum class Kind { not_in_group, no_event, too_long };
    Kind kind = Kind::not_in_group;
};
inline constexpr std::size_t max_escort_length = 60;
std::optional<EscortProblem> set_escort(store::Database& db, const std::string& group_id,
                                        std::int64_t child, const std::string& escort, Instant now);

// Makes `change` to the plan of `group` on `date`; its pictogram (when not empty) is a name
// from `catalog`. Returns the id of the changed or added block, or why the change cannot be made.
std::variant<std::string, PlanProblem> change_day(store::Database& db,
                                                  media::PictogramCatalog& catalog,
                                                  media::MediaStore& media, const Group& group,
                                                  Date date, DayChange change);

// Sets the activity groups of `group_id` on `date` as a whole; their pictograms are names from
// `catalog`, or the hash of an image already in the media store (an activity kept as it was).
// Someone listed twice in an activity is in it once.
std::optional<ActivityProblem> set_activities(store::Database& db, media::PictogramCatalog& catalog,
                                              media::MediaStore& media, const std::string& group_id,
                                              Date date, std::vector<ActivityGroup> activities);

} // namespace dagritme::app
