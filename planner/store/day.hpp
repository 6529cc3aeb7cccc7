// One group's day as stored: changes to the plan, attendance and activity groups (parent-child
// sessions: store/sessions.hpp). Every write bumps the group's board revision; call them inside a
// transaction.
#pragma once

#include "domain/activity.hpp"
#include "domain/attendance.hpp"
#include "domain/day_plan.hpp"
#include "store/database.hpp"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace dagritme::store {

std::int64_t add_change(Database& db, const std::string& group_id, Date date,
                        const DayChange& change);
std::vector<DayChange> changes_of_day(Database& db, const std::string& group_id, Date date);

// Records a check-in or check-out of a child or staff member of `group_id`.
void record_attendance(Database& db, const std::string& group_id, PersonKind kind,
                       std::int64_t person_id, const AttendanceEvent& event);
// The events of the group's children or staff on a local date, per person.
std::map<std::int64_t, std::vector<AttendanceEvent>>
attendance_of_day(Database& db, const std::string& group_id, PersonKind kind, Date date);
// The same between two UTC instants [begin, end), as for rates per hour present. Someone
// checked in before `begin` has no event for it: read from the start of their day.
std::map<std::int64_t, std::vector<AttendanceEvent>> attendance_between(Database& db,
                                                                        const std::string& group_id,
                                                                        PersonKind kind,
                                                                        Instant begin, Instant end);

// Who brought or collected a child: set on its latest check-in or check-out of `date`.
// False when the child has no event that day. Does not touch the board (never shown there).
bool set_escort(Database& db, std::int64_t child_id, Date date, const std::string& escort);
// The escort of each child's latest event of `date` (children without one are absent).
std::map<std::int64_t, std::string> escorts_of_day(Database& db, const std::string& group_id,
                                                   Date date);

std::int64_t add_activity(Database& db, const std::string& group_id, Date date,
                          const ActivityGroup& a);
std::vector<ActivityGroup> activities_of_day(Database& db, const std::string& group_id, Date date);

} // namespace dagritme::store

namespace dagritme::store {
// Replaces the activity groups of a date (the day's list is set as a whole).
void replace_activities(Database& db, const std::string& group_id, Date date,
                        const std::vector<ActivityGroup>& activities);
} // namespace dagritme::store
