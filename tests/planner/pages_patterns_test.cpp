// The patterns and handover pages through the real routes in this process: a logged
// anchorpoint appears in the child's and the group's heat map, the CSV downloads carry the same
// numbers, the handover lists the day's entries, and who may not read the care log cannot.
#include "api_fixture.hpp"

#include "store/accounts.hpp"
#include "store/care_log.hpp"
#include "store/people.hpp"

#include <doctest/doctest.h>

using namespace dagritme;
using namespace dagritme::test;

namespace {

std::string body(const web::Response& res) {
    return res.body();
}

// One anchorpoint of the group's first child at 10:05 on the demo day; returns the child.
Child log_anchorpoint(ApiPlanner& planner) {
    const auto children = store::children_of_group(planner.db(), "zonnebloem");
    REQUIRE_FALSE(children.empty());
    Anchorpoint a;
    a.group_id = "zonnebloem";
    a.child_id = children.front().id;
    a.at = to_instant({demo_day, TimeOfDay::at(10, 5)});
    a.block = BlockRef{TimeOfDay::at(10, 0), "Fruit eten"};
    a.emotion = Emotion::tension;
    a.responses = {CareResponse::named, CareResponse::listened};
    a.note = "Wilde niet <stoppen>";
    const auto marco = store::find_account(planner.db(), "marco");
    REQUIRE(marco);
    a.author = marco->id;
    a.created_at = a.at;
    store::Transaction tx{planner.db()};
    store::add_anchorpoint(planner.db(), a);
    tx.commit();
    return children.front();
}

} // namespace

TEST_CASE("the child's page shows a logged anchorpoint in its heat map") {
    ApiPlanner planner;
    const Child child = log_anchorpoint(planner);
    const auto marco = logged_in(planner, "marco");
    const std::string path = "/groep/zonnebloem/kind/" + std::to_string(child.id);

    const auto res = marco.get(path);
    REQUIRE(res.result_int() == 200);
    CHECK(res[api_http::field::content_type] == "text/html; charset=utf-8");
    const std::string html = body(res);
    CHECK(html.find("Patronen van " + child.first_name) != std::string::npos);
    CHECK(html.find("<title>Fruit eten, dinsdag: 1 ankerpunt, 0 limits overschreden</title>") !=
          std::string::npos);
    CHECK(html.find("<title>week 49 (2026): 1 spanning</title>") != std::string::npos);
    CHECK(html.find(path + "/csv?soort=blokken&amp;van=2026-11-04&amp;tot=2026-12-01") !=
          std::string::npos);

    SUBCASE("its CSV: the same cell, for a spreadsheet") {
        const auto csv = marco.get(path + "/csv?soort=blokken&van=2026-11-04&tot=2026-12-01");
        REQUIRE(csv.result_int() == 200);
        CHECK(csv[api_http::field::content_type] == "text/csv; charset=utf-8");
        CHECK(
            std::string(csv[api_http::field::content_disposition]).find("attachment; filename=") ==
            0);
        CHECK(body(csv).rfind("\xEF\xBB\xBF"
                              "Blok;Begintijd;Weekdag;Ankerpunten;",
                              0) == 0);
        CHECK(body(csv).find("\r\nFruit eten;10:00;dinsdag;1;0\r\n") != std::string::npos);
    }
    SUBCASE("a period without it shows nothing for it") {
        const auto earlier = marco.get(path + "?van=2026-10-01&tot=2026-10-31");
        REQUIRE(earlier.result_int() == 200);
        CHECK(body(earlier).find("1 ankerpunt,") == std::string::npos);
    }
    SUBCASE("a bad period: the default period, the message at the field") {
        const auto bad = marco.get(path + "?van=2026-02-30&tot=2026-03-01");
        REQUIRE(bad.result_int() == 200);
        CHECK(body(bad).find("Kies een geldige begindatum (jjjj-mm-dd).") != std::string::npos);
        CHECK(body(bad).find("1 ankerpunt,") != std::string::npos);
    }
}

TEST_CASE("the group's page, its CSV and the handover") {
    ApiPlanner planner;
    const Child child = log_anchorpoint(planner);
    const auto fatima = logged_in(planner, "fatima");

    const auto res = fatima.get("/groep/zonnebloem/patronen");
    REQUIRE(res.result_int() == 200);
    CHECK(body(res).find("Patronen van de groep") != std::string::npos);
    CHECK(
        body(res).find("<title>Fruit eten, dinsdag: 1 ankerpunt, 0 limits overschreden</title>") !=
        std::string::npos);
    const auto csv = fatima.get("/groep/zonnebloem/patronen/csv?soort=per-kind&periode=maand");
    REQUIRE(csv.result_int() == 200);
    CHECK(body(csv).find("\r\n" + child.first_name + ";") != std::string::npos);

    const auto handover = fatima.get("/groep/zonnebloem/overdracht");
    REQUIRE(handover.result_int() == 200);
    const std::string html = body(handover);
    CHECK(html.find("<h1>Overdracht</h1>") != std::string::npos);
    CHECK(
        html.find("<dt>Emotie</dt><dd>spanning</dd><dt>Gedaan</dt><dd>benoemd, geluisterd</dd>") !=
        std::string::npos);
    CHECK(html.find("Wilde niet &lt;stoppen&gt;") != std::string::npos);
    const auto yesterday = fatima.get("/groep/zonnebloem/overdracht?datum=2026-11-30");
    REQUIRE(yesterday.result_int() == 200);
    CHECK(body(yesterday).find("spanning") == std::string::npos);
}

TEST_CASE("patterns pages refuse what they cannot show, and who may not read the care log") {
    ApiPlanner planner;
    log_anchorpoint(planner);
    const auto marco = logged_in(planner, "marco");
    CHECK(marco.get("/groep/zonnebloem/kind/999999").result_int() == 404);
    CHECK(marco.get("/groep/zonnebloem/kind/abc").result_int() == 404);
    CHECK(marco.get("/groep/zonnebloem/patronen/csv?soort=alles").result_int() == 400);
    CHECK(marco.get("/groep/zonnebloem/patronen/csv?soort=weken&van=2026-13-01&tot=2026-12-01")
              .result_int() == 400);
    CHECK(marco.get("/groep/zonnebloem/overdracht?datum=morgen").result_int() == 400);
    CHECK(marco.get("/groep/bestaat-niet/patronen").result_int() == 403);
    CHECK(marco.request(api_http::verb::post, "/groep/zonnebloem/patronen", "").result_int() ==
          405);
    SUBCASE("the administrator does not read the care log") {
        const auto ilse = logged_in(planner, "ilse");
        CHECK(ilse.get("/groep/zonnebloem/patronen").result_int() == 403);
        CHECK(ilse.get("/groep/zonnebloem/overdracht").result_int() == 403);
    }
    SUBCASE("without a session: to the login page") {
        ApiClient anonymous{planner};
        const auto res = anonymous.get("/groep/zonnebloem/patronen");
        CHECK(res.result_int() == 303);
        CHECK(std::string(res[api_http::field::location]).rfind("/login?volgende=", 0) == 0);
    }
}
