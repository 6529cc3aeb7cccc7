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

} // namespace

Calendar family_calendar(const FamilyAgenda& agenda) {
    Calendar calendar;
    calendar.name = "Dagbehandeling " + agenda.family_name;
    for (const auto& a : agenda.appointments)
        calendar.events.push_back(event_of(a, agenda.mentor_name));
    return calendar;
}

} // namespace dagritme::web
