// The parents' calendar link, in-process: the mentor's page behind the family record's scope
// check (refusals logged), making a link (shown once) and revoking it, and the feed itself:
// no session, its headers, a 404 that tells nothing for a bad or revoked token, and an audit
// entry for each fetch.
#include "app/sessions.hpp"
#include "page_checks.hpp"
#include "store/audit.hpp"
#include "store/calendar_links.hpp"
#include "store/sessions.hpp"
#include "store/workbook.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace dagritme::test {
namespace {

struct CalendarPages {
    ApiPlanner planner;
    std::int64_t family = 0; // fatima is its mentor
    std::int64_t other_family = 0;
    std::string family_name;
    std::string other_name;

    CalendarPages() {
        auto& db = planner.db();
        auto st = db.prepare("SELECT id, name FROM family ORDER BY id LIMIT 1");
        REQUIRE(st.step());
        family = st.int64(0);
        family_name = st.text(1);
        db.prepare("UPDATE family SET mentor_account = "
                   "(SELECT id FROM user_account WHERE name = 'fatima') WHERE id = ?")
            .bind_all(family)
            .run();
        // A family that is not fatima's.
        auto other = db.prepare(
            "SELECT id, name FROM family WHERE mentor_account IS NULL ORDER BY id LIMIT 1");
        REQUIRE(other.step());
        other_family = other.int64(0);
        other_name = other.text(1);
    }

    std::string page_path(std::int64_t id) const {
        return "/gezin/" + std::to_string(id) + "/agenda";
    }
    std::string page_path() const { return page_path(family); }

    std::int64_t links() {
        auto st = planner.db().prepare("SELECT count(*) FROM calendar_link");
        REQUIRE(st.step());
        return st.int64(0);
    }
};

// The feed's path in a page that shows a new link: "/agenda/<64 hex>.ics".
std::string feed_path_in(const std::string& html) {
    const std::string marker = "value=\"http://planner/agenda/";
    const auto at = html.find(marker);
    REQUIRE(at != std::string::npos);
    const auto start = at + marker.size() - 8; // from "/agenda/"
    const auto path = html.substr(start, html.find('"', start) - start);
    REQUIRE(path.size() == 8 + 64 + 4);
    REQUIRE(path.ends_with(".ics"));
    for (const char ch : path.substr(8, 64))
        REQUIRE(((ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'f')));
    return path;
}

std::string make_link(const ApiClient& client, const std::string& page) {
    const auto res = post_form(client, page, "op=maken");
    REQUIRE(res.result_int() == 200);
    return feed_path_in(res.body());
}

} // namespace

TEST_CASE("the calendar link page is the family's mentor's, the coordinator's and the admin's") {
    CalendarPages c;
    for (const char* name : {"fatima", "cor", "ilse"}) {
        CAPTURE(name);
        const auto res = logged_in(c.planner, name).get(c.page_path());
        CHECK(res.result_int() == 200);
        CHECK(res.body().find("Er is nu geen agendalink.") != std::string::npos);
        CHECK(res.body().find(c.family_name) != std::string::npos);
    }
    // The family record links to it.
    CHECK(logged_in(c.planner, "cor")
              .get("/gezin/" + std::to_string(c.family))
              .body()
              .find("href=\"" + c.page_path() + "\">Agenda voor de ouders</a>") !=
          std::string::npos);
    SUBCASE("a group leader is refused, and the refusal is in the family's audit log") {
        const auto before = store::audit_of_family(c.planner.db(), c.family).size();
        for (const char* name : {"marco", "petra"}) {
            const auto client = logged_in(c.planner, name);
            CHECK(client.get(c.page_path()).result_int() == 403);
            CHECK(post_form(client, c.page_path(), "op=maken").result_int() == 403);
        }
        const auto log = store::audit_of_family(c.planner.db(), c.family);
        REQUIRE(log.size() == before + 4);
        CHECK(log[0].account == "petra");
        CHECK(log[0].action == AuditAction::create);
        CHECK(log[0].what == "agenda-link");
        CHECK(log[0].outcome == AuditOutcome::refused);
        CHECK(log[3].account == "marco");
        CHECK(log[3].action == AuditAction::read);
        CHECK(log[3].outcome == AuditOutcome::refused);
        CHECK(c.links() == 0);
    }
    SUBCASE("a mentor is refused another family") {
        const auto client = logged_in(c.planner, "fatima");
        CHECK(client.get(c.page_path(c.other_family)).result_int() == 403);
        CHECK(post_form(client, c.page_path(c.other_family), "op=maken").result_int() == 403);
        CHECK(c.links() == 0);
    }
    SUBCASE("a family that does not exist, and no session") {
        CHECK(logged_in(c.planner, "cor").get(c.page_path(999999)).result_int() == 404);
        const auto res = ApiClient{c.planner}.get(c.page_path());
        CHECK(res.result_int() == 303);
        CHECK(std::string(res[api_http::field::location]).starts_with("/login"));
    }
}

