// The patterns as CSV for Dutch spreadsheets: BOM, ';', decimal comma, CRLF, quoting, and no
// formula in a cell.
#include "web/csv.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace dagritme;
using namespace dagritme::web;

namespace {

const std::string bom = "\xEF\xBB\xBF";

} // namespace

TEST_CASE("a CSV cell: quoted when needed, never a formula") {
    CHECK(csv_cell("Sanne") == "Sanne");
    CHECK(csv_cell("") == "");
    CHECK(csv_cell("a;b") == "\"a;b\"");
    CHECK(csv_cell("zei \"nee\"") == "\"zei \"\"nee\"\"\"");
    CHECK(csv_cell("regel 1\r\nregel 2") == "\"regel 1\r\nregel 2\"");
    CHECK(csv_cell("regel 1\nregel 2") == "\"regel 1\nregel 2\"");
    SUBCASE("formula injection") {
        CHECK(csv_cell("=HYPERLINK(\"http://x\")") == "\"'=HYPERLINK(\"\"http://x\"\")\"");
        CHECK(csv_cell("+31 6 1234") == "'+31 6 1234");
        CHECK(csv_cell("-2+3") == "'-2+3");
        CHECK(csv_cell("@SUM(A1)") == "'@SUM(A1)");
        CHECK(csv_cell("\t=1") == "'\t=1");
        CHECK(csv_cell("=1;2") == "\"'=1;2\"");
        CHECK(csv_cell("a=1") == "a=1");
    }
}

TEST_CASE("a CSV file: BOM, ';' between cells, CRLF after each row") {
    CsvFile csv({"Kind", "Ankerpunten"});
    csv.add_row({"Sanne", "3"});
    csv.add_row({"=evil()", "1"});
    CHECK(csv.str() == bom + "Kind;Ankerpunten\r\nSanne;3\r\n'=evil();1\r\n");
}

TEST_CASE("heat map CSV: one row per block and weekday") {
    Group group;
    group.opening.at(1) = OpeningHours{TimeOfDay::at(8, 0), TimeOfDay::at(18, 0)};
    group.opening.at(2) = group.opening.at(1);
    Anchorpoint a;
    a.child_id = 1;
    a.at = to_instant({*Date::parse("2026-12-01"), TimeOfDay::at(10, 5)}); // Tuesday
    a.block = BlockRef{TimeOfDay::at(10, 0), "Fruit; eten"};
    LimitViolation v;
    v.child_id = 1;
    v.at = to_instant({*Date::parse("2026-12-01"), TimeOfDay::at(7, 5)});
    const Period period{*Date::parse("2026-11-30"), *Date::parse("2026-12-06")};
    const std::string csv = heat_map_csv(heat_map(group, period, {a}, {v}));
    CHECK(csv == bom + "Blok;Begintijd;Weekdag;Ankerpunten;Limits overschreden\r\n"
                       "\"Fruit; eten\";10:00;maandag;0;0\r\n"
                       "\"Fruit; eten\";10:00;dinsdag;1;0\r\n"
                       "buiten de dagindeling;;maandag;0;0\r\n"
                       "buiten de dagindeling;;dinsdag;0;1\r\n");
}

TEST_CASE("emotions CSV: one row per ISO week with its Monday") {
    Anchorpoint a;
    a.at = to_instant({*Date::parse("2027-01-01"), TimeOfDay::at(9, 0)});
    a.emotion = Emotion::shame;
    const auto weeks =
        emotions_per_week({*Date::parse("2026-12-31"), *Date::parse("2027-01-04")}, {a});
    CHECK(emotions_csv(weeks) ==
          bom + "Jaar;Week;Maandag;angst;boosheid;verdriet;onrust;spanning;schaamte;"
                "teleurstelling;Totaal\r\n"
                "2026;53;2026-12-28;0;0;0;0;0;1;0;1\r\n"
                "2027;1;2027-01-04;0;0;0;0;0;0;0;0\r\n");
}

TEST_CASE("rates CSV: decimal comma, empty rate without hours present, names defused") {
    std::vector<ChildRate> rates(2);
    rates[0].child_id = 1;
    rates[0].anchorpoints = 1;
    rates[0].limit_violations = 0;
    rates[0].seconds_present = 3 * 3600;
    rates[1].child_id = 2;
    rates[1].anchorpoints = 2;
    CHECK(rates_csv(rates, {{1, "Sanne"}, {2, "=cmd|'/C calc'!A0"}}) ==
          bom + "Kind;Uren aanwezig;Ankerpunten;Ankerpunten per 10 uur aanwezig;"
                "Limits overschreden;Limits overschreden per 10 uur aanwezig\r\n"
                "Sanne;3,00;1;3,33;0;0,00\r\n"
                "'=cmd|'/C calc'!A0;0,00;2;;0;\r\n");
}

TEST_CASE("endings and responses CSV") {
    CareCounts counts;
    counts.endings = {3, 1, 0};
    counts.holdings = 1;
    counts.holding_minutes = 10;
    const std::string csv = care_counts_csv(counts);
    CHECK(csv.rfind(bom + "Wat;Aantal\r\ntot rust gekomen;3\r\nescalatie;1\r\n"
                          "limit overschreden;0\r\nbenoemd;0\r\n",
                    0) == 0);
    CHECK(csv.find("\r\nvastgehouden;1\r\nminuten vastgehouden;10\r\n") != std::string::npos);
}
