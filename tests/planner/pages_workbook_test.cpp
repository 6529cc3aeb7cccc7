// The parents' workbook's pages, in-process: planning an appointment and marking it happened
// (the month overview shows "gepland", then "gepland" and "gebeurd"), a report written, read back
// and edited, every class of bad input with its Dutch message next to the field and nothing
// written, the scope check with its audit entries (the family's mentor in, a group leader and
// another family's mentor out), and the print views logged as printed.
#include "app/sessions.hpp"
#include "app/workbook.hpp"
#include "page_checks.hpp"
#include "store/accounts.hpp"
#include "store/audit.hpp"
#include "store/family_record.hpp"
#include "store/sessions.hpp"
#include "store/workbook.hpp"

#include <doctest/doctest.h>

#include <string>

namespace dagritme::test {
namespace {

constexpr std::int64_t jansen = 1; // the demo's Familie Jansen: Sanne

struct WorkbookPages {
    ApiPlanner planner;

    std::int64_t count(const char* table) {
        auto st = planner.db().prepare(std::string("SELECT count(*) FROM ") + table);
        REQUIRE(st.step());
        return st.int64(0);
    }
    // Familie Jansen's appointments (the demo seeds some of another family's).
    std::int64_t appointments_of_jansen() {
        auto st =
            planner.db().prepare("SELECT count(*) FROM workbook_appointment WHERE family_id = " +
                                 std::to_string(jansen));
        REQUIRE(st.step());
        return st.int64(0);
    }
    // An appointment written straight into the store (for another family, or in the future).
    std::int64_t appointment(std::int64_t family, const char* date) {
        WorkbookAppointment a;
        a.family_id = family;
        a.type = WorkbookActivity::parent_talk;
        a.date = *Date::parse(date);
        a.planned_at = Instant{planner.now};
        return store::add_appointment(planner.db(), a);
    }
};

const std::string yes = "<td><span class=\"vinkje\" aria-hidden=\"true\">✓</span><span "
                        "class=\"verborgen\">ja</span></td>";
const std::string no = "<td><span class=\"verborgen\">nee</span></td>";

// The cells of the first overview table's row of `date` (Oudergesprek, Video,
// Opvoedingssituaties; each gepland, gebeurd).
std::string row_of(const std::string& html, const std::string& date) {
    const auto at = html.find("<tr><th scope=\"row\">" + date + "</th>");
    REQUIRE(at != std::string::npos);
    const auto cells = html.find("<td>", at);
    return html.substr(cells, html.find("</tr>", at) - cells);
}

} // namespace

TEST_CASE(
    "an appointment planned, then marked happened: the overview ticks gepland, then gebeurd") {
    WorkbookPages wb;
    const auto cor = logged_in(wb.planner, "cor");
    const auto revision = wb.planner.revision();
    const auto page = cor.get("/gezin/1/werkboek");
    REQUIRE(page.result_int() == 200);
    CHECK(contains(page.body(), "Werkboek december 2026"));
    CHECK(contains(page.body(), "Familie Jansen"));
    CHECK(contains(page.body(), "(Sanne)"));
    // Only today's Zingen op schoot so far: its Muziek column is in the form's second table.
    CHECK(row_of(page.body(), "dinsdag 1 december") == no + no + no + no + no + no);
    CHECK(contains(page.body(), "Oppas komt, kind huilt als u weggaat"));
    const auto key = hidden_value(page.body(), "sleutel");

    const auto form = "soort=oudergesprek&datum=2026-12-01&tijd=14%3A00&sleutel=" + key;
    const auto planned = post_form(cor, "/gezin/1/werkboek/afspraak", form);
    REQUIRE(planned.result_int() == 303);
    CHECK(location(planned) == "/gezin/1/werkboek?maand=2026-12&klaar=gepland");
    const auto again = post_form(cor, "/gezin/1/werkboek/afspraak", form); // a double tap
    CHECK(again.result_int() == 303);
    CHECK(wb.appointments_of_jansen() == 1);

    const auto after_plan = cor.get(location(planned));
    REQUIRE(after_plan.result_int() == 200);
    CHECK(contains(after_plan.body(), "De afspraak is gepland."));
    CHECK(row_of(after_plan.body(), "dinsdag 1 december") == yes + no + no + no + no + no);
    CHECK(contains(after_plan.body(), "dinsdag 1 december 2026, 14:00"));

    const auto id = std::to_string(store::appointments_of_family(wb.planner.db(), jansen,
                                                                 *Date::parse("2026-12-01"),
                                                                 *Date::parse("2026-12-31"))
                                       .at(0)
                                       .id);
    const auto marked = post_form(cor, "/gezin/1/werkboek/afspraak/" + id + "/gebeurd", "");
    REQUIRE(marked.result_int() == 303);
    const auto after_mark = cor.get("/gezin/1/werkboek?maand=2026-12");
    CHECK(row_of(after_mark.body(), "dinsdag 1 december") == yes + yes + no + no + no + no);
    CHECK(wb.planner.revision() == revision); // the workbook never reaches a board

    const auto log = store::audit_of_family(wb.planner.db(), jansen);
    REQUIRE(log.size() >= 4);
    CHECK(log[0].action == AuditAction::read);
    CHECK(log[0].what == "werkboek 2026-12");
    CHECK(log[1].action == AuditAction::update);
    CHECK(log[1].what == "werkboek afspraak " + id);
    CHECK(log[1].account == "cor");
    CHECK(log[1].outcome == AuditOutcome::allowed);
}

TEST_CASE("another month: navigation, and an appointment shows in its own month only") {
    WorkbookPages wb;
    const auto cor = logged_in(wb.planner, "cor");
    wb.appointment(jansen, "2027-01-12");
    const auto december = cor.get("/gezin/1/werkboek");
    CHECK(contains(december.body(), "href=\"/gezin/1/werkboek?maand=2027-01\""));
    CHECK(contains(december.body(), "href=\"/gezin/1/werkboek?maand=2026-11\""));
    CHECK_FALSE(contains(december.body(), "dinsdag 12 januari"));
    const auto january = cor.get("/gezin/1/werkboek?maand=2027-01");
    REQUIRE(january.result_int() == 200);
    CHECK(row_of(january.body(), "dinsdag 12 januari") == yes + no + no + no + no + no);
    CHECK(cor.get("/gezin/1/werkboek?maand=2027-13").result_int() == 404);
    CHECK(cor.get("/gezin/999/werkboek").result_int() == 404);
    CHECK(cor.get("/gezin/abc/werkboek").result_int() == 404);
}

TEST_CASE("a report written with the parent, read back, its next appointment planned, edited") {
    WorkbookPages wb;
    const auto cor = logged_in(wb.planner, "cor");
    const auto form = cor.get("/gezin/1/werkboek/verslag/nieuw");
    REQUIRE(form.result_int() == 200);
    CHECK(contains(form.body(), "Wie waren erbij?"));
    CHECK(contains(form.body(), "Wat is er besproken?"));
    CHECK(contains(form.body(), "Voornemens"));
    CHECK(contains(form.body(), "Datum volgende afspraak"));
    const auto body = "datum=2026-12-01&wie=Petra+%28mama%29+en+Ilse&besproken=Het+slapen+gaan"
                      "%0Aen+de+knuffel&voornemens=Elke+avond+hetzelfde+liedje&volgende=2026-12-"
                      "15&volgende_soort=video&sleutel=" +
                      hidden_value(form.body(), "sleutel");
    const auto saved = post_form(cor, "/gezin/1/werkboek/verslag/nieuw", body);
    REQUIRE(saved.result_int() == 303);
    CHECK(location(saved).starts_with("/gezin/1/werkboek/verslag/"));
    CHECK(location(saved).ends_with("?opgeslagen=1"));
    CHECK(post_form(cor, "/gezin/1/werkboek/verslag/nieuw", body).result_int() == 303);
    CHECK(wb.count("workbook_report") == 1);
    const auto next = store::appointments_of_family(
        wb.planner.db(), jansen, *Date::parse("2026-12-01"), *Date::parse("2026-12-31"));
    REQUIRE(next.size() == 1);
    CHECK(next[0].date == *Date::parse("2026-12-15"));
    CHECK(next[0].type == WorkbookActivity::video);
    CHECK_FALSE(next[0].happened);

    const auto read = cor.get(location(saved));
    REQUIRE(read.result_int() == 200);
    CHECK(contains(read.body(), "Het verslag is opgeslagen."));
    CHECK(contains(read.body(), "<dt>Wie waren erbij?</dt><dd>Petra (mama) en Ilse</dd>"));
    CHECK(contains(read.body(), "<dd>Het slapen gaan\nen de knuffel</dd>"));
    CHECK(contains(read.body(), "<dd>Elke avond hetzelfde liedje</dd>"));
    CHECK(contains(read.body(), "<dd>dinsdag 15 december 2026</dd>"));

    const auto path = location(saved).substr(0, location(saved).find('?'));
    const auto edited =
        post_form(cor, path,
                  "datum=2026-12-01&wie=Petra+%28mama%29+en+Ilse&besproken=Het+slapen+gaan"
                  "&voornemens=Elke+avond+hetzelfde+liedje&volgende=2026-12-15");
    REQUIRE(edited.result_int() == 303);
    const auto id = std::stoll(path.substr(path.rfind('/') + 1));
    CHECK(store::report_versions(wb.planner.db(), id) == 1);
    // The text the edit replaced is on the report's page, with who replaced it.
    const auto history = cor.get(path);
    CHECK(contains(history, "Eerdere versies (1)"));
    CHECK(contains(history, "(aangepast door cor):</p><dl class=\"verslag\">"));
    CHECK(contains(history, "<dd>Het slapen gaan\nen de knuffel</dd>"));
    CHECK(store::load_report(wb.planner.db(), id)->discussed == "Het slapen gaan");
    CHECK(wb.appointments_of_jansen() == 1); // an edit plans nothing

    const auto month = cor.get("/gezin/1/werkboek");
    CHECK(contains(month.body(), "Verslag van dinsdag 1 december 2026"));
}

TEST_CASE("each bad workbook form says what is wrong next to the field and writes nothing") {
    WorkbookPages wb;
    const auto cor = logged_in(wb.planner, "cor");
    const auto other = wb.appointment(2, "2026-11-20"); // Familie de Vries
    const auto later = wb.appointment(jansen, "2026-12-05");
    const auto before = wb.appointments_of_jansen();
    struct Case {
        std::string path, body, field, message;
    };
    const std::string report = "/gezin/1/werkboek/verslag/nieuw";
    const std::string plan = "/gezin/1/werkboek/afspraak";
    const std::string ok_report = "datum=2026-12-01&wie=Petra&besproken=Slapen&sleutel=k1";
    const Case cases[] = {
        {plan, "datum=2026-12-03&sleutel=k2", "soort", "Kies er een."},
        {plan, "soort=zwemmen&datum=2026-12-03&sleutel=k2", "soort", "Deze keuze bestaat niet."},
        {plan, "soort=video&datum=2026-02-30&sleutel=k2", "datum",
         "Vul een bestaande datum in als 2026-12-01."},
        {plan, "soort=video&datum=2062-12-03&sleutel=k2", "datum",
         "Deze datum ligt te ver weg. Kies een datum binnen een jaar van vandaag."},
        {plan, "soort=video&datum=2026-12-03&tijd=25%3A00&sleutel=k2", "tijd",
         "Vul een tijd in als 09:30."},
        {plan, "soort=video&datum=2026-12-03&sleutel=k2&notitie=" + std::string(301, 'x'),
         "notitie", "Maximaal 300 tekens (nu 301)."},
        {report, "datum=2026-12-01&besproken=Slapen&sleutel=k1", "wie",
         "Schrijf op wie erbij waren."},
        {report, "datum=2026-12-01&wie=Petra&besproken=+&sleutel=k1", "besproken",
         "Schrijf op wat er besproken is."},
        {report, "datum=2026-12-02&wie=Petra&besproken=Slapen&sleutel=k1", "datum",
         "Dit is nog niet gebeurd. Kies vandaag of een eerdere datum."},
        {report, ok_report + "&volgende=2026-11-30", "volgende",
         "De volgende afspraak kan niet eerder zijn dan de datum van dit verslag."},
        {report, ok_report + "&volgende_soort=video", "volgende",
         "Vul de datum van de volgende afspraak in, of kies ‘Nee, niet plannen’."},
        {report, ok_report + "&voornemens=" + std::string(4001, 'x'), "voornemens",
         "Maximaal 4000 tekens (nu 4001)."},
        {report, ok_report + "&afspraak=" + std::to_string(other), "afspraak",
         "Deze afspraak staat niet in het werkboek van dit gezin."},
        {"/gezin/1/werkboek/afspraak/" + std::to_string(later) + "/gebeurd", "",
         "afspraak-" + std::to_string(later),
         "Deze afspraak is nog niet geweest. Vink hem aan op de dag zelf of later."},
        {"/gezin/1/werkboek/situatie", "nummer=3&op=aan&datum=2026-12-04", "situatie-3",
         "Dit is nog niet gebeurd. Kies vandaag of een eerdere datum."},
        {"/gezin/1/werkboek/situatie", "nummer=3&op=aan&datum=gisteren", "situatie-3",
         "Vul een bestaande datum in als 2026-12-01."},
    };
    for (const auto& c : cases) {
        CAPTURE(c.body.substr(0, 80));
        const auto res = post_form(cor, c.path, c.body);
        CHECK(res.result_int() == 422);
        CHECK_MESSAGE(shows_error(res.body(), c.field, c.message), res.body().substr(0, 4000));
        CHECK(wb.appointments_of_jansen() == before);
        CHECK(wb.count("workbook_report") == 0);
        CHECK(wb.count("parenting_situation_discussed") == 0);
        CHECK(wb.count("workbook_submission") == 0);
    }
    CHECK_FALSE(store::load_appointment(wb.planner.db(), later)->happened);
    // Another family's appointment through this family's path is not found; nothing changes.
    CHECK(post_form(cor, "/gezin/1/werkboek/afspraak/" + std::to_string(other) + "/gebeurd", "")
              .result_int() == 404);
    CHECK_FALSE(store::load_appointment(wb.planner.db(), other)->happened);
}

TEST_CASE("parenting situations: ticked with the date discussed, and the tick taken away") {
    WorkbookPages wb;
    const auto cor = logged_in(wb.planner, "cor");
    const auto ticked = post_form(cor, "/gezin/1/werkboek/situatie",
                                  "nummer=12&op=aan&datum=2026-11-27&maand=2026-12");
    REQUIRE(ticked.result_int() == 303);
    const auto page = cor.get("/gezin/1/werkboek");
    CHECK(contains(page.body(), "Wil niet gaan slapen</span> <span class=\"situatie-status\">✓ "
                                "besproken op vrijdag 27 november 2026"));
    REQUIRE(wb.count("parenting_situation_discussed") == 1);
    CHECK(post_form(cor, "/gezin/1/werkboek/situatie", "nummer=12&op=uit").result_int() == 303);
    CHECK(wb.count("parenting_situation_discussed") == 0);
    CHECK(post_form(cor, "/gezin/1/werkboek/situatie", "nummer=21&op=aan&datum=2026-11-27")
              .result_int() == 404);
}

TEST_CASE("a group leader may not open a family's workbook: 403, and the refusal is logged") {
    WorkbookPages wb;
    const auto marco = logged_in(wb.planner, "marco");
    const auto res = marco.get("/gezin/1/werkboek");
    CHECK(res.result_int() == 403);
    CHECK(contains(res.body(), "Deze poging is vastgelegd."));
    CHECK_FALSE(contains(res.body(), "Familie Jansen"));
    const auto plan =
        post_form(marco, "/gezin/1/werkboek/afspraak", "soort=video&datum=2026-12-03&sleutel=k9");
    CHECK(plan.result_int() == 403);
    CHECK(wb.appointments_of_jansen() == 0);
    CHECK(marco.get("/gezin/1/werkboek/verslag/nieuw").result_int() == 403);
    CHECK(marco.get("/gezin/1/werkboek/afdrukken?maand=2026-12").result_int() == 403);

    const auto log = store::audit_of_family(wb.planner.db(), jansen);
    REQUIRE(log.size() == 4);
    for (const auto& entry : log) {
        CHECK(entry.account == "marco");
        CHECK(entry.outcome == AuditOutcome::refused);
    }
    CHECK(log[3].action == AuditAction::read);
    CHECK(log[3].what == "werkboek 2026-12");
    CHECK(log[2].action == AuditAction::create);
    CHECK(log[0].action == AuditAction::print);
}

TEST_CASE("the print views are logged as printed and carry the family and the child") {
    WorkbookPages wb;
    const auto cor = logged_in(wb.planner, "cor");
    wb.appointment(jansen, "2026-12-01");
    const auto month = cor.get("/gezin/1/werkboek/afdrukken?maand=2026-12");
    REQUIRE(month.result_int() == 200);
    CHECK(contains(month.body(), "Werkboek: overzicht activiteiten december 2026"));
    CHECK(contains(month.body(), "Familie Jansen"));
    CHECK(contains(month.body(), "Sanne"));
    CHECK(contains(month.body(), "<strong>gepland</strong> = de afspraak is gemaakt."));
    auto log = store::audit_of_family(wb.planner.db(), jansen);
    REQUIRE_FALSE(log.empty());
    CHECK(log[0].action == AuditAction::print);
    CHECK(log[0].what == "werkboek 2026-12 afgedrukt");

    WorkbookReport r;
    r.family_id = jansen;
    r.date = *Date::parse("2026-11-24");
    r.who_present = "Petra";
    r.discussed = "De ochtend";
    r.author = 1;
    const auto id = store::add_report(wb.planner.db(), r);
    const auto report = cor.get("/gezin/1/werkboek/verslag/" + std::to_string(id) + "/afdrukken");
    REQUIRE(report.result_int() == 200);
    CHECK(contains(report.body(), "<h2>Wie waren erbij?</h2><p class=\"antwoord\">Petra</p>"));
    CHECK(contains(report.body(), "dinsdag 24 november 2026"));
    log = store::audit_of_family(wb.planner.db(), jansen);
    CHECK(log[0].action == AuditAction::print);
    CHECK(log[0].what == "werkboek verslag " + std::to_string(id) + " afgedrukt");
    // A report of family 1 is not found under family 2.
    CHECK(cor.get("/gezin/2/werkboek/verslag/" + std::to_string(id)).result_int() == 404);
}

} // namespace dagritme::test

