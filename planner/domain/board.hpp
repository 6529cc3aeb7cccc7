// The day board of a group on a date: what the wall screen in the group room shows.
// Built by a pure, deterministic function from the day plan, attendance, activity groups and
// sessions, with the plans of the coming opening days (so a screen without the planner never
// shows another day as today). Only what the group room may see is in it: first names, consented
// photos, pictograms and times; never a surname, a record, a note.
#pragma once

#include "domain/activity.hpp"
#include "domain/attendance.hpp"
#include "domain/day_plan.hpp"
#include "domain/group.hpp"
#include "domain/people.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace dagritme {

// 2: the coming opening days' plans ("coming"). The display still reads 1.
inline constexpr int board_schema = 2;
// How far ahead the board carries the group's plans: the next week's opening days.
inline constexpr int board_coming_days = 7;

struct BoardPerson {
    std::string id;                   // "c3", "s1"
    std::string name;                 // first name only
    std::optional<std::string> photo; // sha256; only with consent
    std::string avatar;               // a letter, when there is no photo
    bool operator==(const BoardPerson&) const = default;
};

struct BoardVisitor {
    std::string child; // "c1"
    std::string label; // "mama van Sanne"
    bool operator==(const BoardVisitor&) const = default;
};

struct BoardActivity {
    std::string id; // "a2" activity group, "p1" parent-child session
    TimeOfDay start;
    TimeOfDay end;
    std::string label;
    std::string pictogram;
    std::vector<std::string> staff;
    std::vector<std::string> children;
    std::vector<BoardVisitor> visitors;
    bool operator==(const BoardActivity&) const = default;
};

// A coming day on which the group opens: its screen hours and its plan, nobody's attendance.
struct BoardDay {
    Date date;
    TimeOfDay screen_on;
    TimeOfDay screen_off;
    DayPlan blocks;
    bool operator==(const BoardDay&) const = default;
};

struct Board {
    int schema = board_schema;
    std::int64_t revision = 0;
    std::string group_id;
    std::string group_name;
    Date date;
    std::string timezone;
    TimeOfDay screen_on;
    TimeOfDay screen_off;
    DayPlan blocks;
    std::vector<BoardPerson> children;     // present, by first name
    std::vector<BoardPerson> staff;        // present, by first name
    std::vector<BoardActivity> activities; // by start time
    std::vector<BoardDay> coming;          // the next opening days after `date`, in order
    bool operator==(const Board&) const = default;
};

// Everything the board of one group on one date is made from.
struct BoardInputs {
    const Group* group = nullptr; // must be set
    std::int64_t revision = 0;
    Date date;
    std::vector<DayChange> changes;
    std::map<Date, std::vector<DayChange>> coming_changes; // of coming_dates(); none: no entry
    std::vector<Child> children;                           // the group's children
    std::vector<Staff> staff;                              // the group's staff
    std::map<std::int64_t, std::vector<AttendanceEvent>> child_events; // of this date
    std::map<std::int64_t, std::vector<AttendanceEvent>> staff_events; // of this date
    std::vector<ActivityGroup> activities;
    std::vector<ParentChildSession> sessions;
    std::vector<Parent> parents; // the parents of the group's families
};

Board build_board(const BoardInputs& in);

// The dates after `date` whose plans the board carries: the group's opening days among the
// next board_coming_days calendar days.
std::vector<Date> coming_dates(const Group& group, Date date);

std::string child_board_id(std::int64_t id); // "c<id>"
std::string staff_board_id(std::int64_t id); // "s<id>"

} // namespace dagritme
