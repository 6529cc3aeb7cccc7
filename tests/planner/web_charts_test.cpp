// The pattern charts and their tables as text: numbers in cells and titles, Dutch words, every
// name escaped, colours with enough contrast for their numbers.
#include "web/care_words.hpp"
#include "web/charts.hpp"
#include "web/family_page.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <string>

using namespace dagritme;
using namespace dagritme::web;

namespace {

Date date(const char* text) {
    return *Date::parse(text);
}

Instant local(const char* day, int hour, int minute = 0) {
    return to_instant({date(day), TimeOfDay::at(hour, minute)});
}

std::size_t occurrences(const std::string& haystack, std::string_view needle) {
    std::size_t count = 0;
    for (auto at = haystack.find(needle); at != std::string::npos;
         at = haystack.find(needle, at + needle.size()))
        ++count;
    return count;
}

const std::string hostile = "<script>alert(\"x\")</script>";
const std::string hostile_escaped = "&lt;script&gt;alert(";

Group group_with_blocks() {
    Group group;
    group.id = "zonnebloem";
    for (int day = 1; day <= 5; ++day) {
        group.opening.at(static_cast<std::size_t>(day)) =
            OpeningHours{TimeOfDay::at(8, 0), TimeOfDay::at(18, 0)};
        RoutineBlock fruit;
        fruit.start = TimeOfDay::at(10, 0);
        fruit.end = TimeOfDay::at(10, 30);
        fruit.label = "Fruit eten";
        RoutineBlock odd;
        odd.start = TimeOfDay::at(11, 0);
        odd.end = TimeOfDay::at(11, 30);
        odd.label = hostile;
        group.routines.days.at(static_cast<std::size_t>(day)) = {fruit, odd};
    }
    return group;
}

Anchorpoint anchorpoint(std::int64_t child, Instant at, std::optional<BlockRef> block,
                        Emotion emotion = Emotion::fear) {
    Anchorpoint a;
    a.child_id = child;
    a.at = at;
    a.block = std::move(block);
    a.emotion = emotion;
    a.responses = {CareResponse::named};
    return a;
}

LimitViolation violation(std::int64_t child, Instant at, std::optional<BlockRef> block) {
    LimitViolation v;
    v.child_id = child;
    v.at = at;
    v.block = std::move(block);
    v.limit_id = 1;
    v.what_happened = "Gooide met een stoel.";
    return v;
}

const Period december{date("2026-12-01"), date("2026-12-31")};
const BlockRef fruit{TimeOfDay::at(10, 0), "Fruit eten"};

HeatMap known_heat_map() {
    // Tuesday 1 December: 3 anchorpoints and 1 limit violation at "Fruit eten".
    return heat_map(group_with_blocks(), december,
                    {anchorpoint(1, local("2026-12-01", 10, 1), fruit),
                     anchorpoint(1, local("2026-12-01", 10, 2), fruit),
                     anchorpoint(2, local("2026-12-01", 10, 3), fruit)},
                    {violation(1, local("2026-12-01", 10, 4), fruit)});
}

// WCAG 2 contrast ratio of two "#rrggbb" colours.
double luminance(std::string_view hex) {
    double sum = 0;
    const double weights[] = {0.2126, 0.7152, 0.0722};
    for (std::size_t i = 0; i < 3; ++i) {
        const double c = std::stoi(std::string(hex.substr(1 + 2 * i, 2)), nullptr, 16) / 255.0;
        sum += weights[i] * (c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4));
    }
    return sum;
}

