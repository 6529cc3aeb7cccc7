// The group's parent-child sessions: the list of series with this and next week's occurrences
// and the form to schedule a series (/groep/G/sessies), and one series with its coming
// occurrences, their changes and cancellations, its invited families and who came
// (/groep/G/sessies/ID). Plain values in, escaped HTML out.
#pragma once

#include "domain/session_series.hpp"
#include "domain/workbook.hpp"
#include "web/form.hpp"
#include "web/html.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace dagritme::web {

struct LeaderChoice {
    std::int64_t id = 0;
    std::string name; // first name
};

struct ParentChoice {
    std::int64_t id = 0;
    std::string label; // "Petra (mama)"
};

// A family of the group's children, as staff name it: "Familie Jansen (Sanne)".
struct FamilyChoice {
    std::int64_t id = 0;
    std::string label;
    std::vector<ParentChoice> parents;
};

struct SessionsView {
    std::string group_id;
    std::string group_name;
    std::string csrf;
    Date today;
    std::vector<SessionSeries> series;
    std::map<std::int64_t, std::size_t> invited; // families per series
    std::vector<SessionOccurrence> upcoming;     // this and next week, cancelled ones too
    std::vector<LeaderChoice> staff;
    std::string form_key;
    std::string notice;
};

Html sessions_content(const SessionsView& view, const Form& values, const FieldErrors& errors);

// An invited family of the series: to all of it, or to one date.
struct InvitedFamily {
    std::int64_t family_id = 0;
    std::optional<Date> date;
};

// The forms of the series page; `failed` says which one the errors belong to.
struct FailedForm {
    std::string op; // "wijzigen", "afzeggen", "uitnodigen", "aanwezig", or "" for none
    std::optional<Date> date;
};

struct SeriesView {
    std::string group_id;
    std::string group_name;
    std::string csrf;
    Date today;
    SessionSeries series;
    std::vector<SessionOccurrence> occurrences; // the last two weeks and the coming weeks
    std::vector<InvitedFamily> invitations;
    std::vector<FamilyChoice> families; // of the group's children
    std::map<Date, std::vector<std::int64_t>> families_of_date;
    std::map<Date, std::vector<std::int64_t>> visits; // recorded who came, per date
    std::map<std::pair<Date, std::int64_t>, FamilyClashes> clashes;
    std::vector<LeaderChoice> staff;
    std::string form_key;
    std::string notice;
};

Html series_content(const SeriesView& view, const FailedForm& failed, const Form& values,
                    const FieldErrors& errors);

// Words shared by both pages.
std::string weekday_name(int weekday);                      // 1 -> "maandag"
std::string time_range(TimeOfDay a, TimeOfDay b);           // "10:30–11:15"
std::string occurrence_summary(const SessionOccurrence& o); // "Zingen op schoot 10:30–11:15"

} // namespace dagritme::web