TEST_CASE("a link is shown once in full, works without a session, and is revoked") {
    CalendarPages c;
    const auto cor = logged_in(c.planner, "cor");
    const auto made = post_form(cor, c.page_path(), "op=maken");
    REQUIRE(made.result_int() == 200);
    const auto feed = feed_path_in(made.body());
    const auto token = feed.substr(8, 64);
    CHECK(made.body().find("Uitleg voor de ouders") != std::string::npos);
    CHECK(made.body().find("data-kopieer=\"agendalink\"") != std::string::npos);
    // Only the token's hash is kept, and the page never shows the token again.
    auto st = c.planner.db().prepare("SELECT token_hash, created_by FROM calendar_link");
    REQUIRE(st.step());
    CHECK(st.text(0) == auth::token_hash(token));
    CHECK(st.int64(1) == store::find_account(c.planner.db(), "cor")->id);
    const auto again = cor.get(c.page_path());
    CHECK(again.body().find(token) == std::string::npos);
    CHECK(again.body().find("Er is een agendalink, gemaakt door cor op dinsdag 1 december.") !=
          std::string::npos);

    const ApiClient parent{c.planner, "10.1.2.3"};
    const auto res = parent.get(feed);
    REQUIRE(res.result_int() == 200);
    CHECK(res[api_http::field::content_type] == "text/calendar; charset=utf-8");
    CHECK(res[api_http::field::cache_control] == "no-store");
    CHECK(res["X-Content-Type-Options"] == "nosniff");
    CHECK(res["Content-Security-Policy"] == "default-src 'none'; frame-ancestors 'none'; sandbox");
    CHECK(res["Referrer-Policy"] == "no-referrer");
    CHECK(res.count(api_http::field::set_cookie) == 0);
    CHECK(res.body().starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    CHECK(res.body().find("X-WR-CALNAME:Dagbehandeling " + c.family_name + "\r\n") !=
          std::string::npos);
    CHECK(res.body().find("BEGIN:VTIMEZONE\r\nTZID:Europe/Amsterdam\r\n") != std::string::npos);
    CHECK(res.body().find(c.other_name) == std::string::npos);

    SUBCASE("a second link while one is live is refused, and nothing changes") {
        const auto twice = post_form(cor, c.page_path(), "op=maken");
        CHECK(twice.result_int() == 409);
        CHECK(twice.body().find("Dit gezin heeft al een agendalink. Trek die eerst in als je een "
                                "nieuwe wilt maken.") != std::string::npos);
        CHECK(c.links() == 1);
        CHECK(parent.get(feed).result_int() == 200);
    }
    SUBCASE("revoked: the link answers 404, and a new one can be made") {
        const auto revoked = post_form(cor, c.page_path(), "op=intrekken");
        CHECK(revoked.result_int() == 303);
        CHECK(std::string(revoked[api_http::field::location]) ==
              c.page_path() + "?klaar=ingetrokken");
        CHECK(cor.get(c.page_path() + "?klaar=ingetrokken")
                  .body()
                  .find("De link is ingetrokken: hij werkt niet meer.") != std::string::npos);
        const auto gone = parent.get(feed);
        CHECK(gone.result_int() == 404);
        const auto unknown = parent.get("/agenda/" + std::string(64, 'a') + ".ics");
        CHECK(unknown.result_int() == 404);
        CHECK(gone.body() == unknown.body()); // no hint which
        CHECK(gone[api_http::field::content_type] == unknown[api_http::field::content_type]);

        const auto fresh = make_link(cor, c.page_path());
        CHECK(fresh != feed);
        CHECK(parent.get(fresh).result_int() == 200);
        CHECK(parent.get(feed).result_int() == 404);
        CHECK(c.links() == 2);
    }
    SUBCASE("a form without its CSRF token or with an unknown change changes nothing") {
        CHECK(cor.request(api_http::verb::post, c.page_path(), "op=intrekken",
                          "application/x-www-form-urlencoded", false)
                  .result_int() == 403);
        CHECK(post_form(cor, c.page_path(), "op=weg").result_int() == 400);
        CHECK(parent.get(feed).result_int() == 200);
        CHECK(c.links() == 1);
    }
}

TEST_CASE("the feed holds the family's own appointments, not another family's") {
    CalendarPages c;
    auto& db = c.planner.db();
    auto mentor = db.prepare(
        "SELECT s.first_name FROM family f JOIN staff s ON s.id = f.mentor_id WHERE f.id = ?");
    mentor.bind_all(c.family);
    REQUIRE(mentor.step());
    const auto mentor_name = mentor.text(0);
    WorkbookAppointment talk;
    talk.family_id = c.family;
    talk.type = WorkbookActivity::parent_talk;
    talk.date = *Date::parse("2026-12-03");
    talk.start = TimeOfDay::at(9, 30);
    talk.planned_at = Instant{c.planner.now};
    const auto id = store::add_appointment(db, talk);
    WorkbookAppointment theirs = talk;
    theirs.family_id = c.other_family;
    theirs.type = WorkbookActivity::sociogram;
    store::add_appointment(db, theirs);

    const auto feed = make_link(logged_in(c.planner, "cor"), c.page_path());
    const auto text = ApiClient{c.planner}.get(feed).body();
    CHECK(text.find("UID:afspraak-" + std::to_string(id) + "@dagritme\r\n") != std::string::npos);
    CHECK(text.find("SUMMARY:Oudergesprek met " + mentor_name + "\r\n") != std::string::npos);
    CHECK(text.find("DTSTART;TZID=Europe/Amsterdam:20261203T093000\r\n"
                    "DTEND;TZID=Europe/Amsterdam:20261203T103000\r\n") != std::string::npos);
    CHECK(text.find("Sociogram") == std::string::npos);
    const auto talk_at = text.find("SUMMARY:Oudergesprek");
    CHECK(text.find("SUMMARY:Oudergesprek", talk_at + 1) == std::string::npos); // one talk
}

TEST_CASE("the family's weekly session is one recurring event; a cancelled date an EXDATE, a "
          "changed one its own event") {
    CalendarPages c; // the first demo family is invited to Zingen op schoot on Tuesdays
    auto& db = c.planner.db();
    const auto series = store::series_of_family(db, c.family);
    REQUIRE(series.size() == 1);
    const auto id = std::to_string(series[0].id);
    SessionException cancelled;
    cancelled.date = *Date::parse("2026-12-15");
    cancelled.cancelled = true;
    cancelled.reason = "Kerstviering";
    REQUIRE_FALSE(app::set_occurrence(db, series[0].id, cancelled));
    SessionException moved;
    moved.date = *Date::parse("2026-12-08");
    moved.change.start = TimeOfDay::at(13, 0);
    moved.change.end = TimeOfDay::at(13, 45);
    REQUIRE_FALSE(app::set_occurrence(db, series[0].id, moved));

    const auto feed = make_link(logged_in(c.planner, "cor"), c.page_path());
    const auto text = ApiClient{c.planner}.get(feed).body();
    CHECK(text.find("UID:sessie-" + id + "@dagritme\r\n") != std::string::npos);
    CHECK(text.find("SUMMARY:Zingen op schoot\r\n") != std::string::npos);
    CHECK(text.find("RRULE:FREQ=WEEKLY;BYDAY=TU") != std::string::npos);
    CHECK(text.find("EXDATE;TZID=Europe/Amsterdam:20261215T103000\r\n") != std::string::npos);
    CHECK(text.find("RECURRENCE-ID;TZID=Europe/Amsterdam:20261208T103000\r\n") !=
          std::string::npos);
    CHECK(text.find("DTSTART;TZID=Europe/Amsterdam:20261208T130000\r\n") != std::string::npos);
    CHECK(text.find("Kerstviering") == std::string::npos); // the reason stays with the staff
}

TEST_CASE("each fetch of the feed is an export in the family's audit log; a bad token none") {
    CalendarPages c;
    const auto feed = make_link(logged_in(c.planner, "fatima"), c.page_path());
    const ApiClient parent{c.planner, "10.1.2.3"};
    const auto before = store::audit_of_family(c.planner.db(), c.family).size();
    REQUIRE(parent.get(feed).result_int() == 200);
    const auto log = store::audit_of_family(c.planner.db(), c.family);
    REQUIRE(log.size() == before + 1);
    CHECK(log[0].account == "agenda-link");
    CHECK_FALSE(log[0].account_id.has_value());
    CHECK(log[0].action == AuditAction::export_record);
    CHECK(log[0].client == "10.1.2.3");
    CHECK(log[0].outcome == AuditOutcome::allowed);
    CHECK(log[0].at == c.planner.now);

    const auto count = [&] {
        auto st = c.planner.db().prepare("SELECT count(*) FROM audit_log");
        REQUIRE(st.step());
        return st.int64(0);
    };
    const auto total = count();
    const auto token = feed.substr(8, 64);
    const std::vector<std::string> bad_paths{"/agenda/" + token,
                                             "/agenda/" + token + ".ics/x",
                                             "/agenda/abc.ics",
                                             "/agenda",
                                             "/agenda/" + std::string(64, 'A') + ".ics",
                                             "/agenda/../" + token + ".ics",
                                             "/agenda/" + token.substr(0, 63) + "g.ics"};
    for (const auto& bad : bad_paths) {
        CAPTURE(bad);
        const auto res = parent.get(bad);
        CHECK(res.result_int() == 404);
        CHECK(res.body().find(token) == std::string::npos);
    }
    CHECK(parent.request(api_http::verb::post, feed).result_int() == 405);
    CHECK(count() == total);
}

} // namespace dagritme::test
