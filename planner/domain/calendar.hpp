// A family's calendar as the parents may see it: appointments and weekly sessions, each an
// event in the group's local time (Europe/Amsterdam). Pure values; web/ical.hpp writes them as
// an iCalendar feed. Only what the parents may know goes in here: no care data, no other family.
#pragma once

#include "domain/session_series.hpp"
#include "domain/time.hpp"
#include "domain/workbook.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace dagritme {

// Every week on one weekday, up to and including a last date, or for a number of times.
struct WeeklyRecurrence {
    int weekday = 1;           // ISO: 1 = Monday ... 7 = Sunday
    std::optional<Date> until; // the last date it may fall on (local)
    std::optional<int> count;  // or: this many times (when `until` is empty)
};

struct CalendarEvent {
    std::string uid; // stable over time and unique in the world: "sessie-12@dagritme"
    std::string summary;
    std::string description;
    std::string location;
    LocalDateTime start; // wall time in Europe/Amsterdam
    LocalDateTime end;
    bool all_day = false; // on start.date, without a time (end and times then unused)
    std::optional<WeeklyRecurrence> weekly;
    std::vector<LocalDateTime> exdates; // occurrences of `weekly` that do not take place
    // For one changed occurrence of a series: the start the occurrence had in the series. The
    // event then carries the series' uid and its own (changed) start, end, place and text.
    std::optional<LocalDateTime> recurrence_id;
    int sequence = 0; // raised by each change that moves or cancels
    std::optional<Instant> last_modified;
};

struct Calendar {
    std::string name; // what the parent's phone shows as the calendar's name
    std::vector<CalendarEvent> events;
};

// What a family's calendar is made of, as read from its record: only what the parents may
// know (their own appointments; no care log, no other family).
struct FamilyAgenda {
    std::int64_t family_id = 0;
    std::string family_name;
    std::string mentor_name; // the mentor's first name, "" when the family has none
    std::vector<WorkbookAppointment> appointments;
    std::vector<SessionSeries> series; // the parent-child sessions the family is invited to
};

// The first date on or after `from` that falls on ISO `weekday`.
Date first_weekday_on_or_after(Date from, int weekday);
// The UTC moment of a weekly event's last occurrence (for RRULE UNTIL): the last date on the
// rule's weekday not after `until`, at the event's local start time.
Instant until_instant(const CalendarEvent& event, Date until);

} // namespace dagritme
