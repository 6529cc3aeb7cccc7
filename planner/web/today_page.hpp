// Vandaag: the home page of a group on the tablet. The children's photos (one tap checks a
// child in or out; a second tap says who brought or collected it), the staff on duty, what the
// wall screens show now, today's plan and the activity groups (web/today_plan.hpp), and the
// morning list of what to lay out at each child's own place.
#pragma once

#include "domain/activity.hpp"
#include "domain/board.hpp"
#include "domain/day_plan.hpp"
#include "web/form.hpp"
#include "web/html.hpp"

#include <optional>
#include <string>
#include <vector>

namespace dagritme::web {

struct PersonTile {
    std::int64_t id = 0;
    bool child = true;
    std::string first_name;
    std::optional<std::string> photo; // sha256 in the media store
    bool present = false;
    std::optional<TimeOfDay> since;   // the last check-in or check-out today
    std::string escort;               // who brought or collected the child
    std::vector<std::string> escorts; // quick choices: "mama", "papa", "oma"...
    std::string own_place_item;       // laid out at the child's own place
    // Reported absent today ("Ziek", "Vakantie t/m 26 december") or coming later ("Komt om
    // 10:00"), with the note; staff only, never on a board.
    std::string away;
    bool expected = true; // false: away all day
    std::string away_note;
    std::int64_t absence_id = 0;
};

struct PictogramChoice {
    std::string name; // "fruit-eten"
    std::string hash; // in the media store, for its image
};

struct TodayView {
    std::string group_id;
    std::string group_name;
    Date date;
    TimeOfDay now;
    std::string csrf;
    std::vector<PersonTile> children;
    std::vector<PersonTile> staff;
    DayPlan plan;
    std::vector<ActivityGroup> activities;
    std::vector<PictogramChoice> pictograms;
    Board board; // what the wall screens show now
    bool may_edit = true;
    std::string form_key; // idempotency key for this render's forms
    Form absence_values;  // a refused absence: what was sent
    FieldErrors absence_errors;
};

Html today_content(const TodayView& view);
// A person's tile: swapped in after a tap.
Html person_tile(const TodayView& view, const PersonTile& person);
// Afmelden: report a child absent or coming later, and today's absences to withdraw.
Html absence_section(const TodayView& view);
// What the wall screens show now: refreshed every few seconds.
Html board_preview(const TodayView& view);

} // namespace dagritme::web