namespace dagritme::test {

TEST_CASE("the family's mentor keeps its workbook; another family's stays closed to her") {
    WorkbookPages wb; // fatima is the mentor account of the demo's families 1 to 5, not of 6
    const auto fatima = logged_in(wb.planner, "fatima");
    const auto page = fatima.get("/gezin/1/werkboek");
    REQUIRE(page.result_int() == 200);
    const auto planned =
        post_form(fatima, "/gezin/1/werkboek/afspraak",
                  "soort=muziek&datum=2026-12-01&sleutel=" + hidden_value(page.body(), "sleutel"));
    CHECK(planned.result_int() == 303);
    CHECK(wb.appointments_of_jansen() == 1);
    const auto own = store::audit_of_family(wb.planner.db(), jansen);
    REQUIRE(own.size() == 2);
    CHECK(own[0].account == "fatima");
    CHECK(own[0].action == AuditAction::create);
    CHECK(own[0].outcome == AuditOutcome::allowed);

    CHECK(fatima.get("/gezin/6/werkboek").result_int() == 403);
    const auto other = store::audit_of_family(wb.planner.db(), 6);
    REQUIRE(other.size() == 1);
    CHECK(other[0].account == "fatima");
    CHECK(other[0].what == "werkboek 2026-12");
    CHECK(other[0].outcome == AuditOutcome::refused);
}

} // namespace dagritme::test

