// The iCalendar writer: TEXT escaping, folding at 75 octets without splitting a UTF-8
// character, CRLF everywhere, the Europe/Amsterdam VTIMEZONE, and the events' lines (weekly
// rule with UNTIL in UTC, cancelled dates, a changed occurrence).
#include "web/ical.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <iterator>
#include <string>
#include <vector>

using namespace dagritme;
using namespace dagritme::web;

namespace {

std::vector<std::string> physical_lines(const std::string& text) {
    std::vector<std::string> lines;
    std::size_t at = 0;
    while (at < text.size()) {
        const auto end = text.find("\r\n", at);
        REQUIRE(end != std::string::npos); // every line ends with CRLF
        lines.push_back(text.substr(at, end - at));
        at = end + 2;
    }
    return lines;
}

// Whether `s` is whole UTF-8: no character cut at either end.
bool whole_utf8(const std::string& s) {
    std::size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        const std::size_t n = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 0;
        if (n == 0 || i + n > s.size()) return false;
        for (std::size_t k = 1; k < n; ++k)
            if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
        i += n;
    }
    return true;
}

std::string unfolded(const std::string& text) {
    std::string out;
    for (const auto& line : physical_lines(text))
        out += line.starts_with(' ') ? line.substr(1) : (out.empty() ? "" : "\n") + line;
    return out;
}

LocalDateTime at(const char* date, int hour, int minute) {
    return {*Date::parse(date), TimeOfDay::at(hour, minute)};
}

