// A pattern page's content as text: the filter, the four charts with their tables, and CSV
// links and files for the same period.
#include "web/patterns_view.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace dagritme;
using namespace dagritme::web;

namespace {

std::size_t occurrences(const std::string& haystack, std::string_view needle) {
    std::size_t count = 0;
    for (auto at = haystack.find(needle); at != std::string::npos;
         at = haystack.find(needle, at + needle.size()))
        ++count;
    return count;
}

} // namespace

TEST_CASE("a pattern page: filter, four charts each with a table, CSV links for the period") {
    Group group;
    group.opening.at(2) = OpeningHours{TimeOfDay::at(8, 0), TimeOfDay::at(18, 0)};
    const Date today = *Date::parse("2026-12-01");
    Anchorpoint a;
    a.child_id = 3;
    a.at = to_instant({today, TimeOfDay::at(10, 0)});
    a.responses = {CareResponse::listened};
    AttendanceByPerson attendance;
    attendance[3] = {{to_instant({today, TimeOfDay::at(8, 0)}), true},
                     {to_instant({today, TimeOfDay::at(13, 0)}), false}};

    PatternsPage page;
    page.subject = "Sanne & co";
    page.path = "/groep/zonnebloem/kind/3";
    page.period = choose_period("", "", "", today);
    page.names = {{3, "Sanne & co"}};
    const Patterns patterns = patterns_of(group, page.period.period, attendance, {a}, {});
    const std::string html = patterns_content(page, patterns).str();

    CHECK(html.rfind("<form class=\"period-filter\" method=\"get\" "
                     "action=\"/groep/zonnebloem/kind/3\">",
                     0) == 0);
    CHECK(occurrences(html, "<figure class=\"chart\">") == 4);
    CHECK(occurrences(html, "role=\"img\"") == 4);
    CHECK(occurrences(html, "<summary>Toon als tabel</summary><table") == 4);
    CHECK(html.find("aria-label=\"Ankerpunten en limits van Sanne &amp; co, 4 november 2026 tot "
                    "en met 1 december 2026: 1 ankerpunt en 0 limits overschreden, per blok en "
                    "weekdag\"") != std::string::npos);
    CHECK(html.find("<title>Sanne &amp; co: 2,00 ankerpunten per 10 uur aanwezig (1 in 5,0 "
                    "uur)</title>") != std::string::npos);
    CHECK(html.find("<a href=\"/groep/zonnebloem/kind/3/csv?soort=weken&amp;van=2026-11-04&amp;"
                    "tot=2026-12-01\" download=\"weken-sanne-co-2026-11-04-2026-12-01.csv\">"
                    "Emoties per week</a>") != std::string::npos);
    CHECK(occurrences(html, "/csv?soort=") == 4);

    SUBCASE("the CSV files behind the links") {
        CHECK(patterns_csv_from("per-kind") == PatternsCsv::rates);
        CHECK_FALSE(patterns_csv_from("alles"));
        CHECK(patterns_csv(patterns, PatternsCsv::rates, page.names)
                  .find("\r\nSanne & co;5,00;1;2,00;0;0,00\r\n") != std::string::npos);
        CHECK(patterns_csv(patterns, PatternsCsv::blocks, page.names)
                  .find("\r\nbuiten de dagindeling;;dinsdag;1;0\r\n") != std::string::npos);
        for (const auto kind :
             {PatternsCsv::blocks, PatternsCsv::weeks, PatternsCsv::rates, PatternsCsv::care})
            CHECK(patterns_csv(patterns, kind, page.names).rfind("\xEF\xBB\xBF", 0) == 0);
    }
}
