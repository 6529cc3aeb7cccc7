// A family's agenda in the words of the parents' calendar.
#include "web/ical.hpp"
#include "web/workbook_words.hpp"

#include <algorithm>

namespace dagritme::web {
namespace {

CalendarEvent event_of(const WorkbookAppointment& a, const std::string& mentor) {
    CalendarEvent event;
    event.uid = "afspraak-" + std::to_string(a.id) + "@dagritme";
    event.summary = std::string(activity_label(a.type));
    if (a.type == WorkbookActivity::parent_talk && !mentor.empty())
        event.summary += " met " + mentor;
    event.start = {a.date, a.start.value_or(TimeOfDay{})};
    event.all_day = !a.start;
    event.end = {a.date,
                 TimeOfDay{std::min(event.start.time.minutes + appointment_minutes, 23 * 60 + 59)}};
    event.last_modified = a.happened_at.value_or(a.planned_at);
    return event;
}

// A weekly series as one recurring event: cancelled dates as EXDATE, each changed date as its
// own event with the series' uid and a RECURRENCE-ID. A one-off (first = last date, as the
// store returns a single-date invitation) is a plain event with its change applied.
std::vector<CalendarEvent> events_of(const SessionSeries& series) {
    const bool once = series.last == series.first;
    CalendarEvent base;
    base.uid = "sessie-" + std::to_string(series.id) + (once ? "-" + series.first.str() : "") +
               "@dagritme";
    base.summary = std::string(label_of(series.type));
    base.location = series.place;
    const auto first = first_weekday_on_or_after(series.first, series.weekday);
    base.start = {first, series.start};
    base.end = {first, series.end};
    if (!once) base.weekly = WeeklyRecurrence{series.weekday, series.last, std::nullopt};
    std::vector<CalendarEvent> events;
    std::vector<CalendarEvent> changed;
    for (const auto& e : series.exceptions) {
        if (e.cancelled) {
            base.exdates.push_back({e.date, series.start});
            continue;
        }
        auto event = base;
        event.weekly.reset();
        event.exdates.clear();
        if (!once) event.recurrence_id = LocalDateTime{e.date, series.start};
        event.start = {e.date, e.change.start.value_or(series.start)};
        event.end = {e.date, e.change.end.value_or(series.end)};
        event.location = e.change.place.value_or(series.place);
        event.sequence = 1;
        changed.push_back(std::move(event));
    }
    if (once) {
        if (!changed.empty()) return changed;     // its one date, changed
        if (!base.exdates.empty()) return events; // its one date, cancelled
        return {base};
    }
    events.push_back(std::move(base));
    events.insert(events.end(), changed.begin(), changed.end());
    return events;
}

} // namespace

Calendar family_calendar(const FamilyAgenda& agenda) {
    Calendar calendar;
    calendar.name = "Dagbehandeling " + agenda.family_name;
    for (const auto& a : agenda.appointments)
        calendar.events.push_back(event_of(a, agenda.mentor_name));
    for (const auto& series : agenda.series)
        for (auto& event : events_of(series))
            calendar.events.push_back(std::move(event));
    return calendar;
}

} // namespace dagritme::web