bool no_bare_line_feed(const std::string& text) {
    for (std::size_t i = 0; i < text.size(); ++i)
        if ((text[i] == '\n' && (i == 0 || text[i - 1] != '\r')) ||
            (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n')))
            return false;
    return true;
}

} // namespace

TEST_CASE("TEXT values: backslash, semicolon, comma and line breaks escaped") {
    CHECK(ical_text("Zingen op schoot") == "Zingen op schoot");
    CHECK(ical_text("a\\b;c,d") == "a\\\\b\\;c\\,d");
    CHECK(ical_text("regel 1\nregel 2\r\nregel 3\rregel 4") ==
          "regel 1\\nregel 2\\nregel 3\\nregel 4");
    CHECK(ical_text("bel\x07 en\ttab") == "bel en\ttab");
    CHECK(ical_text("Oudergesprek: één keer") == "Oudergesprek: één keer");
}

TEST_CASE("a short line is one line with CRLF") {
    CHECK(ical_line("SUMMARY:Ouder-kind gym") == "SUMMARY:Ouder-kind gym\r\n");
    const std::string exactly_75 = "DESCRIPTION:" + std::string(63, 'a');
    REQUIRE(exactly_75.size() == 75);
    CHECK(ical_line(exactly_75) == exactly_75 + "\r\n");
}

TEST_CASE("folding at 75 octets never splits a UTF-8 character") {
    SUBCASE("a three-octet character across octet 75 moves to the next line whole") {
        const std::string head = "DESCRIPTION:" + std::string(62, 'a'); // 74 octets
        const std::string line = head + "\xE2\x82\xAC" + "b";           // € then b
        CHECK(ical_line(line) == head + "\r\n \xE2\x82\xAC" + "b\r\n");
    }
    SUBCASE("200 octets of mixed characters") {
        // é (2), € (3) and 😀 (4 octets) in turn, so fold points fall inside each kind.
        std::string line = "DESCRIPTION:";
        const char* pieces[] = {"\xC3\xA9", "\xE2\x82\xAC", "\xF0\x9F\x98\x80", "x"};
        for (int i = 0; line.size() < 200; ++i)
            line += pieces[i % 4];
        line.resize(200);
        while (!whole_utf8(line))
            line.pop_back();
        while (line.size() < 200)
            line += 'z';
        REQUIRE(line.size() == 200);
        REQUIRE(whole_utf8(line));

        const auto text = ical_line(line);
        const auto lines = physical_lines(text);
        CHECK(lines.size() == 3);
        for (std::size_t i = 0; i < lines.size(); ++i) {
            CHECK(lines[i].size() <= 75);
            CHECK(whole_utf8(lines[i]));
            CHECK(lines[i].starts_with(' ') == (i > 0));
            if (i > 0) CHECK(lines[i][1] != ' ');
        }
        // Some fold fell before a multi-octet character (otherwise this tests nothing).
        bool moved = false;
        for (std::size_t i = 0; i + 1 < lines.size(); ++i)
            moved = moved || lines[i].size() < 75;
        CHECK(moved);
        CHECK(unfolded(text) == line);
    }
}

TEST_CASE("date-times: local for TZID, UTC with Z") {
    CHECK(ical_local(at("2026-12-01", 10, 30)) == "20261201T103000");
    CHECK(ical_utc(to_instant(at("2026-12-01", 10, 30))) == "20261201T093000Z");
    CHECK(ical_utc(to_instant(at("2027-06-29", 10, 30))) == "20270629T083000Z");
    CHECK(ical_utc(Instant{0}) == "19700101T000000Z");
}

TEST_CASE("an all-day event: DATE values, the end the day after") {
    CalendarEvent video;
    video.uid = "afspraak-8@dagritme";
    video.summary = "Video";
    video.start = at("2026-12-31", 0, 0);
    video.all_day = true;
    const auto text = ical_event(video, Instant{0});
    CHECK(text.find("DTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101\r\n") !=
          std::string::npos);
    CHECK(text.find("TZID") == std::string::npos);
}

TEST_CASE("the VTIMEZONE of Europe/Amsterdam: CET and CEST with the EU rule") {
    CHECK(ical_vtimezone() == "BEGIN:VTIMEZONE\r\n"
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
                              "END:VTIMEZONE\r\n");
}

TEST_CASE("a calendar: header, a weekly series with a cancelled date and a changed occurrence") {
    CalendarEvent series;
    series.uid = "sessie-3@dagritme";
    series.summary = "Zingen op schoot";
    series.location = "De Zonnebloem, speelzaal";
    series.start = at("2026-12-01", 10, 30);
    series.end = at("2026-12-01", 11, 15);
    series.weekly = WeeklyRecurrence{2, *Date::parse("2027-07-01"), std::nullopt};
    series.exdates = {at("2026-12-15", 10, 30)};
    series.sequence = 2;
    CalendarEvent changed = series;
    changed.weekly.reset();
    changed.exdates.clear();
    changed.recurrence_id = at("2026-12-08", 10, 30);
    changed.start = at("2026-12-08", 13, 0);
    changed.end = at("2026-12-08", 13, 45);
    changed.location = "Gymzaal";
    CalendarEvent talk;
    talk.uid = "afspraak-7@dagritme";
    talk.summary = "Oudergesprek met Fatima";
    talk.description = "Neem het werkboek mee; we kijken samen terug.";
    talk.start = at("2026-12-03", 9, 0);
    talk.end = at("2026-12-03", 10, 0);
    talk.last_modified = Instant{1764000000};
    const Calendar calendar{"Familie de Vries, De Zonnebloem", {series, changed, talk}};

    const auto text = ical_calendar(calendar, to_instant(at("2026-12-01", 9, 0)));
    CHECK(no_bare_line_feed(text));
    for (const auto& line : physical_lines(text))
        CHECK(line.size() <= 75);
    CHECK(text.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Dagritme//Planner//NL\r\n"
                           "CALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\n"
                           "X-WR-CALNAME:Familie de Vries\\, De Zonnebloem\r\n"));
    CHECK(text.find(ical_vtimezone()) != std::string::npos);
    CHECK(text.ends_with("END:VEVENT\r\nEND:VCALENDAR\r\n"));
    const auto series_text = ical_event(series, to_instant(at("2026-12-01", 9, 0)));
    CHECK(series_text == "BEGIN:VEVENT\r\n"
                         "UID:sessie-3@dagritme\r\n"
                         "DTSTAMP:20261201T080000Z\r\n"
                         "DTSTART;TZID=Europe/Amsterdam:20261201T103000\r\n"
                         "DTEND;TZID=Europe/Amsterdam:20261201T111500\r\n"
                         "RRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=20270629T083000Z\r\n"
                         "EXDATE;TZID=Europe/Amsterdam:20261215T103000\r\n"
                         "SUMMARY:Zingen op schoot\r\n"
                         "LOCATION:De Zonnebloem\\, speelzaal\r\n"
                         "SEQUENCE:2\r\n"
                         "TRANSP:OPAQUE\r\n"
                         "END:VEVENT\r\n");
    CHECK(text.find(series_text) != std::string::npos);
    const auto changed_text = ical_event(changed, Instant{0});
    CHECK(changed_text.find("UID:sessie-3@dagritme\r\n"
                            "DTSTAMP:19700101T000000Z\r\n"
                            "RECURRENCE-ID;TZID=Europe/Amsterdam:20261208T103000\r\n"
                            "DTSTART;TZID=Europe/Amsterdam:20261208T130000\r\n") !=
          std::string::npos);
    CHECK(changed_text.find("RRULE") == std::string::npos);
    CHECK(text.find("DESCRIPTION:Neem het werkboek mee\\; we kijken samen terug.\r\n") !=
          std::string::npos);
    CHECK(text.find("LAST-MODIFIED:20251124T160000Z\r\n") != std::string::npos);
}

