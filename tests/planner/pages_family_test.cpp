// The family record's pages, in-process: the list and the record for the family's mentor and
// the coordinator, refusals (a group leader, a mentor of another family) with their audit
// entries, phase changes with their history, each class of bad input with its Dutch message
// next to its field and nothing written, goals and linking an anchorpoint to one.
#include "page_checks.hpp"
#include "store/audit.hpp"
#include "store/family_record.hpp"
#include "store/people.hpp"

#include <doctest/doctest.h>

#include <string>

namespace dagritme::test {
namespace {

// The demo's families: 1 Jansen (Sanne; phase 3 since 2026-09-14), 3 Smit (Sem; phase 1 since
// 2026-11-16), 6 Meijer (no mentor account: outside fatima's scope).
constexpr std::int64_t jansen = 1, smit = 3, meijer = 6;

FamilyRecord record(ApiPlanner& planner, std::int64_t id) {
    auto r = store::load_family_record(planner.db(), id);
    REQUIRE(r);
    return *r;
}

bool refused_for(ApiPlanner& planner, std::int64_t family, const std::string& account) {
    for (const auto& e : store::audit_of_family(planner.db(), family))
        if (e.account == account && e.outcome == AuditOutcome::refused) return true;
    return false;
}

std::int64_t child_named(ApiPlanner& planner, const std::string& name) {
    for (const auto& c : store::children_of_group(planner.db(), "zonnebloem"))
        if (c.first_name == name) return c.id;
    FAIL("no child " << name);
    return 0;
}

} // namespace

TEST_CASE("the family's mentor and the coordinator read the record; the list is theirs") {
    ApiPlanner planner;
    for (const char* who : {"fatima", "cor"}) {
        CAPTURE(who);
        const auto client = logged_in(planner, who);
        const auto res = client.get("/gezin/1");
        REQUIRE(res.result_int() == 200);
        CHECK(contains(res, "<h1>Familie Jansen</h1>"));
        CHECK(contains(res, "Petra Jansen"));
        CHECK(contains(res, "Sanne"));
        CHECK(contains(res, "Jeugdzorg regio Utrecht"));
        CHECK(contains(res, "Fase 3 Metapositie en werkvloer sinds 14 september 2026"));
        CHECK(contains(res, "href=\"/gezin/1/werkboek\""));
        CHECK(contains(res, ">Gezinnen</a>"));
        const auto log = store::audit_of_family(planner.db(), jansen);
        REQUIRE_FALSE(log.empty());
        CHECK(log.front().account == who);
        CHECK(log.front().action == AuditAction::read);
        CHECK(log.front().what == "gezinsdossier");
        CHECK(log.front().outcome == AuditOutcome::allowed);
    }
    const auto fatima = logged_in(planner, "fatima");
    const auto cor = logged_in(planner, "cor");
    // Only the coordinator sees the audit link and chooses the mentor.
    CHECK_FALSE(contains(fatima.get("/gezin/1"), "/gezin/1/inzage"));
    CHECK(contains(cor.get("/gezin/1"), "href=\"/gezin/1/inzage\""));
    CHECK_FALSE(contains(fatima.get("/gezin/1"), "Mentor instellen"));
    CHECK(contains(cor.get("/gezin/1"), "Mentor instellen"));

    const auto mine = fatima.get("/gezin");
    REQUIRE(mine.result_int() == 200);
    CHECK(contains(mine, "Familie El Idrissi"));
    CHECK_FALSE(contains(mine, "Familie Meijer"));
    const auto all = cor.get("/gezin");
    CHECK(contains(all, "Familie Meijer"));
    CHECK(contains(all, "Fase 5 Afbouwen en afronden"));
}

TEST_CASE("a group leader and a mentor of another family are refused, and that is logged") {
    ApiPlanner planner;
    const auto marco = logged_in(planner, "marco");
    CHECK(marco.get("/gezin/1").result_int() == 403);
    CHECK(refused_for(planner, jansen, "marco"));
    const auto list = marco.get("/gezin");
    CHECK(list.result_int() == 403);
    CHECK_FALSE(contains(list, "Familie"));
    bool list_refused = false;
    for (const auto& e :
         store::audit_of_account(planner.db(), store::find_account(planner.db(), "marco")->id))
        list_refused = list_refused || (e.what == "gezinnen" && e.outcome == AuditOutcome::refused);
    CHECK(list_refused);
    CHECK(post_form(marco, "/gezin/1/fase", "fase=4&datum=2026-11-30").result_int() == 403);

    const auto fatima = logged_in(planner, "fatima");
    const auto other = fatima.get("/gezin/6");
    CHECK(other.result_int() == 403);
    CHECK_FALSE(contains(other, "Kim"));
    CHECK(refused_for(planner, meijer, "fatima"));
    CHECK(fatima.get("/gezin/99").result_int() == 404);
    CHECK(fatima.get("/gezin/abc").result_int() == 404);
    // The workbook is its own route, behind the same check.
    CHECK(fatima.get("/gezin/1/werkboek").result_int() == 200);
    // Only the coordinator chooses the mentor; a mentor's attempt is refused and logged.
    CHECK(post_form(fatima, "/gezin/1/mentor", "account=").result_int() == 403);
    CHECK(record(planner, jansen).mentor_account_name == "fatima");
}

TEST_CASE("a phase change is kept with who set it, when; a jump is refused and writes nothing") {
    ApiPlanner planner;
    const auto fatima = logged_in(planner, "fatima");
    const auto count_phases = [&] { return record(planner, smit).phases.size(); };
    REQUIRE(count_phases() == 1);
    CHECK_FALSE(record(planner, smit).last_changed_at);

    SUBCASE("skipping a phase") {
        const auto res = post_form(fatima, "/gezin/3/fase", "fase=3&datum=2026-11-30");
        CHECK(res.result_int() == 422);
        CHECK(shows_error(res, "fase",
                          "Een fase overslaan kan niet: na fase 1 Kennismaking komt fase 2 Het "
                          "Ouderschapsgesprek."));
        CHECK(contains(res, "Er is niets opgeslagen."));
    }
    SUBCASE("back to an earlier phase, or the same") {
        CHECK(shows_error(post_form(fatima, "/gezin/1/fase", "fase=2&datum=2026-11-30"), "fase",
                          "Van fase 3 Metapositie en werkvloer gaat het gezin naar fase 4 "
                          "Ouderschapsgesprek opnieuw."));
        CHECK(shows_error(post_form(fatima, "/gezin/3/fase", "fase=1&datum=2026-11-30"), "fase",
                          "Het gezin is al in fase 1 Kennismaking."));
        CHECK(shows_error(post_form(fatima, "/gezin/3/fase", "fase=8&datum=2026-11-30"), "fase",
                          "Deze fase bestaat niet."));
    }
    SUBCASE("a date before the current phase, in the future, or no date") {
        CHECK(shows_error(post_form(fatima, "/gezin/3/fase", "fase=2&datum=2026-11-15"), "datum",
                          "Deze datum ligt voor het begin van fase 1 Kennismaking (16 november "
                          "2026)."));
        CHECK(shows_error(post_form(fatima, "/gezin/3/fase", "fase=2&datum=2026-12-02"), "datum",
                          "Deze datum ligt in de toekomst; kies vandaag of een eerdere dag."));
        CHECK(shows_error(post_form(fatima, "/gezin/3/fase", "fase=2&datum=gisteren"), "datum",
                          "Vul een bestaande datum in als 2026-12-01."));
        CHECK(shows_error(post_form(fatima, "/gezin/3/fase", "fase=2&datum="), "datum",
                          "Vul een datum in."));
    }
    SUBCASE("the next phase is kept, and shown with its history") {
        const auto res =
            post_form(fatima, "/gezin/3/fase", "fase=2&datum=2026-11-30&notitie=Gesprek+gepland");
        REQUIRE(res.result_int() == 303);
        CHECK(std::string(res[api_http::field::location]) == "/gezin/3?klaar=fase");
        const auto r = record(planner, smit);
        REQUIRE(r.phases.size() == 2);
        CHECK(r.phases.back().changed_by_name == "fatima");
        CHECK(r.phases.back().changed_at == Instant{planner.now});
        CHECK(r.phases.back().note == "Gesprek gepland");
        CHECK(r.last_changed_at == Instant{planner.now});
        const auto page = fatima.get("/gezin/3?klaar=fase");
        CHECK(contains(page, "De fase is gewijzigd."));
        CHECK(contains(page,
                       "Fase 2 Het Ouderschapsgesprek sinds 30 november 2026, gezet door fatima"));
        CHECK(contains(page, "Fase 1 Kennismaking sinds 16 november 2026"));
        CHECK(contains(page, "Gesprek gepland"));
        const auto log = store::audit_of_family(planner.db(), smit);
        bool logged = false;
        for (const auto& e : log)
            logged = logged || (e.what == "fase" && e.action == AuditAction::update &&
                                e.outcome == AuditOutcome::allowed);
        CHECK(logged);
        return;
    }
    CHECK(count_phases() == 1);
    CHECK_FALSE(record(planner, smit).last_changed_at);
}

TEST_CASE("the record's dates and notes, and a parent's contact details") {
    ApiPlanner planner;
    const auto fatima = logged_in(planner, "fatima");
    const auto parent = record(planner, jansen).parents.at(0).parent.id;
    const auto parent_path = "/gezin/1/ouder/" + std::to_string(parent);

    SUBCASE("good values are kept") {
        CHECK(post_form(fatima, "/gezin/1/dossier",
                        "hulpverleningsplan=2026-10-01&gesprek_fase2=2026-10-15&gesprek_fase4=&"
                        "notities=Eerste+regel%0ATweede+regel")
                  .result_int() == 303);
        CHECK(post_form(fatima, parent_path,
                        "telefoon=06+1234+5678&email=petra%40voorbeeld.nl&adres=Dorpsstraat+1&"
                        "gezag=ja&gezag_notitie=")
                  .result_int() == 303);
        const auto r = record(planner, jansen);
        CHECK(r.fields.help_plan == Date::parse("2026-10-01"));
        CHECK_FALSE(r.fields.interview_phase4);
        CHECK(r.fields.notes == "Eerste regel\nTweede regel");
        CHECK(r.parents.at(0).contact.email == "petra@voorbeeld.nl");
        CHECK(r.parents.at(0).contact.custody == true);
        const auto page = fatima.get("/gezin/1");
        CHECK(contains(page, "1 oktober 2026"));
        CHECK(contains(page, "petra@voorbeeld.nl"));
        CHECK(r.last_changed_at == Instant{planner.now});
        return;
    }
    SUBCASE("bad dates") {
        const auto res = post_form(fatima, "/gezin/1/dossier",
                                   "hulpverleningsplan=1-10-2026&gesprek_fase2=2026-10-15&"
                                   "gesprek_fase4=2026-10-01&notities=");
        CHECK(res.result_int() == 422);
        CHECK(shows_error(res, "hulpverleningsplan", "Vul een bestaande datum in als 2026-12-01."));
        const auto order = post_form(fatima, "/gezin/1/dossier",
                                     "gesprek_fase2=2026-10-15&gesprek_fase4=2026-10-01");
        CHECK(order.result_int() == 422);
        CHECK(shows_error(order, "gesprek_fase4",
                          "Het tweede Ouderschapsgesprek kan niet voor het eerste zijn."));
    }
    SUBCASE("notes too long") {
        const auto res =
            post_form(fatima, "/gezin/1/dossier", "notities=" + std::string(4001, 'a'));
        CHECK(res.result_int() == 422);
        CHECK(shows_error(res, "notities", "Deze notities zijn te lang (hoogstens 4000 tekens)."));
    }
    SUBCASE("a bad e-mail address, phone number or custody") {
        const auto email = post_form(fatima, parent_path, "email=petra%40thuis&telefoon=");
        CHECK(email.result_int() == 422);
        CHECK(shows_error(email, "email", "Vul een e-mailadres in als naam@voorbeeld.nl."));
        const auto phone = post_form(fatima, parent_path, "telefoon=bel+maar");
        CHECK(shows_error(phone, "telefoon",
                          "Vul een telefoonnummer in met cijfers, zoals 06 1234 5678."));
        const auto custody = post_form(fatima, parent_path, "gezag=soms");
        CHECK(shows_error(custody, "gezag", "Kies ja, nee of niet bekend."));
        CHECK(post_form(fatima, "/gezin/1/ouder/9999", "telefoon=").result_int() == 404);
    }
    const auto r = record(planner, jansen);
    CHECK_FALSE(r.fields.help_plan);
    CHECK(r.fields.notes.empty());
    CHECK(r.parents.at(0).contact.email.empty());
    CHECK(r.parents.at(0).contact.phone.empty());
    CHECK_FALSE(r.last_changed_at);
}

TEST_CASE("goals: chosen for the parent or a child, and an anchorpoint linked to one per month") {
    ApiPlanner planner;
    const auto fatima = logged_in(planner, "fatima");
    const auto sanne = child_named(planner, "Sanne");
    const auto sem = child_named(planner, "Sem"); // of another family

    CHECK(shows_error(
        post_form(fatima, "/gezin/1/doelen",
                  "op=kiezen&doel=ouder.I.1&voor=" + std::to_string(sanne) + "&datum=2026-11-20"),
        "voor", "Dit is een doel voor de ouder; kies bij Voor: de ouder(s)."));
    CHECK(shows_error(post_form(fatima, "/gezin/1/doelen",
                                "op=kiezen&doel=kind.IX.1&voor=ouder&datum=2026-11-20"),
                      "doel", "Dit doel staat niet in de lijst van doelen."));
    CHECK(shows_error(
        post_form(fatima, "/gezin/1/doelen",
                  "op=kiezen&doel=kind.II.5&voor=" + std::to_string(sem) + "&datum=2026-11-20"),
        "voor", "Dit kind hoort niet bij dit gezin."));
    CHECK(shows_error(
        post_form(fatima, "/gezin/1/doelen",
                  "op=kiezen&doel=kind.II.5&voor=" + std::to_string(sanne) + "&datum=2026-12-05"),
        "datum", "Deze datum ligt in de toekomst; kies vandaag of een eerdere dag."));
    CHECK(record(planner, jansen).goals.empty());

    REQUIRE(
        post_form(fatima, "/gezin/1/doelen",
                  "op=kiezen&doel=kind.II.5&voor=" + std::to_string(sanne) + "&datum=2026-11-20")
            .result_int() == 303);
    REQUIRE(
        post_form(fatima, "/gezin/1/doelen", "op=kiezen&doel=ouder.I.1&voor=ouder&datum=2026-11-20")
            .result_int() == 303);
    CHECK(shows_error(post_form(fatima, "/gezin/1/doelen",
                                "op=kiezen&doel=ouder.I.1&voor=ouder&datum=2026-11-21"),
                      "doel", "Aan dit doel wordt al gewerkt."));
    const auto goals = record(planner, jansen).goals;
    REQUIRE(goals.size() == 2);
    const auto child_goal = goals.at(0).code == "kind.II.5" ? goals.at(0).id : goals.at(1).id;
    const auto parent_goal = goals.at(0).code == "ouder.I.1" ? goals.at(0).id : goals.at(1).id;
    bool created = false;
    for (const auto& e : store::audit_of_family(planner.db(), jansen))
        created = created || (e.action == AuditAction::create && e.what == "doelen");
    CHECK(created);

    // Marco logs an anchorpoint of Sanne on the floor; her mentor links it to her goal.
    const auto marco = logged_in(planner, "marco");
    REQUIRE(post_form(marco, "/groep/zonnebloem/ankerpunt",
                      "sleutel=k1&kind=" + std::to_string(sanne) +
                          "&emotie=anger&aanpak=named&tijd=09%3A30&einde=calmed")
                .result_int() == 303);
    auto page = fatima.get("/gezin/1");
    CHECK(contains(page, "Nog geen ankerpunten of limits bij dit doel."));
    CHECK(contains(page, "name=\"soort\" value=\"ankerpunt\""));
    auto st = planner.db().prepare("SELECT id FROM anchorpoint");
    REQUIRE(st.step());
    const auto entry = st.int64(0);

    const auto link = "soort=ankerpunt&id=" + std::to_string(entry) + "&doel=";
    const auto wrong = post_form(fatima, "/gezin/1/koppelen", link + std::to_string(parent_goal));
    CHECK(wrong.result_int() == 422);
    CHECK(shows_error(wrong, "doel", "Dit doel is niet gekozen voor dit kind."));
    CHECK(post_form(fatima, "/gezin/3/koppelen", link + std::to_string(child_goal)).result_int() ==
          404); // Sanne is not of family 3
    REQUIRE(
        post_form(fatima, "/gezin/1/koppelen", link + std::to_string(child_goal)).result_int() ==
        303);
    page = fatima.get("/gezin/1");
    CHECK(contains(page, "dec 2026"));
    CHECK(contains(page, "<td>1</td><td>0</td>"));
    CHECK(contains(page, "dec 2026: 1 ankerpunt, 0 limits overschreden"));

    // Ending the goal keeps its history on the page.
    CHECK(shows_error(
        post_form(fatima, "/gezin/1/doelen",
                  "op=beeindigen&doel_id=" + std::to_string(child_goal) + "&einddatum=2026-11-01"),
        "einddatum", "Deze datum ligt voor de dag waarop het doel werd gekozen."));
    REQUIRE(
        post_form(fatima, "/gezin/1/doelen",
                  "op=beeindigen&doel_id=" + std::to_string(child_goal) + "&einddatum=2026-12-01")
            .result_int() == 303);
    CHECK(contains(fatima.get("/gezin/1"), "klaar op 1 december 2026"));
}

TEST_CASE("the coordinator chooses a family's mentor from the mentor accounts") {
    ApiPlanner planner;
    const auto cor = logged_in(planner, "cor");
    const auto fatima_id = store::find_account(planner.db(), "fatima")->id;
    const auto marco_id = store::find_account(planner.db(), "marco")->id;
    const auto not_mentor =
        post_form(cor, "/gezin/6/mentor", "account=" + std::to_string(marco_id));
    CHECK(not_mentor.result_int() == 422);
    CHECK(shows_error(not_mentor, "account", "Dit account is geen mentor."));
    CHECK_FALSE(record(planner, meijer).mentor_account);
    REQUIRE(
        post_form(cor, "/gezin/6/mentor", "account=" + std::to_string(fatima_id)).result_int() ==
        303);
    CHECK(record(planner, meijer).mentor_account == fatima_id);
    CHECK(logged_in(planner, "fatima").get("/gezin/6").result_int() == 200);
}

} // namespace dagritme::test
