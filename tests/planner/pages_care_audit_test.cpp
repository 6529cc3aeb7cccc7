// NEN 7513 in-process: every read, export and refusal of children's care data is one row of the
// audit log naming the group and the children; a refused CSRF token is a security event, and a
// flood of them one row with a count; the calendar feed is rate-limited, one row per link and
// hour; the coordinator pages through the whole log by kind.
#include "page_checks.hpp"
#include "store/audit.hpp"
#include "store/care_log.hpp"
#include "store/limits.hpp"
#include "store/people.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace dagritme::test {
namespace {

struct CareAudit {
    ApiPlanner planner;
    std::vector<std::int64_t> children; // of zonnebloem, ascending
    std::int64_t child = 0;

    CareAudit() {
        for (const auto& c : store::children_of_group(planner.db(), "zonnebloem"))
            children.push_back(c.id);
        std::sort(children.begin(), children.end());
        REQUIRE(children.size() >= 2);
        child = children.front();
    }

    // The rows of the log from `after` on, oldest first.
    std::vector<AuditEntry> rows_after(std::int64_t after) {
        std::vector<AuditEntry> rows;
        for (const auto& e : store::audit_page(planner.db(), store::AuditQuery{}).entries)
            if (e.id > after) rows.insert(rows.begin(), e);
        return rows;
    }
    std::int64_t last_id() {
        const auto page = store::audit_page(planner.db(), store::AuditQuery{});
        return page.entries.empty() ? 0 : page.entries.front().id;
    }

    // An anchorpoint of `child` logged by marco; its path.
    std::string anchorpoint(const ApiClient& marco, const std::string& key) {
        const auto saved = post_form(marco, "/groep/zonnebloem/ankerpunt",
                                     "sleutel=" + key + "&kind=" + std::to_string(child) +
                                         "&emotie=anger&aanpak=named&tijd=09%3A30&einde=calmed");
        REQUIRE(saved.result_int() == 303);
        const auto path = location(saved);
        return path.substr(0, path.find('?'));
    }
};

std::string feed_path_in(const std::string& html) {
    const std::string marker = "value=\"http://planner/agenda/";
    const auto at = html.find(marker);
    REQUIRE(at != std::string::npos);
    const auto start = at + marker.size() - 8;
    return html.substr(start, html.find('"', start) - start);
}

} // namespace

TEST_CASE("reading an anchorpoint or a limit violation is one row with its child") {
    CareAudit c;
    const auto marco = logged_in(c.planner, "marco");
    const auto before = c.last_id();
    CHECK(marco.get("/groep/zonnebloem/ankerpunt").result_int() == 200); // the empty form
    const auto entry = c.anchorpoint(marco, "a1");
    CHECK(c.rows_after(before).empty()); // the entry's own history names its author

    CHECK(marco.get(entry).result_int() == 200);
    auto rows = c.rows_after(before);
    REQUIRE(rows.size() == 1);
    const auto id = entry.substr(entry.rfind('/') + 1);
    CHECK(rows[0].kind == AuditKind::care);
    CHECK(rows[0].action == AuditAction::read);
    CHECK(rows[0].what == "ankerpunt " + id);
    CHECK(rows[0].group_id == "zonnebloem");
    CHECK(rows[0].children == std::vector<std::int64_t>{c.child});
    CHECK(rows[0].child_id == c.child);
    CHECK(rows[0].account == "marco");
    CHECK(rows[0].client == "192.168.1.20");
    CHECK(rows[0].outcome == AuditOutcome::allowed);

    SUBCASE("a correction and an undo are on record too") {
        const auto corrected = post_form(marco, entry,
                                         "kind=" + std::to_string(c.child) +
                                             "&emotie=fear&aanpak=named&tijd=09%3A30&einde=calmed");
        CHECK(corrected.result_int() == 303);
        CHECK(post_form(marco, entry + "/ongedaan", "").result_int() == 303);
        rows = c.rows_after(before);
        REQUIRE(rows.size() == 3);
        CHECK(rows[1].action == AuditAction::update);
        CHECK(rows[2].action == AuditAction::remove);
        CHECK(rows[2].children == std::vector<std::int64_t>{c.child});
    }
    SUBCASE("a limit violation, holding included") {
        const auto limit = store::limits_register(c.planner.db(), "zonnebloem").at(0).id;
        const auto staff = store::staff_of_group(c.planner.db(), "zonnebloem").at(0).id;
        const auto saved = post_form(
            marco, "/groep/zonnebloem/limit",
            "sleutel=l1&kind=" + std::to_string(c.child) + "&limit=" + std::to_string(limit) +
                "&tijd=09%3A40&wat=Sloeg&vastgehouden=ja&minuten=3&door=" + std::to_string(staff) +
                "&waarom=Veiligheid");
        REQUIRE(saved.result_int() == 303);
        const auto path = location(saved).substr(0, location(saved).find('?'));
        CHECK(marco.get(path).result_int() == 200);
        rows = c.rows_after(before);
        REQUIRE(rows.size() == 2);
        CHECK(rows[1].what == "limit " + path.substr(path.rfind('/') + 1));
        CHECK(rows[1].children == std::vector<std::int64_t>{c.child});
    }
}