TEST_CASE("a weekly rule by count, and UNTIL on the last date on the rule's weekday") {
    CalendarEvent gym;
    gym.uid = "sessie-4@dagritme";
    gym.summary = "Ouder-kind gym";
    gym.start = at("2027-03-25", 9, 15); // a Thursday in winter time
    gym.end = at("2027-03-25", 10, 0);
    gym.weekly = WeeklyRecurrence{4, std::nullopt, 6};
    CHECK(ical_event(gym, Instant{0}).find("RRULE:FREQ=WEEKLY;BYDAY=TH;COUNT=6\r\n") !=
          std::string::npos);
    // Until a Sunday: the last Thursday before it, in summer time.
    gym.weekly = WeeklyRecurrence{4, *Date::parse("2027-04-04"), std::nullopt};
    CHECK(
        ical_event(gym, Instant{0}).find("RRULE:FREQ=WEEKLY;BYDAY=TH;UNTIL=20270401T071500Z\r\n") !=
        std::string::npos);
    CHECK(first_weekday_on_or_after(*Date::parse("2026-12-02"), 2) == *Date::parse("2026-12-08"));
    CHECK(first_weekday_on_or_after(*Date::parse("2026-12-01"), 2) == *Date::parse("2026-12-01"));
}

TEST_CASE("a family's agenda: each appointment an event in plain Dutch") {
    FamilyAgenda agenda;
    agenda.family_id = 1;
    agenda.family_name = "Familie Jansen";
    agenda.mentor_name = "Fatima";
    WorkbookAppointment talk;
    talk.id = 7;
    talk.type = WorkbookActivity::parent_talk;
    talk.date = *Date::parse("2026-12-03");
    talk.start = TimeOfDay::at(9, 30);
    talk.planned_at = Instant{1764000000};
    WorkbookAppointment video = talk;
    video.id = 8;
    video.type = WorkbookActivity::video;
    video.start.reset();
    agenda.appointments = {talk, video};

    const auto calendar = family_calendar(agenda);
    CHECK(calendar.name == "Dagbehandeling Familie Jansen");
    REQUIRE(calendar.events.size() == 2);
    CHECK(calendar.events[0].uid == "afspraak-7@dagritme");
    CHECK(calendar.events[0].summary == "Oudergesprek met Fatima");
    CHECK(calendar.events[0].start == at("2026-12-03", 9, 30));
    CHECK(calendar.events[0].end == at("2026-12-03", 10, 30));
    CHECK_FALSE(calendar.events[0].all_day);
    CHECK(calendar.events[1].summary == "Video");
    CHECK(calendar.events[1].all_day);
    agenda.mentor_name.clear();
    CHECK(family_calendar(agenda).events[0].summary == "Oudergesprek");
}

// The series the browser test expands with ical.js (tests/browser/fixtures): the writer's
// output must be that file byte for byte, so what ical.js reads is what the planner writes.
TEST_CASE("the weekly series as written equals the fixture that ical.js expands") {
    CalendarEvent series;
    series.uid = "sessie-3@dagritme";
    series.summary = "Zingen op schoot";
    series.location = "Speelzaal";
    series.start = at("2026-12-01", 10, 30);
    series.end = at("2026-12-01", 11, 15);
    series.weekly = WeeklyRecurrence{2, *Date::parse("2027-06-29"), std::nullopt};
    series.exdates = {at("2026-12-15", 10, 30)};
    CalendarEvent changed = series;
    changed.weekly.reset();
    changed.exdates.clear();
    changed.recurrence_id = at("2026-12-08", 10, 30);
    changed.start = at("2026-12-08", 13, 0);
    changed.end = at("2026-12-08", 13, 45);
    changed.location = "Gymzaal";
    changed.sequence = 1;
    const Calendar calendar{"Dagbehandeling Familie Jansen", {series, changed}};
    std::ifstream file(std::string(DAGRITME_SOURCE_DIR) +
                           "/tests/browser/fixtures/zingen-op-schoot.ics",
                       std::ios::binary);
    REQUIRE(file);
    const std::string fixture{std::istreambuf_iterator<char>(file), {}};
    CHECK(ical_calendar(calendar, to_instant(at("2026-12-01", 9, 0))) == fixture);
}
