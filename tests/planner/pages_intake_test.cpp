// The intake pages, in-process: a coordinator registers a family with two parents and places a
// child; the child is on the board on its placement days once checked in, and leaves it after
// its last day. Each class of bad input gets its Dutch message next to its field and writes
// nothing; a group leader may not register a family.
#include "app/absences.hpp"
#include "page_checks.hpp"
#include "store/audit.hpp"
#include "store/family_record.hpp"
#include "store/people.hpp"
#include "store/record_changes.hpp"

#include <doctest/doctest.h>

#include <string>

namespace dagritme::test {
namespace {

std::int64_t count_families(ApiPlanner& planner) {
    return static_cast<std::int64_t>(store::list_families(planner.db()).size());
}

const std::string good_family =
    "naam=Familie+Ng%C3%BAy%E1%BB%85n&aanmelding=2026-11-30&plaatser=Jeugdzorg+Utrecht"
    "&plaatser_contact=An+de+Wit%2C+030+123+4567&mentor=3"
    "&ouder1_voornaam=Linh&ouder1_achternaam=Nguy%E1%BB%85n&ouder1_relatie=moeder"
    "&ouder1_telefoon=06+1234+5678&ouder1_email=linh%40voorbeeld.nl&ouder1_gezag=ja"
    "&ouder2_voornaam=Minh&ouder2_achternaam=Tran&ouder2_relatie=vader&ouder2_gezag=nee";

std::string child_form(const std::string& birth, const std::string& days,
                       const std::string& last = "") {
    return "voornaam=Sanne&achternaam=Nguy%E1%BB%85n&geboortedatum=" + birth +
           "&groep=zonnebloem&eerste_dag=2026-12-01&laatste_dag=" + last + days +
           "&eigen_plek=knuffel";
}

std::int64_t id_after(const web::Response& res, const std::string& prefix) {
    const auto location = std::string(res[api_http::field::location]);
    REQUIRE(location.starts_with(prefix));
    return std::stoll(location.substr(prefix.size()));
}

} // namespace

TEST_CASE("a coordinator registers a family with two parents; bad input saves nothing") {
    ApiPlanner planner;
    const auto cor = logged_in(planner, "cor");
    const auto form = cor.get("/gezin/nieuw");
    REQUIRE(form.result_int() == 200);
    CHECK(contains(form, "Nieuw gezin aanmelden"));
    CHECK(contains(cor.get("/gezin"), "href=\"/gezin/nieuw\""));
    const auto families = count_families(planner);

    SUBCASE("bad input") {
        const auto res = post_form(cor, "/gezin/nieuw",
                                   "naam=+&aanmelding=2026-12-24&ouder1_voornaam=Linh"
                                   "&ouder1_achternaam=&ouder1_relatie=anders&ouder1_noemt="
                                   "&ouder1_email=linh%40&mentor=2");
        CHECK(res.result_int() == 422);
        CHECK(shows_error(res, "naam", "Vul de naam van het gezin in."));
        CHECK(shows_error(res, "aanmelding", "De datum van aanmelding ligt in de toekomst."));
        CHECK(shows_error(res, "ouder1_achternaam", "Vul de achternaam in."));
        CHECK(shows_error(res, "ouder1_noemt", "Zeg hoe het kind deze ouder of verzorger noemt."));
        CHECK(shows_error(res, "ouder1_email", "Vul een e-mailadres in als naam@voorbeeld.nl."));
        CHECK(shows_error(res, "mentor", "Kies een mentor of coördinator."));
        CHECK(count_families(planner) == families);
    }
    SUBCASE("a group leader may not") {
        const auto marco = logged_in(planner, "marco");
        CHECK(post_form(marco, "/gezin/nieuw", good_family).result_int() == 403);
        CHECK(count_families(planner) == families);
    }
    SUBCASE("registered, in phase 1 from the day of aanmelding") {
        const auto res = post_form(cor, "/gezin/nieuw", good_family);
        REQUIRE(res.result_int() == 303);
        const auto id = id_after(res, "/gezin/");
        const auto record = store::load_family_record(planner.db(), id);
        REQUIRE(record);
        CHECK(record->family.name == "Familie Ngúyễn");
        CHECK(record->intake.plaatser_contact == "An de Wit, 030 123 4567");
        CHECK(record->intake.registered_on == Date::parse("2026-11-30"));
        REQUIRE(record->phases.size() == 1);
        CHECK(record->phases[0].phase == Phase::introduction);
        CHECK(record->phases[0].began == Date::parse("2026-11-30"));
        CHECK(record->mentor_account_name == "fatima");
        REQUIRE(record->parents.size() == 2);
        CHECK(record->parents[0].parent.relation == "mama");
        CHECK(record->parents[0].contact.custody == true);
        CHECK(record->parents[0].parent.announced);
        CHECK(record->parents[1].parent.relation == "papa");
        CHECK_FALSE(record->parents[1].parent.announced); // no custody: not on the board
        const auto page = cor.get("/gezin/" + std::to_string(id));
        CHECK(contains(page, "Nog geen kinderen geplaatst."));
        CHECK(contains(page, "An de Wit, 030 123 4567"));
        const auto log = store::audit_of_family(planner.db(), id);
        REQUIRE_FALSE(log.empty());
        CHECK(log.back().what == "aanmelding");
        CHECK(log.back().action == AuditAction::create);

        // Later: oma joins, and the father's phone and custody change; both are kept.
        const auto path = "/gezin/" + std::to_string(id);
        const auto bad = post_form(cor, path + "/ouder/nieuw", "voornaam=Mai&relatie=oma");
        CHECK(bad.result_int() == 422);
        CHECK(shows_error(bad, "achternaam", "Vul de achternaam in."));
        REQUIRE(post_form(cor, path + "/ouder/nieuw",
                          "voornaam=Mai&achternaam=Tran&relatie=oma&telefoon=030+1234567")
                    .result_int() == 303);
        const auto minh = record->parents[1].parent.id;
        REQUIRE(post_form(cor, path + "/ouder/" + std::to_string(minh),
                          "telefoon=06+9876+5432&gezag=nee&omgang=ja")
                    .result_int() == 303);
        const auto after = store::load_family_record(planner.db(), id);
        REQUIRE(after->parents.size() == 3);
        CHECK(after->parents[2].parent.relation == "oma");
        CHECK(after->parents[1].contact_order);
        const auto changes = store::record_changes(planner.db(), id);
        REQUIRE(changes.size() == 3); // oma added; Minh's phone; his contact order
        CHECK(changes[0].subject == "ouder Minh");
        CHECK(changes[0].changed_by_name == "cor");
        bool phone = false;
        for (const auto& c : changes)
            phone = phone ||
                    (c.field == "telefoon" && c.old_value.empty() && c.new_value == "06 9876 5432");
        CHECK(phone);
        CHECK(contains(cor.get(path), "3 wijzigingen bekijken"));

        // The intake's own fields and a parent's name are corrected later, kept the same way.
        const auto empty = post_form(cor, path + "/aanmelding",
                                     "naam=&aanmelding=2026-11-30&plaatser=Jeugdzorg+Utrecht");
        CHECK(empty.result_int() == 422);
        CHECK(shows_error(empty, "naam", "Vul de naam van het gezin in."));
        REQUIRE(post_form(cor, path + "/aanmelding",
                          "naam=Familie+Nguy%E1%BB%85n-Tran&aanmelding=2026-11-27"
                          "&plaatser=Jeugdzorg+Utrecht&plaatser_contact=An+de+Wit")
                    .result_int() == 303);
        REQUIRE(post_form(cor, path + "/ouder/" + std::to_string(minh),
                          "voornaam=Minh&achternaam=Tr%E1%BA%A7n&relatie=vader&noemt=papa"
                          "&telefoon=06+9876+5432&gezag=nee&omgang=ja")
                    .result_int() == 303);
        const auto corrected = store::load_family_record(planner.db(), id);
        CHECK(corrected->family.name == "Familie Nguyễn-Tran");
        CHECK(corrected->intake.registered_on == Date::parse("2026-11-27"));
        CHECK(corrected->parents[1].parent.surname == "Trần");
        std::vector<std::string> fields;
        for (const auto& c : store::record_changes(planner.db(), id))
            fields.push_back(c.subject + ": " + c.field);
        CHECK(fields == std::vector<std::string>{"ouder Minh: naam", "gezin: aanmelding",
                                                 "gezin: contact plaatser", "gezin: naam",
                                                 "ouder Minh: omgangsregeling",
                                                 "ouder Minh: telefoon", "ouder Mai: toegevoegd"});
    }
}

TEST_CASE("a child placed on the pages is on the board on its days, and leaves it") {
    ApiPlanner planner;
    const auto cor = logged_in(planner, "cor");
    const auto family = id_after(post_form(cor, "/gezin/nieuw", good_family), "/gezin/");
    const auto base = "/gezin/" + std::to_string(family) + "/kind/";
    REQUIRE(cor.get(base + "nieuw").result_int() == 200);
    const auto children = store::count_children(planner.db());
    const auto revision = planner.revision();

    SUBCASE("bad input") {
        const auto res =
            post_form(cor, base + "nieuw", child_form("2027-01-01", "&dag6=dag", "2026-11-30"));
        CHECK(res.result_int() == 422);
        CHECK(shows_error(res, "geboortedatum", "De geboortedatum ligt in de toekomst."));
        CHECK(shows_error(res, "laatste_dag", "De laatste dag ligt voor de eerste dag."));
        CHECK(shows_error(res, "dagen", "De groep is op zaterdag dicht."));
        const auto none = post_form(cor, base + "nieuw", child_form("2016-01-01", ""));
        CHECK(none.result_int() == 422);
        CHECK(shows_error(none, "geboortedatum",
                          "Dit kind is ouder dan 8 jaar; controleer de geboortedatum."));
        CHECK(shows_error(none, "dagen", "Kies minstens één dag waarop het kind komt."));
        const auto bad_part =
            post_form(cor, base + "nieuw", child_form("2023-01-01", "&dag2=nacht"));
        CHECK(bad_part.result_int() == 422);
        CHECK(shows_error(bad_part, "dag2", "Deze keuze bestaat niet."));
        CHECK(store::count_children(planner.db()) == children);
        CHECK(planner.revision() == revision);
    }
    SUBCASE("placed on Tuesdays and Thursdays: checked in, on the board; after leaving, not") {
        const auto res =
            post_form(cor, base + "nieuw", child_form("2023-01-01", "&dag2=dag&dag4=ochtend"));
        REQUIRE(res.result_int() == 303);
        const auto child = id_after(res, base);
        CHECK(store::count_children(planner.db()) == children + 1);
        const auto page = cor.get(base + std::to_string(child));
        REQUIRE(page.result_int() == 200);
        CHECK(contains(page, "Plaatsing beëindigen"));
        CHECK(contains(cor.get("/gezin/" + std::to_string(family)), "di, do ochtend"));

        // Two children called Sanne now: the board tells them apart by their surnames.
        const auto marco = logged_in(planner, "marco");
        REQUIRE(marco
                    .post("/api/groups/zonnebloem/attendance",
                          {{"person", "child"}, {"id", child}, {"action", "check_in"}})
                    .result_int() == 200);
        const auto board = board_of(marco);
        std::vector<std::string> names;
        for (const auto& c : board["present"]["children"])
            names.push_back(c["name"]);
        CHECK(std::find(names.begin(), names.end(), "Sanne N.") != names.end());
        CHECK(std::find(names.begin(), names.end(), "Sanne J.") != names.end());
        CHECK(contains(marco.get("/groep/zonnebloem"), "Sanne"));

        // The photo consent, recorded with who gave it.
        const auto consent = post_form(cor, base + std::to_string(child) + "/toestemming",
                                       "toestemming=ja&toestemming_van=&toestemming_op=2026-12-01");
        CHECK(consent.result_int() == 422);
        CHECK(shows_error(consent, "toestemming_van", "Vul in wie de toestemming gaf."));
        REQUIRE(post_form(cor, base + std::to_string(child) + "/toestemming",
                          "toestemming=ja&toestemming_van=Linh+Nguy%E1%BB%85n+(moeder)"
                          "&toestemming_op=2026-12-01")
                    .result_int() == 303);
        CHECK(store::load_child(planner.db(), child)->photo_consent);
        CHECK(store::load_child(planner.db(), child)->consent_given_by == "Linh Nguyễn (moeder)");

        // Leaving: a bad day first, then the last day today; the family winds down.
        const auto early = post_form(cor, base + std::to_string(child) + "/einde",
                                     "einde_dag=2026-11-01&reden=verhuizing");
        CHECK(early.result_int() == 422);
        CHECK(shows_error(early, "laatste_dag",
                          "De laatste dag ligt voor de eerste dag van de plaatsing."));
        CHECK(post_form(cor, base + std::to_string(child) + "/einde", "einde_dag=2026-12-01")
                  .result_int() == 422);
        REQUIRE(post_form(cor, base + std::to_string(child) + "/einde",
                          "einde_dag=2026-12-01&reden=verhuizing")
                    .result_int() == 303);
        const auto record = store::load_family_record(planner.db(), family);
        CHECK(record->current_phase() == Phase::winding_down);
        CHECK(store::load_board(planner.db(), "zonnebloem", demo_day)->children.size() ==
              board["present"]["children"].size()); // still here today, its last day
        const auto thursday = *Date::parse("2026-12-03");
        const auto later = store::load_board(planner.db(), "zonnebloem", thursday);
        REQUIRE(later);
        for (const auto& c : later->children)
            CHECK(c.id != "c" + std::to_string(child));
        const auto history = store::record_changes(planner.db(), family);
        REQUIRE(history.size() >= 3);
        CHECK(history.front().field == "plaatsing beëindigd");
        CHECK(history.front().changed_by_name == "cor");
    }
    SUBCASE("a mentor of another family may not place a child in this one") {
        const auto marco = logged_in(planner, "marco");
        CHECK(
            post_form(marco, base + "nieuw", child_form("2023-01-01", "&dag2=dag")).result_int() ==
            403);
        CHECK(store::count_children(planner.db()) == children);
    }
}

TEST_CASE("an absence's reason stays in the record and never reaches a board") {
    ApiPlanner planner;
    std::int64_t sanne = 0;
    for (const auto& c : store::children_of_group(planner.db(), "zonnebloem"))
        if (c.first_name == "Sanne") sanne = c.id;
    REQUIRE(sanne != 0);
    const Instant now{planner.now};
    const app::Change change{std::nullopt, now, demo_day};
    const auto saved =
        app::report_absence(planner.db(),
                            Absence{0, sanne, demo_day, demo_day, AbsenceReason::ill, std::nullopt,
                                    "Koorts 39,5 en oorpijn", std::nullopt, now},
                            change);
    REQUIRE(saved.id);
    const auto marco = logged_in(planner, "marco");
    const auto board = board_of(marco);
    CHECK(board.dump().find("Koorts") == std::string::npos);
    CHECK(board.dump().find("ziek") == std::string::npos);
    const auto day = app::children_of_day(planner.db(), "zonnebloem", demo_day);
    bool away = false;
    for (const auto& e : day)
        away = away ||
               (e.child.id == sanne && e.absence && e.absence->note == "Koorts 39,5 en oorpijn");
    CHECK(away);
    // Outside the placement: nothing written.
    const auto sunday = *Date::parse("2026-12-06");
    const auto refused = app::report_absence(
        planner.db(),
        Absence{0, sanne, sunday, sunday, AbsenceReason::ill, std::nullopt, "", std::nullopt, now},
        change);
    CHECK_FALSE(refused.id);
    REQUIRE(refused.problems.size() == 1);
    CHECK(refused.problems[0].message ==
          "Het kind komt in die periode niet; er is niets af te melden.");
}

TEST_CASE("Vandaag: a group leader reports a child absent or late, and withdraws it") {
    ApiPlanner planner;
    std::int64_t sem = 0;
    for (const auto& c : store::children_of_group(planner.db(), "zonnebloem"))
        if (c.first_name == "Sem") sem = c.id;
    const auto marco = logged_in(planner, "marco");
    const auto page = marco.get("/groep/zonnebloem");
    REQUIRE(page.result_int() == 200);
    CHECK(contains(page, "7 van 7 verwacht binnen")); // Bram is ill (the demo's absence)
    CHECK(contains(page, "Koorts, mama belde om 7:30"));
    const auto revision = planner.revision();
    const auto count = [&] {
        return app::children_of_day(planner.db(), "zonnebloem", demo_day).size();
    };
    const auto absences = [&] {
        std::size_t n = 0;
        for (const auto& e : app::children_of_day(planner.db(), "zonnebloem", demo_day))
            n += e.absence ? 1U : 0U;
        return n;
    };
    const auto before = absences();
    const auto kind = "&kind=" + std::to_string(sem);

    const auto late = post_form(marco, "/groep/zonnebloem/afwezig",
                                "op=afmelden" + kind + "&reden=later&van=2026-12-01");
    CHECK(late.result_int() == 422);
    CHECK(shows_error(late, "komt_om", "Vul in hoe laat het kind komt."));
    const auto sunday = post_form(marco, "/groep/zonnebloem/afwezig",
                                  "op=afmelden" + kind + "&reden=ziek&van=2026-12-06");
    CHECK(sunday.result_int() == 422);
    CHECK(
        shows_error(sunday, "van", "Het kind komt in die periode niet; er is niets af te melden."));
    const auto backwards =
        post_form(marco, "/groep/zonnebloem/afwezig",
                  "op=afmelden" + kind + "&reden=vakantie&van=2026-12-22&tot_en_met=2026-12-21");
    CHECK(shows_error(backwards, "tot_en_met", "De laatste dag ligt voor de eerste dag."));
    const auto nobody =
        post_form(marco, "/groep/zonnebloem/afwezig", "op=afmelden&reden=ziek&van=2026-12-01");
    CHECK(shows_error(nobody, "kind", "Kies een kind."));
    CHECK(absences() == before);
    CHECK(planner.revision() == revision);

    REQUIRE(post_form(marco, "/groep/zonnebloem/afwezig",
                      "op=afmelden" + kind + "&reden=later&van=2026-12-01&komt_om=10%3A30" +
                          "&toelichting=Tandarts")
                .result_int() == 303);
    CHECK(absences() == before + 1);
    CHECK(count() == 8);
    const auto after = marco.get("/groep/zonnebloem");
    CHECK(contains(after, "Komt om 10:30"));
    CHECK(contains(after, "7 van 7 verwacht binnen")); // coming later: still expected
    CHECK(board_of(marco).dump().find("Tandarts") == std::string::npos);

    std::int64_t id = 0;
    for (const auto& e : app::children_of_day(planner.db(), "zonnebloem", demo_day))
        if (e.child.id == sem && e.absence) id = e.absence->id;
    REQUIRE(id != 0);
    REQUIRE(post_form(marco, "/groep/zonnebloem/afwezig",
                      "op=intrekken" + kind + "&afmelding=" + std::to_string(id))
                .result_int() == 303);
    CHECK(absences() == before);
    CHECK(post_form(marco, "/groep/zonnebloem/afwezig",
                    "op=intrekken" + kind + "&afmelding=" + std::to_string(id))
              .result_int() == 404);
}

} // namespace dagritme::test
