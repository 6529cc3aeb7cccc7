// The iCalendar writer (RFC 5545): escaping, folding, the time zone and the events.
#include "web/ical.hpp"

#include <cstdio>

namespace dagritme::web {
namespace {

constexpr std::size_t max_octets = 75;

const char* const byday[] = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};

bool is_continuation(char c) {
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

std::string tzid_value(std::string_view name, LocalDateTime at) {
    return ical_line(std::string(name) + ";TZID=" + std::string(ical_timezone) + ":" +
                     ical_local(at));
}

std::string recurrence_rule(const CalendarEvent& event) {
    const auto& rule = *event.weekly;
    std::string line = "RRULE:FREQ=WEEKLY;BYDAY=";
    line += byday[(rule.weekday - 1 + 7) % 7];
    if (rule.until)
        line += ";UNTIL=" + ical_utc(until_instant(event, *rule.until));
    else if (rule.count)
        line += ";COUNT=" + std::to_string(*rule.count);
    return ical_line(line);
}

} // namespace

std::string ical_text(std::string_view value) {
    std::string out;
    out.reserve(value.size());
    for (std::size_t i = 0; i < value.size(); ++i) {
        const char c = value[i];
        if (c == '\\' || c == ';' || c == ',') {
            out += '\\';
            out += c;
        } else if (c == '\r') {
            out += "\\n";
            if (i + 1 < value.size() && value[i + 1] == '\n') ++i;
        } else if (c == '\n') {
            out += "\\n";
        } else if ((static_cast<unsigned char>(c) < 0x20 && c != '\t') || c == 0x7F) {
            continue;
        } else {
            out += c;
        }
    }
    return out;
}

std::string ical_line(std::string_view line) {
    std::string out;
    std::size_t room = max_octets;
    while (line.size() > room) {
        std::size_t cut = room;
        while (cut > 0 && is_continuation(line[cut]))
            --cut;
        if (cut == 0) cut = room; // not UTF-8 at all: cut where the octets end
        out.append(line.substr(0, cut));
        out += "\r\n ";
        line.remove_prefix(cut);
        room = max_octets - 1; // the leading space counts
    }
    out.append(line);
    out += "\r\n";
    return out;
}

std::string ical_date(Date date) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d%02u%02u", date.year, date.month, date.day);
    return buffer;
}

std::string ical_local(LocalDateTime at) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%04d%02u%02uT%02d%02d00", at.date.year, at.date.month,
                  at.date.day, at.time.minutes / 60, at.time.minutes % 60);
    return buffer;
}

std::string ical_utc(Instant at) {
    const auto days = at.seconds >= 0 ? at.seconds / 86400 : (at.seconds - 86399) / 86400;
    const auto seconds = static_cast<unsigned>(at.seconds - days * 86400);
    const auto date = Date::from_days(days);
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%04d%02u%02uT%02u%02u%02uZ", date.year, date.month,
                  date.day, seconds / 3600, seconds / 60 % 60, seconds % 60);
    return buffer;
}

std::string ical_vtimezone() {
    return "BEGIN:VTIMEZONE\r\n"
           "TZID:Europe/Amsterdam\r\n"
           "BEGIN:DAYLIGHT\r\n"
           "TZOFFSETFROM:+0100\r\n"
           "TZOFFSETTO:+0200\r\n"
           "TZNAME:CEST\r\n"
           "DTSTART:19810329T020000\r\n"
           "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n"
           "END:DAYLIGHT\r\n"
           "BEGIN:STANDARD\r\n"
           "TZOFFSETFROM:+0200\r\n"
           "TZOFFSETTO:+0100\r\n"
           "TZNAME:CET\r\n"
           "DTSTART:19961027T030000\r\n"
           "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n"
           "END:STANDARD\r\n"
           "END:VTIMEZONE\r\n";
}

std::string ical_event(const CalendarEvent& event, Instant stamp) {
    std::string out = "BEGIN:VEVENT\r\n";
    out += ical_line("UID:" + event.uid);
    out += ical_line("DTSTAMP:" + ical_utc(stamp));
    if (event.recurrence_id) out += tzid_value("RECURRENCE-ID", *event.recurrence_id);
    if (event.all_day) {
        out += ical_line("DTSTART;VALUE=DATE:" + ical_date(event.start.date));
        out += ical_line("DTEND;VALUE=DATE:" +
                         ical_date(Date::from_days(event.start.date.days() + 1)));
    } else {
        out += tzid_value("DTSTART", event.start);
        out += tzid_value("DTEND", event.end);
    }
    if (event.weekly && !event.recurrence_id) {
        out += recurrence_rule(event);
        for (const auto& date : event.exdates)
            out += tzid_value("EXDATE", date);
    }
    out += ical_line("SUMMARY:" + ical_text(event.summary));
    if (!event.location.empty()) out += ical_line("LOCATION:" + ical_text(event.location));
    if (!event.description.empty()) out += ical_line("DESCRIPTION:" + ical_text(event.description));
    out += ical_line("SEQUENCE:" + std::to_string(event.sequence));
    if (event.last_modified) out += ical_line("LAST-MODIFIED:" + ical_utc(*event.last_modified));
    out += "TRANSP:OPAQUE\r\nEND:VEVENT\r\n";
    return out;
}

std::string ical_calendar(const Calendar& calendar, Instant stamp) {
    std::string out = "BEGIN:VCALENDAR\r\n"
                      "VERSION:2.0\r\n"
                      "PRODID:-//Dagritme//Planner//NL\r\n"
                      "CALSCALE:GREGORIAN\r\n"
                      "METHOD:PUBLISH\r\n";
    out += ical_line("X-WR-CALNAME:" + ical_text(calendar.name));
    out += ical_line("X-WR-TIMEZONE:" + std::string(ical_timezone));
    out += ical_vtimezone();
    for (const auto& event : calendar.events)
        out += ical_event(event, stamp);
    out += "END:VCALENDAR\r\n";
    return out;
}

} // namespace dagritme::web