namespace dagritme::test {

TEST_CASE("a parent-child session counts in the workbook: invited is planned, who came happened") {
    WorkbookPages wb;
    auto& db = wb.planner.db();
    const auto series = store::series_of_family(db, jansen);
    REQUIRE_FALSE(series.empty()); // the demo invites the Jansens to Zingen op schoot
    const auto month = Month::of(demo_day);
    const auto music = column_of(WorkbookActivity::music);
    const auto cell_today = [&] {
        const auto wm = app::workbook_month(db, jansen, month);
        REQUIRE(wm);
        for (const auto& row : wm->overview.rows)
            if (row.date == demo_day) return row.cells.at(music);
        FAIL("no row for the demo day");
        return OverviewCell{};
    };
    CHECK(cell_today().planned);
    CHECK_FALSE(cell_today().happened);

    const auto record = store::load_family_record(db, jansen);
    REQUIRE(record);
    REQUIRE_FALSE(record->parents.empty());
    const auto fatima = store::find_account(db, "fatima");
    REQUIRE(fatima);
    REQUIRE_FALSE(app::record_visits(db, series.front().id, demo_day,
                                     {record->parents.front().parent.id}, demo_day, fatima->id,
                                     "sessie-1", Instant{wb.planner.now}));
    CHECK(cell_today().planned);
    CHECK(cell_today().happened);
    // The page shows the same overview to the family's mentor.
    const auto page = logged_in(wb.planner, "fatima").get("/gezin/1/werkboek?maand=2026-12");
    CHECK(page.result_int() == 200);
    CHECK(page.body().find("Muziek") != std::string::npos);
}

} // namespace dagritme::test