TEST_CASE("another group's care data is refused, and the attempt is on record with the child") {
    CareAudit c;
    const auto marco = logged_in(c.planner, "marco");
    const auto entry = c.anchorpoint(marco, "r1");
    const auto petra = logged_in(c.planner, "petra"); // group leader of no group here
    const auto before = c.last_id();

    const auto refused = petra.get(entry);
    CHECK(refused.result_int() == 403);
    CHECK(contains(refused, "Deze groep hoort niet bij jouw account"));
    CHECK(petra.get("/groep/zonnebloem/patronen").result_int() == 403);
    CHECK(petra.get("/groep/zonnebloem/ankerpunt").result_int() == 403);
    const auto rows = c.rows_after(before);
    REQUIRE(rows.size() == 3);
    for (const auto& row : rows) {
        CHECK(row.account == "petra");
        CHECK(row.outcome == AuditOutcome::refused);
        CHECK(row.group_id == "zonnebloem");
    }
    CHECK(rows[0].children == std::vector<std::int64_t>{c.child});
    CHECK(rows[1].children == c.children);
    CHECK(rows[2].children.empty()); // the empty form shows no child

    SUBCASE("a role that may not read care data is refused, and on record too") {
        const auto ilse = logged_in(c.planner, "ilse"); // admin: every group, no care log
        const auto admin = ilse.get("/groep/zonnebloem/overdracht");
        CHECK(admin.result_int() == 403);
        CHECK(contains(admin, "Dit mag je rol (admin) niet. Deze poging is vastgelegd."));
        const auto last = c.rows_after(rows.back().id);
        REQUIRE(last.size() == 1);
        CHECK(last[0].account == "ilse");
        CHECK(last[0].outcome == AuditOutcome::refused);
        CHECK(last[0].children == c.children);
    }
}

TEST_CASE("a group's patterns, handover and CSV are one row naming the group's children") {
    CareAudit c;
    const auto marco = logged_in(c.planner, "marco");
    const auto before = c.last_id();
    CHECK(marco.get("/groep/zonnebloem/patronen").result_int() == 200);
    CHECK(marco.get("/groep/zonnebloem/overdracht?datum=2026-11-30").result_int() == 200);
    CHECK(marco.get("/groep/zonnebloem/patronen/csv?soort=blokken").result_int() == 200);
    const auto one = "/groep/zonnebloem/kind/" + std::to_string(c.child);
    CHECK(marco.get(one).result_int() == 200);
    CHECK(marco.get("/groep/zonnebloem/kind/999999").result_int() == 404);
    const auto rows = c.rows_after(before);
    REQUIRE(rows.size() == 5);
    CHECK(rows[0].what == "patronen groep");
    CHECK(rows[0].children == c.children);
    CHECK_FALSE(rows[0].child_id.has_value());
    CHECK(rows[1].what == "overdracht 2026-11-30");
    CHECK(rows[1].children == c.children);
    CHECK(rows[2].action == AuditAction::export_record);
    CHECK(rows[2].what == "patronen groep (csv)");
    CHECK(rows[3].children == std::vector<std::int64_t>{c.child});
    CHECK(rows[4].children.empty()); // no such child in the group: nobody's data shown
}

TEST_CASE("a refused CSRF token is a security event; a flood of them one row a minute") {
    CareAudit c;
    const auto marco = logged_in(c.planner, "marco");
    const auto before = c.last_id();
    const auto page_refusal = marco.request(api_http::verb::post, "/groep/zonnebloem/ankerpunt",
                                            "kind=1", "application/x-www-form-urlencoded", false);
    CHECK(page_refusal.result_int() == 403);
    auto rows = c.rows_after(before);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].kind == AuditKind::security);
    CHECK(rows[0].action == AuditAction::attempt);
    CHECK(rows[0].outcome == AuditOutcome::refused);
    CHECK(rows[0].what == "csrf");
    CHECK(rows[0].account == "marco");
    CHECK(rows[0].client == "192.168.1.20");

    // The API's refusal (decided from the header) is the same event.
    for (int i = 0; i < 200; ++i)
        CHECK(marco.post("/api/logout", nlohmann::json::object(), false).result_int() == 403);
    rows = c.rows_after(before);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].repeats == 201);

    ApiClient elsewhere = marco;
    elsewhere.address = "192.168.1.99";
    CHECK(elsewhere.post("/api/logout", nlohmann::json::object(), false).result_int() == 403);
    c.planner.now += web::security_event_window;
    CHECK(marco.post("/api/logout", nlohmann::json::object(), false).result_int() == 403);
    rows = c.rows_after(before);
    REQUIRE(rows.size() == 3);
    CHECK(rows[1].client == "192.168.1.99");
    CHECK(rows[2].repeats == 1);
}

