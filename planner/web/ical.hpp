// A Calendar as an iCalendar feed (RFC 5545) for the parents' phones: CRLF line ends, TEXT
// values escaped, lines folded at 75 octets without splitting a UTF-8 character, one
// VTIMEZONE for Europe/Amsterdam, and times as wall time in that zone (DTSTAMP, LAST-MODIFIED
// and RRULE UNTIL in UTC). Pure: values in, text out.
#pragma once

#include "domain/calendar.hpp"

#include <string>
#include <string_view>

namespace dagritme::web {

inline constexpr std::string_view ical_timezone = "Europe/Amsterdam";

// A TEXT value: \ ; , escaped with a backslash, each line break as \n; other control
// characters (not allowed in TEXT) dropped.
std::string ical_text(std::string_view value);
// One content line as written: folded so that no physical line is longer than 75 octets
// (CRLF not counted), continuation lines starting with one space, never inside a UTF-8
// character; ends with CRLF.
std::string ical_line(std::string_view line);

// "20261201" (a DATE), "20261201T103000" (local, for TZID=) and "20261201T093000Z" (UTC).
std::string ical_date(Date date);
std::string ical_local(LocalDateTime at);
std::string ical_utc(Instant at);

// The VTIMEZONE block of Europe/Amsterdam (CET +0100, CEST +0200, the EU rule).
std::string ical_vtimezone();
// One VEVENT; `stamp` is DTSTAMP (when the feed is made).
std::string ical_event(const CalendarEvent& event, Instant stamp);
// A family's agenda as the parents' calendar: "Dagbehandeling Familie Jansen", each workbook
// appointment an event ("Oudergesprek met Fatima"; all day when it has no start time).
Calendar family_calendar(const FamilyAgenda& agenda);

// The whole VCALENDAR: PUBLISH, the calendar's name, the time zone and every event.
std::string ical_calendar(const Calendar& calendar, Instant stamp);

} // namespace dagritme::web