double contrast(std::string_view a, std::string_view b) {
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

TEST_CASE("heat map SVG: a cell per block and weekday with its number and a title") {
    const std::string svg = heat_map_svg(known_heat_map(), "Ankerpunten van de groep").str();
    CHECK(svg.rfind("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ", 0) == 0);
    CHECK(svg.find("role=\"img\"") != std::string::npos);
    CHECK(svg.find("aria-label=\"Ankerpunten van de groep: 3 ankerpunten en 1 limit overschreden, "
                   "per blok en weekdag\"") != std::string::npos);
    CHECK(occurrences(svg, "<g class=\"cell\">") == 2 * 5);
    CHECK(svg.find("<title>Fruit eten, dinsdag: 3 ankerpunten, 1 limit overschreden</title>") !=
          std::string::npos);
    CHECK(svg.find("<title>Fruit eten, maandag: 0 ankerpunten, 0 limits overschreden</title>") !=
          std::string::npos);
    // The one full cell is the darkest step, so its 3 is white and bold; its limit in words.
    CHECK(svg.find("fill=\"#ffffff\" font-size=\"20\" text-anchor=\"middle\" "
                   "font-weight=\"bold\">3</text>") != std::string::npos);
    CHECK(svg.find(">1 limit</text>") != std::string::npos);
    CHECK(svg.find("stroke=\"#b00020\" stroke-width=\"4\"") != std::string::npos);
    // Empty cells show a grey 0.
    CHECK(occurrences(svg, "fill=\"#767676\" font-size=\"16\" text-anchor=\"middle\">0</text>") ==
          9);
    for (const char* day : {"maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"})
        CHECK(svg.find(std::string(">") + day + "</text>") != std::string::npos);
    CHECK(svg.find(">10:00 Fruit eten</text>") != std::string::npos);
    CHECK(svg.find("Kleur: aantal ankerpunten") != std::string::npos);
    SUBCASE("a block label is escaped, in the row label and in the titles") {
        CHECK(svg.find("<script") == std::string::npos);
        CHECK(occurrences(svg, hostile_escaped) == 1 + 5);
    }
}

TEST_CASE("heat map table: the same numbers") {
    const std::string table = heat_map_table(known_heat_map(), "Ankerpunten per blok").str();
    CHECK(table.find("<caption>Ankerpunten per blok</caption>") != std::string::npos);
    CHECK(table.find("<th scope=\"col\">dinsdag</th>") != std::string::npos);
    CHECK(table.find("<tr><th scope=\"row\">10:00 Fruit eten</th><td>0 ankerpunten</td>"
                     "<td>3 ankerpunten, 1 limit overschreden</td>") != std::string::npos);
    CHECK(table.find("<script") == std::string::npos);
    CHECK(table.find(hostile_escaped) != std::string::npos);
}

TEST_CASE("entries outside the blocks are the last row") {
    const HeatMap map = heat_map(group_with_blocks(), december,
                                 {anchorpoint(1, local("2026-12-04", 7, 45), std::nullopt)}, {});
    const std::string svg = heat_map_svg(map, "Sanne").str();
    CHECK(svg.find("<title>buiten de dagindeling, vrijdag: 1 ankerpunt, 0 limits "
                   "overschreden</title>") != std::string::npos);
    CHECK(svg.rfind("buiten de dagindeling</text>") > svg.rfind("Fruit eten</text>"));
}

TEST_CASE("colours keep WCAG AA contrast for the numbers they carry") {
    for (int most : {1, 2, 3, 4, 7, 20})
        for (int count = 0; count <= most; ++count) {
            CAPTURE(most);
            CAPTURE(count);
            const CellColours colours = heat_cell_colours(count, most);
            CHECK(contrast(colours.fill, colours.text) >= 4.5);
        }
    CHECK(heat_cell_colours(20, 20).fill != heat_cell_colours(1, 20).fill);
    CHECK(heat_cell_colours(0, 20).fill == std::string_view("#ffffff"));
    for (const Emotion emotion : all_emotions) {
        CAPTURE(emotion_word(emotion));
        CHECK(contrast(emotion_colours(emotion).fill, emotion_colours(emotion).text) >= 4.5);
    }
}

TEST_CASE("emotions per week: stacked bars with their numbers and the Dutch words") {
    const auto weeks =
        emotions_per_week({date("2026-12-21"), date("2027-01-10")},
                          {anchorpoint(1, local("2026-12-31", 9), fruit, Emotion::fear),
                           anchorpoint(1, local("2027-01-01", 9), fruit, Emotion::fear),
                           anchorpoint(1, local("2027-01-02", 9), fruit, Emotion::disappointment),
                           anchorpoint(1, local("2027-01-05", 9), fruit, Emotion::anger)});
    const std::string svg = emotions_svg(weeks, "Emoties van Sanne").str();
    CHECK(svg.find("role=\"img\"") != std::string::npos);
    CHECK(svg.find("aria-label=\"Emoties van Sanne: 4 ankerpunten in 3 weken, per emotie\"") !=
          std::string::npos);
    CHECK(svg.find("<title>week 53 (2026): 2 angst</title>") != std::string::npos);
    CHECK(svg.find("<title>week 53 (2026): 1 teleurstelling</title>") != std::string::npos);
    CHECK(svg.find("<title>week 53 (2026): 3 ankerpunten</title>") != std::string::npos);
    CHECK(svg.find("<title>week 1 (2027): 1 boosheid</title>") != std::string::npos);
    CHECK(svg.find("font-weight=\"bold\">3</text>") != std::string::npos); // the week's total
    CHECK(svg.find(">wk 52</text>") != std::string::npos);
    for (const char* word :
         {"angst", "boosheid", "verdriet", "onrust", "spanning", "schaamte", "teleurstelling"})
        CHECK(svg.find(std::string(">") + word + "</text>") != std::string::npos);

    const std::string table = emotions_table(weeks, "Emoties per week").str();
    CHECK(table.find("<th scope=\"col\">teleurstelling</th><th scope=\"col\">totaal</th>") !=
          std::string::npos);
    CHECK(table.find("<tr><th scope=\"row\">week 53 (2026)</th><td>2</td><td>0</td><td>0</td>"
                     "<td>0</td><td>0</td><td>0</td><td>1</td><td>3</td></tr>") !=
          std::string::npos);
    SUBCASE("a period without anchorpoints says so") {
        const std::string quiet = emotions_svg(emotions_per_week(december, {}), "Emoties").str();
        CHECK(quiet.find("Geen ankerpunten in deze periode.") != std::string::npos);
        CHECK(quiet.find("class=\"bar\"") == std::string::npos);
    }
}

TEST_CASE("rates per child: bars with the value written, no bar without hours present") {
    std::vector<ChildRate> rates(3);
    rates[0].child_id = 1;
    rates[0].anchorpoints = 4;
    rates[0].limit_violations = 2;
    rates[0].seconds_present = 20 * 3600;
    rates[1].child_id = 2;
    rates[1].anchorpoints = 4;
    rates[1].limit_violations = 1;
    rates[1].seconds_present = 40 * 3600;
    rates[2].child_id = 3;
    rates[2].anchorpoints = 2;
    const ChildNames names{{1, "Sanne"}, {2, hostile}};

    const std::string svg = rates_svg(rates, names, "Per uur aanwezig").str();
    CHECK(svg.find("role=\"img\"") != std::string::npos);
    CHECK(svg.find("aria-label=\"Per uur aanwezig: ankerpunten en limits overschreden per 10 uur "
                   "aanwezig, 3 kinderen\"") != std::string::npos);
    CHECK(svg.find("<title>Sanne: 2,00 ankerpunten per 10 uur aanwezig (4 in 20,0 uur)</title>") !=
          std::string::npos);
    CHECK(svg.find(">2,00 (4 ankerpunten in 20,0 uur)</text>") != std::string::npos);
    CHECK(svg.find(">1,00 (2 limits overschreden)</text>") != std::string::npos);
    CHECK(svg.find(">0,25 (1 limit overschreden)</text>") != std::string::npos);
    CHECK(svg.find(">kind 3</text>") != std::string::npos);
    CHECK(svg.find(">geen uren aanwezig: 2 ankerpunten, 0 limits overschreden</text>") !=
          std::string::npos);
    // The longest bar is the highest rate; half the rate, half the bar.
    CHECK(svg.find("width=\"420\" height=\"22\" fill=\"#08519c\"") != std::string::npos);
    CHECK(svg.find("width=\"210\" height=\"22\" fill=\"#08519c\"") != std::string::npos);
    CHECK(svg.find("<script") == std::string::npos);
    CHECK(occurrences(svg, hostile_escaped) == 3); // the label and both titles

    const std::string table = rates_table(rates, names, "Per 10 uur aanwezig").str();
    CHECK(table.find("<tr><th scope=\"row\">Sanne</th><td>20,0</td><td>4</td><td>2,00</td>"
                     "<td>2</td><td>1,00</td></tr>") != std::string::npos);
    CHECK(table.find("<tr><th scope=\"row\">kind 3</th><td>0,0</td><td>2</td>"
                     "<td>geen uren aanwezig</td><td>0</td><td>geen uren aanwezig</td></tr>") !=
          std::string::npos);
    CHECK(table.find("<script") == std::string::npos);
}

TEST_CASE("a chart with its table behind 'Toon als tabel'") {
    const std::string figure = chart_figure(raw("<svg></svg>"), raw("<table></table>")).str();
    CHECK(figure == "<figure class=\"chart\"><svg></svg><details class=\"chart-table\">"
                    "<summary>Toon als tabel</summary><table></table></details></figure>");
}

TEST_CASE("Dutch words and numbers") {
    CHECK(weekday_word(1) == "maandag");
    CHECK(weekday_word(7) == "zondag");
    CHECK(weekday_word(0).empty());
    CHECK(ending_word(Ending::calmed) == "tot rust gekomen");
    CHECK(response_word(CareResponse::offered_closeness) == "nabijheid geboden");
    CHECK(date_word(date("2026-12-01")) == "1 december 2026");
    CHECK(decimal_comma(1.25, 1) == "1,3");
    CHECK(decimal_comma(2.0, 1) == "2,0");
    CHECK(decimal_comma(10.0 / 3.0, 2) == "3,33");
    CHECK(decimal_comma(0.05, 2) == "0,05");
    CHECK(decimal_comma(-0.01, 1) == "0,0");
    CHECK(decimal_comma(-1.5, 1) == "-1,5");
    CHECK(decimal_comma(7.6, 0) == "8");
}

TEST_CASE("endings and responses: a bar each with its count, and the holdings") {
    CareCounts counts;
    counts.endings = {5, 2, 1};
    counts.responses.at(static_cast<std::size_t>(CareResponse::named)) = 7;
    counts.holdings = 1;
    counts.holding_minutes = 4;
    const std::string svg = care_counts_svg(counts, "Sanne").str();
    CHECK(svg.find("aria-label=\"Sanne: 5 tot rust gekomen, 2 escalatie, 1 limit overschreden; "
                   "Vastgehouden: 1 keer, 4 minuten in totaal\"") != std::string::npos);
    CHECK(svg.find("<title>tot rust gekomen: 5 keer</title>") != std::string::npos);
    CHECK(svg.find("<title>benoemd: 7 keer</title>") != std::string::npos);
    CHECK(svg.find("<title>nabijheid geboden: 0 keer</title>") != std::string::npos);
    CHECK(svg.find("width=\"500\" height=\"20\"") != std::string::npos); // the most: benoemd
    CHECK(svg.find(">Vastgehouden: 1 keer, 4 minuten in totaal</text>") != std::string::npos);
    const std::string table = care_counts_table(counts, "Afloop").str();
    CHECK(table.find("<tr><th scope=\"row\">escalatie</th><td>2</td></tr>") != std::string::npos);
    CHECK(table.find("<tr><th scope=\"row\">minuten vastgehouden</th><td>4</td></tr>") !=
          std::string::npos);
}

TEST_CASE("a long block name is shortened in the heat map, whole in its title") {
    auto group = group_with_blocks();
    auto& tuesday = group.routines.days.at(2);
    tuesday.at(0).label = "Wandelen naar de kinderboerderij én terug";
    const BlockRef walk{TimeOfDay::at(10, 0), tuesday.at(0).label};
    const HeatMap map =
        heat_map(group, december, {anchorpoint(1, local("2026-12-01", 10, 5), walk)}, {});
    const std::string svg = heat_map_svg(map, "Sanne").str();
    CHECK(svg.find(">10:00 Wandelen naar de kinder…</text>") != std::string::npos);
    CHECK(svg.find("<title>Wandelen naar de kinderboerderij én terug, dinsdag") !=
          std::string::npos);
}

TEST_CASE("a goal's entries per month: two bars a month with their numbers, and a table") {
    const std::vector<MonthCount> months{{2026, 11, 3, 1}, {2026, 12, 0, 0}};
    const auto svg = goal_months_svg(months, "Bij kind.II.5 per maand").str();
    CHECK(svg.find("aria-label=\"Bij kind.II.5 per maand: nov 2026: 3 ankerpunten, 1 limit "
                   "overschreden; dec 2026: 0 ankerpunten, 0 limits overschreden\"") !=
          std::string::npos);
    CHECK(svg.find("<title>nov 2026: 3 ankerpunten, 1 limit overschreden</title>") !=
          std::string::npos);
    const auto table = goal_months_table(months, "Bij kind.II.5 per maand").str();
    CHECK(table.find("<tr><th scope=\"row\">nov 2026</th><td>3</td><td>1</td></tr>") !=
          std::string::npos);
    CHECK(table.find("<tr><th scope=\"row\">dec 2026</th><td>0</td><td>0</td></tr>") !=
          std::string::npos);
}
