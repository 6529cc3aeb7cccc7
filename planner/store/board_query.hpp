// Reads everything a group's board on a date is made from, in one read transaction, and
// builds the board. Unknown group: std::nullopt.
#pragma once

#include "domain/board.hpp"
#include "store/database.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace dagritme::store {

// Everything stored about a group's date, read in one read transaction: what the board is
// built from, and what the staff's Vandaag page shows.
struct GroupDay {
    Group group;
    std::int64_t revision = 0;
    Date date;
    std::vector<DayChange> changes;
    std::map<Date, std::vector<DayChange>> coming_changes; // of the board's coming days
    std::vector<Child> children;                           // all of the group's children
    std::vector<Staff> staff;                              // all of the group's staff
    std::map<std::int64_t, std::vector<AttendanceEvent>> child_events;
    std::map<std::int64_t, std::vector<AttendanceEvent>> staff_events;
    std::vector<ActivityGroup> activities;
    std::vector<ParentChildSession> sessions;
    std::vector<Parent> parents;
};

std::optional<GroupDay> load_group_day(Database& db, const std::string& group_id, Date date);
std::optional<Board> load_board(Database& db, const std::string& group_id, Date date);

} // namespace dagritme::store
