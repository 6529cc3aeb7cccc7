// The session pages, in-process: scheduling a weekly series (once for a double tap), cancelling
// one date (gone from that day's board, still on the next week's), inviting (refused beyond the
// capacity), recording who came (the board then names only them), another group's leader
// refused, and each class of bad input with its exact Dutch message and nothing written.
#include "page_checks.hpp"
#include "store/people.hpp"
#include "store/sessions.hpp"
#include "store/workbook.hpp"

#include <doctest/doctest.h>

#include <string>

namespace dagritme::test {
namespace {

struct SessionPages {
    ApiPlanner planner;
    ApiClient marco = logged_in(planner, "marco");
    std::int64_t fatima = 0;
    std::int64_t sanne_family = 0, fleur_family = 0, daan_family = 0;
    std::int64_t petra = 0; // Sanne's mother

    SessionPages() {
        auto& db = planner.db();
        for (const auto& s : store::staff_of_group(db, "zonnebloem"))
            if (s.first_name == "Fatima") fatima = s.id;
        for (const auto& c : store::children_of_group(db, "zonnebloem")) {
            if (c.first_name == "Sanne") sanne_family = c.family_id;
            if (c.first_name == "Fleur") fleur_family = c.family_id;
            if (c.first_name == "Daan") daan_family = c.family_id;
        }
        for (const auto& p : store::parents_of_group(db, "zonnebloem"))
            if (p.first_name == "Petra") petra = p.id;
        REQUIRE(fatima != 0);
        REQUIRE(petra != 0);
    }

    std::int64_t count(const char* table) {
        auto st = planner.db().prepare(std::string("SELECT count(*) FROM ") + table);
        REQUIRE(st.step());
        return st.int64(0);
    }

    // A series form: Zingen op schoot on Tuesdays 14:00-14:45 for 2 families from the demo
    // day. The `extra` fields come first, so they win (a form's first value counts).
    std::string series_form(const std::string& extra = "", const std::string& key = "k1") {
        return extra + (extra.empty() ? "" : "&") + "sleutel=" + key +
               "&soort=zingen_op_schoot&dag=2&begin=14%3A00&eind=14%3A45&plaats=speelzaal"
               "&leider=" +
               std::to_string(fatima) + "&plaatsen=2&eerste=2026-12-01";
    }

    web::Response schedule(const std::string& extra = "", const std::string& key = "k1") {
        return marco.post_form("/groep/zonnebloem/sessies", series_form(extra, key));
    }

    std::int64_t scheduled(const std::string& extra = "") {
        const auto res = schedule(extra, fresh_key());
        REQUIRE(res.result_int() == 303);
        const auto location = std::string(res[api_http::field::location]);
        const auto start = std::string("/groep/zonnebloem/sessies/").size();
        return std::stoll(location.substr(start, location.find('?') - start));
    }
    std::string fresh_key() { return "sleutel-" + std::to_string(++keys); }
    int keys = 0;

    web::Response post(std::int64_t series, const std::string& form) {
        return marco.post_form("/groep/zonnebloem/sessies/" + std::to_string(series), form);
    }