TEST_CASE("the calendar feed: 429 with Retry-After past its limits, one row per link an hour") {
    CareAudit c;
    const auto fatima = logged_in(c.planner, "fatima"); // mentor of family 1
    const auto made = post_form(fatima, "/gezin/1/agenda", "op=maken");
    REQUIRE(made.result_int() == 200);
    const auto feed = feed_path_in(made.body());
    const auto before = c.last_id();
    const ApiClient phone{c.planner, "10.1.2.3"};

    int fetched = 0;
    int too_often = 0;
    for (int i = 0; i < 50; ++i) { // a runaway client, all in the same second
        const auto res = phone.get(feed);
        fetched += res.result_int() == 200;
        too_often += res.result_int() == 429;
    }
    CHECK(fetched == 4);
    CHECK(too_often == 46);
    const auto refused = phone.get(feed);
    CHECK(refused.result_int() == 429);
    CHECK(std::string(refused[api_http::field::retry_after]) == "60");
    CHECK(refused.body() ==
          "Deze agenda wordt te vaak opgehaald. Probeer het over 60 seconden opnieuw.\n");
    CHECK(refused["Content-Security-Policy"] ==
          "default-src 'none'; frame-ancestors 'none'; sandbox");
    auto rows = c.rows_after(before);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].kind == AuditKind::feed);
    CHECK(rows[0].family_id == 1);
    CHECK(rows[0].repeats == 4);

    c.planner.now += 60; // a minute on: one more, counted into the same row
    CHECK(phone.get(feed).result_int() == 200);
    CHECK(phone.get(feed).result_int() == 429);
    c.planner.now += 3600; // the next hour: a row of its own
    CHECK(ApiClient(c.planner, "10.1.2.4").get(feed).result_int() == 200);
    rows = c.rows_after(before);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].repeats == 5);
    CHECK(rows[1].repeats == 1);
    CHECK(rows[1].client == "10.1.2.4");

    SUBCASE("per address: guessing links is stopped before the database") {
        const ApiClient guesser{c.planner, "10.6.6.6"};
        int answered = 0;
        for (int i = 0; i < 100; ++i) {
            const auto token = std::string(60, 'a') + std::to_string(1000 + i);
            answered += guesser.get("/agenda/" + token + ".ics").result_int() == 404;
        }
        CHECK(answered == 60);
        const auto stopped = guesser.get(feed);
        CHECK(stopped.result_int() == 429);
        CHECK(std::string(stopped[api_http::field::retry_after]) == "2");
    }
}

TEST_CASE("Inzage: the whole log a page at a time, filtered by kind") {
    CareAudit c;
    const auto marco = logged_in(c.planner, "marco");
    const auto entry = c.anchorpoint(marco, "p1");
    for (int i = 0; i < 60; ++i)
        REQUIRE(marco.get(entry).result_int() == 200);
    CHECK(marco
              .request(api_http::verb::post, "/groep/zonnebloem/ankerpunt", "kind=1",
                       "application/x-www-form-urlencoded", false)
              .result_int() == 403);
    const auto cor = logged_in(c.planner, "cor");
    std::string name;
    for (const auto& child : store::children_of_group(c.planner.db(), "zonnebloem"))
        if (child.id == c.child) name = child.first_name;

    const auto staff = cor.get("/inzage/logboek?soort=medewerkers");
    CHECK(staff.result_int() == 200);
    CHECK(contains(staff, "Pagina 1 van 2 (60 regels)"));
    CHECK(contains(staff, "<td>zonnebloem: " + name + "</td>"));
    CHECK(contains(staff, "gelezen: ankerpunt "));
    CHECK(contains(staff, "href=\"/inzage/logboek?soort=medewerkers&amp;pagina=2\">Ouder</a>"));
    CHECK_FALSE(contains(staff, "geprobeerd: wijziging zonder het juiste CSRF-token"));
    const auto second = cor.get("/inzage/logboek?soort=medewerkers&pagina=2");
    CHECK(contains(second, "Pagina 2 van 2 (60 regels)"));
    CHECK(contains(second, ">Nieuwer</a>"));

    const auto security = cor.get("/inzage/logboek?soort=beveiliging");
    CHECK(contains(security, "geprobeerd: wijziging zonder het juiste CSRF-token"));
    CHECK(contains(security, "<td>marco</td>")); // a security event carries no role
    CHECK(contains(security, "<caption>Beveiliging, nieuwste eerst</caption>"));
    CHECK_FALSE(contains(security, "gelezen: ankerpunt"));
    CHECK(contains(cor.get("/inzage/logboek?soort=geweigerd"),
                   "geprobeerd: wijziging zonder het juiste CSRF-token"));
    CHECK(contains(cor.get("/inzage/logboek"), "Pagina 1 van 2 (61 regels)"));
    CHECK(contains(cor.get("/inzage"), "href=\"/inzage/logboek\""));
    // A failed login is one too, in Dutch.
    ApiClient guesser{c.planner, "192.168.1.99"};
    CHECK(guesser.login("marco", "geraden") == 401);
    CHECK(contains(cor.get("/inzage/logboek?soort=beveiliging"), "geprobeerd: inloggen mislukt"));

    CHECK(cor.get("/inzage/logboek?soort=alles-weg").result_int() == 400);
    CHECK(cor.get("/inzage/logboek?pagina=twee").result_int() == 400);
    CHECK(marco.get("/inzage/logboek").result_int() == 403);
}

} // namespace dagritme::test
