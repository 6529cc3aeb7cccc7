// The pattern pages' period filter: presets, own dates, each bad date with its Dutch message
// next to its field, and the file names of the CSV downloads.
#include "web/csv.hpp"
#include "web/period_filter.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace dagritme;
using namespace dagritme::web;

namespace {

Date date(const char* text) {
    return *Date::parse(text);
}

const Date today = date("2026-12-01");

} // namespace

TEST_CASE("the period from the query: presets, own dates, the last 4 weeks by default") {
    SUBCASE("nothing asked: the last 4 weeks") {
        const auto choice = choose_period("", "", "", today);
        CHECK(choice.period == Period{date("2026-11-04"), today});
        CHECK(choice.preset == "4-weken");
        CHECK(choice.from_text == "2026-11-04");
        CHECK(choice.errors.empty());
    }
    SUBCASE("presets") {
        CHECK(choose_period("13-weken", "", "", today).period.days() == 91);
        CHECK(choose_period("maand", "", "", today).period ==
              Period{date("2026-12-01"), date("2026-12-31")});
        CHECK(choose_period("vorige-maand", "", "", today).period ==
              Period{date("2026-11-01"), date("2026-11-30")});
        CHECK(choose_period("jaar", "", "", today).period ==
              Period{date("2026-01-01"), date("2026-12-31")});
    }
    SUBCASE("own dates win over a preset") {
        const auto choice = choose_period("jaar", "2026-10-01", "2026-10-31", today);
        CHECK(choice.period == Period{date("2026-10-01"), date("2026-10-31")});
        CHECK(choice.preset.empty());
        CHECK(choice.errors.empty());
    }
}

TEST_CASE("a bad period: the default period, the message at its field, the typed text kept") {
    const auto check_refused = [](std::string_view from, std::string_view to, const char* field,
                                  const char* message) {
        const auto choice = choose_period("", from, to, today);
        CHECK(choice.period == last_weeks(today, 4));
        REQUIRE(choice.errors.size() == 1);
        CHECK(choice.errors.begin()->first == field);
        CHECK(choice.errors.begin()->second == message);
        CHECK(choice.from_text == from);
        CHECK(choice.to_text == to);
    };
    check_refused("2026-02-30", "2026-03-01", "van", "Kies een geldige begindatum (jjjj-mm-dd).");
    check_refused("", "2026-03-01", "van", "Kies een geldige begindatum (jjjj-mm-dd).");
    check_refused("2026-03-01", "1-3-2026", "tot", "Kies een geldige einddatum (jjjj-mm-dd).");
    check_refused("2026-03-02", "2026-03-01", "tot", "De einddatum ligt voor de begindatum.");
    check_refused("2020-01-01", "2026-03-01", "tot", "Kies een periode van hoogstens 800 dagen.");
    SUBCASE("an unknown preset") {
        const auto choice = choose_period("eeuw", "", "", today);
        CHECK(choice.period == last_weeks(today, 4));
        CHECK(choice.errors.at("periode") ==
              "Deze periode bestaat niet; dit zijn de laatste 4 weken.");
    }
}

TEST_CASE("the filter form: a plain GET form with presets and labelled dates") {
    const std::string form =
        period_filter(choose_period("maand", "", "", today), "/groep/zonnebloem/patronen").str();
    CHECK(form.rfind("<form class=\"period-filter\" method=\"get\" "
                     "action=\"/groep/zonnebloem/patronen\"><fieldset><legend>Periode</legend>",
                     0) == 0);
    CHECK(form.find("<a href=\"/groep/zonnebloem/patronen?periode=maand\" "
                    "aria-current=\"true\">Deze maand</a>") != std::string::npos);
    CHECK(form.find("<a href=\"/groep/zonnebloem/patronen?periode=4-weken\">Laatste 4 weken</a>") !=
          std::string::npos);
    CHECK(form.find("<div class=\"veld\"><label for=\"van\">Van</label><input type=\"date\" "
                    "id=\"van\" name=\"van\" value=\"2026-12-01\"></div>") != std::string::npos);
    CHECK(form.find("<label for=\"tot\">Tot en met</label><input type=\"date\" id=\"tot\" "
                    "name=\"tot\" value=\"2026-12-31\"></div>") != std::string::npos);
    CHECK(form.find("<button class=\"knop hoofd\" type=\"submit\">Toon</button>") !=
          std::string::npos);
    SUBCASE("a refused date is marked and described, its text escaped") {
        const std::string refused =
            period_filter(choose_period("", "\"><script>", "2026-12-01", today), "/p").str();
        CHECK(refused.find("name=\"van\" value=\"&quot;&gt;&lt;script&gt;\" aria-invalid=\"true\" "
                           "aria-describedby=\"van-fout\"><p class=\"fout\" id=\"van-fout\" "
                           "role=\"alert\">Kies een geldige begindatum (jjjj-mm-dd).</p>") !=
              std::string::npos);
        CHECK(refused.find("<script") == std::string::npos);
    }
}

TEST_CASE("period words, links and download names") {
    CHECK(period_words({date("2026-11-04"), today}) ==
          "4 november 2026 tot en met 1 december 2026");
    CHECK(period_words({today, today}) == "1 december 2026");
    CHECK(period_query({date("2026-11-04"), today}) == "?van=2026-11-04&tot=2026-12-01");
    CHECK(csv_file_name("ankerpunten per blok", "Sanne de Vries", {date("2026-11-04"), today}) ==
          "ankerpunten-per-blok-sanne-de-vries-2026-11-04-2026-12-01.csv");
    CHECK(csv_file_name("weken", "\"Zoë\";\r\n../x", {today, today}) ==
          "weken-zox-2026-12-01-2026-12-01.csv");
}