    nlohmann::json board(const std::string& date) {
        const auto res = marco.get("/api/groups/zonnebloem/board?date=" + date);
        REQUIRE(res.result_int() == 200);
        return body_of(res);
    }
};

const nlohmann::json* activity(const nlohmann::json& board, const std::string& id) {
    for (const auto& a : board["activities"])
        if (a["id"] == id) return &a;
    return nullptr;
}

} // namespace

TEST_CASE("a series is scheduled from the page, once for a double tap, and reaches the board") {
    SessionPages s;
    const auto revision = s.planner.revision();
    const auto first = s.schedule();
    REQUIRE(first.result_int() == 303);
    const auto location = std::string(first[api_http::field::location]);
    CHECK(location.starts_with("/groep/zonnebloem/sessies/"));
    CHECK(location.ends_with("?klaar=gepland"));
    const auto again = s.schedule();
    CHECK(std::string(again[api_http::field::location]) == location); // the same series
    CHECK(s.count("session_series") == 3);                            // the demo's two and this
    CHECK(s.planner.revision() == revision + 1);

    const auto page = s.marco.get(location);
    REQUIRE(page.result_int() == 200);
    CHECK(page.body().find("De sessie is gepland.") != std::string::npos);
    CHECK(page.body().find("Elke dinsdag, 14:00–14:45, speelzaal, leiding Fatima") !=
          std::string::npos);
    const auto list = s.marco.get("/groep/zonnebloem/sessies");
    REQUIRE(list.result_int() == 200);
    CHECK(list.body().find("dinsdag 8 december: Zingen op schoot 14:00–14:45") !=
          std::string::npos);
}

TEST_CASE("a cancelled date is not on that day's board; the next week's occurrence is") {
    SessionPages s;
    const auto id = s.scheduled();
    const auto board_id = "p" + std::to_string(id);
    REQUIRE(s.post(id, "op=uitnodigen&gezin=" + std::to_string(s.fleur_family)).result_int() ==
            303);
    // Today (the demo day) Fleur is here: her parents are expected, by first name only.
    const auto today = s.board("2026-12-01");
    const auto* session = activity(today, board_id);
    REQUIRE(session);
    CHECK((*session)["visitors"][0]["label"] == "mama en papa van Fleur");
    CHECK(today.dump().find("Mulder") == std::string::npos);

    const auto revision = s.planner.revision();
    const auto res = s.post(id, "op=afzeggen&datum=2026-12-08&reden=speelzaal+bezet");
    REQUIRE(res.result_int() == 303);
    CHECK(s.planner.revision() == revision + 1);
    CHECK_FALSE(activity(s.board("2026-12-08"), board_id));
    CHECK(activity(s.board("2026-12-15"), board_id));
    const auto page = s.marco.get("/groep/zonnebloem/sessies/" + std::to_string(id));
    CHECK(page.body().find("speelzaal bezet") != std::string::npos);

    SUBCASE("a single change moves only that date") {
        REQUIRE(s.post(id, "op=wijzigen&datum=2026-12-15&begin=15%3A00&eind=15%3A30&plaats=hal")
                    .result_int() == 303);
        CHECK((*activity(s.board("2026-12-15"), board_id))["start"] == "15:00");
        CHECK((*activity(s.board("2026-12-22"), board_id))["start"] == "14:00");
    }
}

TEST_CASE("inviting beyond the capacity is refused with its message, nothing written") {
    SessionPages s;
    const auto id = s.scheduled("plaatsen=1");
    REQUIRE(s.post(id, "op=uitnodigen&gezin=" + std::to_string(s.sanne_family)).result_int() ==
            303);
    const auto invitations = s.count("session_invitation");
    const auto revision = s.planner.revision();
    const auto res = s.post(id, "op=uitnodigen&gezin=" + std::to_string(s.fleur_family));
    CHECK(res.result_int() == 422);
    CHECK(shows_error(res.body(), "gezin", "Deze sessie is vol: er is plaats voor 1 gezin."));
    CHECK(s.count("session_invitation") == invitations);
    CHECK(s.planner.revision() == revision);

    SUBCASE("the same family twice") {
        const auto twice = s.post(id, "op=uitnodigen&gezin=" + std::to_string(s.sanne_family));
        CHECK(twice.result_int() == 422);
        CHECK(shows_error(twice.body(), "gezin", "Dit gezin is al uitgenodigd."));
    }
}

TEST_CASE("a clash with another session of the family is shown, not refused") {
    SessionPages s;
    // The demo's Zingen op schoot is on Tuesdays 10:30-11:15 with Sanne's family.
    const auto id = s.scheduled("begin=11%3A00&eind=12%3A00");
    const auto res = s.post(id, "op=uitnodigen&gezin=" + std::to_string(s.sanne_family));
    REQUIRE(res.result_int() == 303);
    const auto page = s.marco.get("/groep/zonnebloem/sessies/" + std::to_string(id));
    CHECK(page.body().find("Botst met Zingen op schoot 10:30–11:15 voor Familie Jansen (Sanne)") !=
          std::string::npos);
}

TEST_CASE("a session at the time of a family's workbook appointment is flagged on both pages") {
    SessionPages s;
    // A talk with Sanne's parents on Tuesday 8 December at 10:45, during Zingen op schoot.
    WorkbookAppointment talk;
    talk.family_id = s.sanne_family;
    talk.date = *Date::parse("2026-12-08");
    talk.start = TimeOfDay::at(10, 45);
    talk.planned_at = Instant{s.planner.now};
    store::add_appointment(s.planner.db(), talk);
    const auto series = s.marco.get("/groep/zonnebloem/sessies/1");
    CHECK(contains(series, "Botst met Oudergesprek om 10:45 voor Familie Jansen (Sanne)"));
    const auto workbook =
        logged_in(s.planner, "cor").get("/gezin/" + std::to_string(s.sanne_family) + "/werkboek");
    CHECK(contains(workbook, "<span class=\"waarschuwing\">Botst met Zingen op schoot "
                             "10:30–11:15</span>"));
    // An appointment without a time, or after the session, is no clash.
    talk.start = TimeOfDay::at(11, 15);
    store::add_appointment(s.planner.db(), talk);
    talk.start.reset();
    store::add_appointment(s.planner.db(), talk);
    const auto again = s.marco.get("/groep/zonnebloem/sessies/1").body();
    const auto needle = std::string("Botst met Oudergesprek");
    std::size_t n = 0;
    for (auto at = again.find(needle); at != std::string::npos; at = again.find(needle, at + 1))
        ++n;
    CHECK(n == 1);
}

TEST_CASE("who came is recorded once, and the board then names only them") {
    SessionPages s;
    // The demo's series 1: Zingen op schoot today with Sanne's and Fleur's families.
    const auto form = "op=aanwezig&datum=2026-12-01&sleutel=a1&ouder=" + std::to_string(s.petra);
    REQUIRE(s.post(1, form).result_int() == 303);
    REQUIRE(s.post(1, form).result_int() == 303);
    CHECK(store::visits_of(s.planner.db(), 1, demo_day) == std::vector<std::int64_t>{s.petra});
    const auto board = s.board("2026-12-01");
    const auto* session = activity(board, "p1");
    REQUIRE(session);
    REQUIRE((*session)["visitors"].size() == 1);
    CHECK((*session)["visitors"][0]["label"] == "mama van Sanne");
    const auto visits =
        store::sessions_of_family(s.planner.db(), s.sanne_family, demo_day, demo_day);
    REQUIRE(visits.size() == 1);
    CHECK(visits[0].attended);

    SUBCASE("not for a date still to come") {
        const auto later =
            s.post(1, "op=aanwezig&datum=2026-12-08&sleutel=a2&ouder=" + std::to_string(s.petra));
        CHECK(later.result_int() == 422);
        CHECK(shows_error(later.body(), "ouder",
                          "Deze keer moet nog komen; vul daarna in wie er kwam."));
        CHECK_FALSE(store::visits_of(s.planner.db(), 1, *Date::parse("2026-12-08")));
    }
    SUBCASE("not a parent who was not invited") {
        std::int64_t tom = 0;
        for (const auto& p : store::parents_of_group(s.planner.db(), "zonnebloem"))
            if (p.first_name == "Tom") tom = p.id;
        const auto res =
            s.post(1, "op=aanwezig&datum=2026-12-01&sleutel=a3&ouder=" + std::to_string(tom));
        CHECK(res.result_int() == 422);
        CHECK(shows_error(res.body(), "ouder", "Deze ouder is voor deze keer niet uitgenodigd."));
        CHECK(store::visits_of(s.planner.db(), 1, demo_day) == std::vector<std::int64_t>{s.petra});
    }
}

TEST_CASE("a group leader of another group may neither read nor plan the sessions") {
    SessionPages s;
    auto petra = logged_in(s.planner, "petra");
    CHECK(petra.get("/groep/zonnebloem/sessies").result_int() == 403);
    CHECK(petra.get("/groep/zonnebloem/sessies/1").result_int() == 403);
    CHECK(petra.post_form("/groep/zonnebloem/sessies", s.series_form()).result_int() == 403);
    CHECK(petra.post_form("/groep/zonnebloem/sessies/1", "op=afzeggen&datum=2026-12-08")
              .result_int() == 403);
    CHECK(s.count("session_series") == 2);
    CHECK(s.count("session_exception") == 0);
}

TEST_CASE("each bad series is refused with its message next to the field, nothing written") {
    SessionPages s;
    const auto revision = s.planner.revision();
    struct Case {
        const char* extra;
        const char* field;
        const char* message;
    };
    const Case cases[] = {
        {"eind=14%3A00", "eind", "De eindtijd moet na de begintijd liggen."},
        {"begin=05%3A30", "begin", "Kies een tijd tussen 06:00 en 20:00."},
        {"eind=20%3A30", "eind", "Kies een tijd tussen 06:00 en 20:00."},
        {"begin=14u", "begin", "Vul een tijd in als 09:30."},
        {"dag=8", "dag", "Kies een dag van de week."},
        {"dag=", "dag", "Kies een dag van de week."},
        {"plaatsen=0", "plaatsen", "Vul een aantal gezinnen van 1 tot en met 40 in."},
        {"plaatsen=41", "plaatsen", "Vul een aantal gezinnen van 1 tot en met 40 in."},
        {"plaats=", "plaats", "Vul in waar de sessie is."},
        {"plaats=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
         "plaats", "Maximaal 80 tekens (nu 81)."},
        {"eerste=2026-12-02", "eerste", "De eerste keer valt niet op de gekozen dag van de week."},
        {"laatste=2026-11-24", "laatste", "De laatste keer kan niet voor de eerste keer liggen."},
        {"leider=", "leider", "Kies wie de sessie leidt."},
        {"leider=999", "leider", "Deze groepsleider werkt niet in deze groep."},
        {"soort=zwemmen", "soort", "Deze keuze bestaat niet."},
    };
    for (const auto& c : cases) {
        CAPTURE(c.extra);
        const auto res = s.schedule(c.extra, std::string("bad-") + c.extra);
        CHECK(res.result_int() == 422);
        CHECK(shows_error(res.body(), c.field, c.message));
    }
    CHECK(s.count("session_series") == 2);
    CHECK(s.count("session_form") == 0);
    CHECK(s.planner.revision() == revision);
}

TEST_CASE("each bad change of one date is refused with its message, nothing written") {
    SessionPages s;
    const auto revision = s.planner.revision();
    SUBCASE("a date the series does not meet") {
        const auto res = s.post(1, "op=afzeggen&datum=2026-12-09&reden=ziek");
        CHECK(res.result_int() == 422);
        CHECK(shows_error(res.body(), "datum", "Op deze datum is er geen sessie van deze reeks."));
    }
    SUBCASE("a change that ends before it starts") {
        const auto res =
            s.post(1, "op=wijzigen&datum=2026-12-08&begin=11%3A00&eind=10%3A00&plaats=hal");
        CHECK(res.result_int() == 422);
        CHECK(shows_error(res.body(), "eind", "De eindtijd moet na de begintijd liggen."));
    }
    SUBCASE("a change to an empty place") {
        const auto res =
            s.post(1, "op=wijzigen&datum=2026-12-08&begin=10%3A30&eind=11%3A15&plaats=");
        CHECK(res.result_int() == 422);
        CHECK(shows_error(res.body(), "plaats", "Vul in waar de sessie is."));
    }
    SUBCASE("a reason that is too long") {
        const auto res = s.post(1, "op=afzeggen&datum=2026-12-08&reden=" + std::string(201, 'x'));
        CHECK(res.result_int() == 422);
        CHECK(shows_error(res.body(), "reden", "Maximaal 200 tekens (nu 201)."));
    }
    SUBCASE("uninviting a family that is not invited") {
        const auto res = s.post(1, "op=afmelden&gezin=" + std::to_string(s.daan_family));
        CHECK(res.result_int() == 422);
        CHECK(shows_error(res.body(), "gezin", "Dit gezin is niet uitgenodigd."));
    }
    CHECK(s.count("session_exception") == 0);
    CHECK(s.count("session_invitation") == 4); // the demo's
    CHECK(s.planner.revision() == revision);
}

} // namespace dagritme::test
