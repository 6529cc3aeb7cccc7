// Groepen and a group's Instellingen in-process: a coordinator creates a group from nothing
// and gives it a weekday routine; every class of bad input is refused next to its field with
// nothing written; only coordinators and the administrator get there.
#include "page_checks.hpp"

#include "store/groups.hpp"
#include "web/form.hpp"

#include <doctest/doctest.h>

namespace {

using namespace dagritme;
using test::ApiClient;
using test::ApiPlanner;
using test::contains;
using test::shows_error;

ApiClient coordinator(ApiPlanner& planner) {
    ApiClient client{planner};
    REQUIRE(client.login("cor") == 200);
    return client;
}

// A day's routine form: each row "start,end,kind,pictogram,label".
std::string day_form(int day, const std::vector<std::vector<std::string>>& rows,
                     const std::string& op = "opslaan") {
    std::string body = "deel=dag&dag=" + std::to_string(day) + "&op=" + op +
                       "&rijen=" + std::to_string(rows.size());
    const char* names[] = {"start-", "eind-", "soort-", "picto-", "tekst-"};
    for (std::size_t i = 0; i < rows.size(); ++i)
        for (std::size_t f = 0; f < rows[i].size(); ++f)
            body += "&" + std::string(names[f]) + std::to_string(i) + "=" +
                    web::form_encode(rows[i][f]);
    return body;
}

// The hours form of De Zonnebloem as configured, with `change` appended (a later field
// value does not replace an earlier one, so `change` names fields not given here).
std::string hours_form(const std::string& change, const std::vector<int>& skip = {},
                       const std::string& name = "De%20Zonnebloem") {
    std::string body = "deel=uren&naam=" + name + "&scherm-aan=07:15&scherm-uit=18:00";
    for (int day = 1; day <= 5; ++day) {
        if (std::find(skip.begin(), skip.end(), day) != skip.end()) continue;
        const auto d = std::to_string(day);
        body += "&open-" + d + "=ja&van-" + d + "=07:30&tot-" + d + "=17:30";
    }
    return body + change;
}

} // namespace

TEST_CASE("a coordinator creates a group from nothing and gives it a weekday routine") {
    ApiPlanner planner;
    auto cor = coordinator(planner);
    CHECK(contains(cor.get("/groepen"), "Nieuwe groep"));
    const std::string fields = "naam=De%20Regenboog&id=&open-1=ja&van-1=08:00&tot-1=17:00&"
                               "open-3=ja&van-3=08:00&tot-3=12:00&scherm-aan=07:45&"
                               "scherm-uit=17:30";
    const auto made = cor.post_form("/groepen", fields);
    CHECK(made.result_int() == 303);
    CHECK(test::location(made) == "/groep/de-regenboog/instellingen?opgeslagen=nieuw");
    auto group = store::load_group(planner.db(), "de-regenboog");
    REQUIRE(group);
    CHECK(group->name == "De Regenboog");
    CHECK(group->opening[1] == OpeningHours{TimeOfDay::at(8, 0), TimeOfDay::at(17, 0)});
    CHECK(group->opening[3] == OpeningHours{TimeOfDay::at(8, 0), TimeOfDay::at(12, 0)});
    CHECK_FALSE(group->opening[2]);
    CHECK(group->screen_on == TimeOfDay::at(7, 45));
    CHECK(contains(cor.get("/groep/de-regenboog/instellingen?opgeslagen=nieuw"),
                   "De groep is aangemaakt. Vul nu het dagritme per dag in."));
    // A double tap makes one group.
    CHECK(cor.post_form("/groepen", fields).result_int() == 303);
    CHECK(store::group_ids(planner.db()).size() == 2);

    // Rows in any order, an empty row skipped: stored in order of start time.
    const auto revision = store::board_revision(planner.db(), "de-regenboog");
    const auto saved =
        cor.post_form("/groep/de-regenboog/instellingen",
                      day_form(1, {{"09:00", "10:00", "free_play", "vrij-spelen", "Vrij spelen"},
                                   {"08:00", "09:00", "arrival", "aankomst", "Binnenkomen"},
                                   {"", "", "", "", ""}}));
    CHECK(saved.result_int() == 303);
    CHECK(test::location(saved) == "/groep/de-regenboog/instellingen?opgeslagen=1");
    group = store::load_group(planner.db(), "de-regenboog");
    REQUIRE(group->routines.for_weekday(1).size() == 2);
    CHECK(group->routines.for_weekday(1)[0].label == "Binnenkomen");
    CHECK(group->routines.for_weekday(1)[0].pictogram.size() == 64); // imported: its hash
    CHECK(group->routines.for_weekday(3).empty());
    CHECK(store::board_revision(planner.db(), "de-regenboog") == revision + 1);
    CHECK(contains(cor.get("/groep/de-regenboog/instellingen?opgeslagen=1"),
                   "Het dagritme van maandag is opgeslagen; de schermen tonen het meteen."));

    SUBCASE("a row ticked Weghalen is taken out") {
        const auto removed = cor.post_form(
            "/groep/de-regenboog/instellingen",
            day_form(1, {{"08:00", "09:00", "arrival", "aankomst", "Binnenkomen"},
                         {"09:00", "10:00", "free_play", "vrij-spelen", "Vrij spelen"}}) +
                "&weg-1=ja");
        CHECK(removed.result_int() == 303);
        const auto after = store::load_group(planner.db(), "de-regenboog");
        REQUIRE(after->routines.for_weekday(1).size() == 1);
        CHECK(after->routines.for_weekday(1)[0].label == "Binnenkomen");
    }
    SUBCASE("copied to every open day: Wednesday too, the closed days not") {
        const auto hash = group->routines.for_weekday(1)[0].pictogram;
        // The stored image is kept by its hash.
        const auto copied =
            cor.post_form("/groep/de-regenboog/instellingen",
                          day_form(1,
                                   {{"08:00", "09:00", "arrival", hash, "Binnenkomen"},
                                    {"09:00", "10:00", "free_play", "vrij-spelen", "Vrij spelen"}},
                                   "kopieer"));
        CHECK(copied.result_int() == 303);
        CHECK(test::location(copied) == "/groep/de-regenboog/instellingen?opgeslagen=alle");
        const auto after = store::load_group(planner.db(), "de-regenboog");
        CHECK(after->routines.for_weekday(3) == after->routines.for_weekday(1));
        CHECK(after->routines.for_weekday(2).empty());
        CHECK(store::board_revision(planner.db(), "de-regenboog") == revision + 2);
    }
    SUBCASE("a copy that does not fit one open day saves nothing, on no day") {
        const auto refused =
            cor.post_form("/groep/de-regenboog/instellingen",
                          day_form(1,
                                   {{"08:00", "09:00", "arrival", "aankomst", "Binnenkomen"},
                                    {"11:00", "13:00", "eat", "brood-eten", "Brood eten"}},
                                   "kopieer"));
        CHECK(refused.result_int() == 422);
        CHECK(shows_error(refused, "eind-1",
                          "Op woensdag: Blok 2 (Brood eten) eindigt om 13:00, na sluitingstijd "
                          "12:00."));
        const auto after = store::load_group(planner.db(), "de-regenboog");
        CHECK(after->routines == group->routines);
        CHECK(store::board_revision(planner.db(), "de-regenboog") == revision + 1);
    }
}

TEST_CASE("a new group's bad input is refused next to its field, and no group is made") {
    ApiPlanner planner;
    auto cor = coordinator(planner);
    const auto ids = store::group_ids(planner.db());
    const std::string hours = "&open-1=ja&van-1=08:00&tot-1=17:00&scherm-aan=07:45&"
                              "scherm-uit=17:30";
    struct Case {
        const char* what;
        std::string form, field, message;
    };
    const Case cases[] = {
        {"no name", "naam=&id=regenboog" + hours, "naam", "Vul dit in."},
        {"a bad code", "naam=Regenboog&id=Regen%20Boog" + hours, "id",
         "Gebruik alleen kleine letters, cijfers en streepjes (hoogstens 40), zoals zonnebloem."},
        {"a name without a code in it", "naam=%21%21%21&id=" + hours, "id",
         "Uit deze naam volgt geen code; vul zelf een code in, zoals zonnebloem."},
        {"a code in use", "naam=Zonnebloem%202&id=zonnebloem" + hours, "id",
         "Er is al een groep met de code zonnebloem. Kies een andere code."},
        {"closing before opening",
         "naam=Regenboog&id=&open-2=ja&van-2=09:00&tot-2=08:00&scherm-aan=07:45&"
         "scherm-uit=17:30",
         "tot-2", "De groep sluit op dinsdag om 08:00, niet na de opening om 09:00."},
        {"an open day without times",
         "naam=Regenboog&id=&open-4=ja&van-4=&tot-4=12:00&scherm-aan=07:45&scherm-uit=17:30",
         "van-4", "Vul een tijd in."},
        {"the screen off before on",
         "naam=Regenboog&id=&open-1=ja&van-1=08:00&tot-1=17:00&scherm-aan=18:00&"
         "scherm-uit=07:00",
         "scherm-uit", "Het scherm gaat om 07:00 uit, niet na aan om 18:00."},
    };
    for (const auto& c : cases) {
        CAPTURE(c.what);
        const auto res = cor.post_form("/groepen", c.form);
        CHECK(res.result_int() == 422);
        CHECK(shows_error(res, c.field, c.message));
        CHECK(contains(res, "Er is niets opgeslagen."));
        CHECK(store::group_ids(planner.db()) == ids);
    }
    CHECK(store::load_group(planner.db(), "zonnebloem")->name == "De Zonnebloem");
}

TEST_CASE("a weekday's bad routine is refused next to its field, and nothing is written") {
    ApiPlanner planner;
    auto cor = coordinator(planner);
    const auto before = store::load_group(planner.db(), "zonnebloem");
    const auto revision = planner.revision();
    const std::vector<std::string> arrival{"07:30", "08:30", "arrival", "aankomst", "Binnenkomen"};
    struct Case {
        const char* what;
        std::string form, field, message;
    };
    const Case cases[] = {
        {"overlapping blocks",
         day_form(1, {arrival, {"08:00", "09:00", "circle", "kring", "Kring"}}), "start-1",
         "Blok 2 (Kring) begint om 08:00, voordat het vorige blok (Binnenkomen) om 08:30 "
         "eindigt."},
        {"an end before the start", day_form(1, {{"09:00", "08:00", "circle", "kring", "Kring"}}),
         "eind-0", "Blok 1 (Kring) eindigt om 08:00, niet na het begin om 09:00."},
        {"before opening", day_form(2, {{"07:00", "08:00", "arrival", "aankomst", "Vroeg"}}),
         "start-0", "Blok 1 (Vroeg) begint om 07:00, voor de opening om 07:30."},
        {"after closing", day_form(2, {{"17:00", "18:00", "going_home", "naar-huis", "Laat"}}),
         "eind-0", "Blok 1 (Laat) eindigt om 18:00, na sluitingstijd 17:30."},
        {"an unknown pictogram", day_form(1, {{"07:30", "08:30", "arrival", "eenhoorn", "Hoi"}}),
         "picto-0", "Dit pictogram bestaat niet."},
        {"an image that is not one of the group's",
         day_form(1, {{"07:30", "08:30", "arrival", std::string(64, 'a'), "Hoi"}}), "picto-0",
         "Dit pictogram bestaat niet."},
        {"no pictogram", day_form(1, {{"07:30", "08:30", "arrival", "", "Hoi"}}), "picto-0",
         "Kies een pictogram."},
        {"an empty label", day_form(1, {{"07:30", "08:30", "arrival", "aankomst", "  "}}),
         "tekst-0", "Geef dit blok een naam, zoals de kinderen het horen."},
        {"no kind", day_form(1, {{"07:30", "08:30", "", "aankomst", "Hoi"}}), "soort-0",
         "Kies er een."},
        {"an impossible time", day_form(1, {{"25:00", "08:30", "arrival", "aankomst", "Hoi"}}),
         "start-0", "Vul een tijd in als 09:30."},
        {"a closed day with blocks", day_form(6, {arrival}), "dag",
         "De groep is op zaterdag dicht: een dag zonder openingstijden heeft geen dagritme. "
         "Haal de blokken weg, of geef de groep eerst openingstijden op zaterdag."},
    };
    for (const auto& c : cases) {
        CAPTURE(c.what);
        const auto res = cor.post_form("/groep/zonnebloem/instellingen", c.form);
        CHECK(res.result_int() == 422);
        CHECK(shows_error(res, c.field, c.message));
        CHECK(store::load_group(planner.db(), "zonnebloem") == before);
        CHECK(planner.revision() == revision);
    }
    SUBCASE("a form that did not come as the page sends it") {
        for (const auto* form : {"deel=dag&dag=8&op=opslaan&rijen=0",
                                 "deel=dag&dag=1&op=wissen&rijen=0", "deel=iets"}) {
            CAPTURE(form);
            CHECK(cor.post_form("/groep/zonnebloem/instellingen", form).result_int() == 400);
        }
        CHECK(store::load_group(planner.db(), "zonnebloem") == before);
    }
    SUBCASE("the refused form comes back as sent") {
        const auto res =
            cor.post_form("/groep/zonnebloem/instellingen",
                          day_form(1, {{"09:00", "08:00", "circle", "kring", "Mijn kring"}}));
        CHECK(contains(res, "value=\"Mijn kring\""));
    }
}

TEST_CASE("the hours form: a new name reaches the boards; hours that leave the routine behind "
          "are refused") {
    ApiPlanner planner;
    auto cor = coordinator(planner);
    const auto before = store::load_group(planner.db(), "zonnebloem");
    const auto revision = planner.revision();
    struct Case {
        const char* what;
        std::string form, field, message;
    };
    const Case cases[] = {
        {"closing a day with a routine", hours_form("", {3}), "open-3",
         "Op woensdag staat nog een dagritme (Binnenkomen om 07:30). Haal dat eerst weg; dan kan "
         "de groep op woensdag dicht."},
        {"opening after the routine starts", hours_form("&open-1=ja&van-1=08:00&tot-1=17:30", {1}),
         "van-1",
         "Het dagritme van maandag begint om 07:30 (Binnenkomen), voor deze opening. Pas eerst "
         "het dagritme aan."},
        {"closing before the routine ends", hours_form("&open-2=ja&van-2=07:30&tot-2=17:00", {2}),
         "tot-2",
         "Het dagritme van dinsdag loopt tot 17:30 (Naar huis), na deze sluitingstijd. Pas "
         "eerst het dagritme aan."},
        {"no name", "deel=uren&naam=&scherm-aan=07:15&scherm-uit=18:00", "naam", "Vul dit in."},
    };
    for (const auto& c : cases) {
        CAPTURE(c.what);
        const auto res = cor.post_form("/groep/zonnebloem/instellingen", c.form);
        CHECK(res.result_int() == 422);
        CHECK(shows_error(res, c.field, c.message));
        CHECK(store::load_group(planner.db(), "zonnebloem") == before);
        CHECK(planner.revision() == revision);
    }

    const auto saved =
        cor.post_form("/groep/zonnebloem/instellingen",
                      hours_form("&open-6=ja&van-6=09:00&tot-6=12:00", {}, "De%20Zonnepit"));
    CHECK(saved.result_int() == 303);
    const auto after = store::load_group(planner.db(), "zonnebloem");
    CHECK(after->name == "De Zonnepit");
    CHECK(after->opening[6] == OpeningHours{TimeOfDay::at(9, 0), TimeOfDay::at(12, 0)});
    CHECK(after->routines == before->routines);
    CHECK(after->limits == before->limits);
    CHECK(planner.revision() == revision + 1);
    CHECK(store::load_board(planner.db(), "zonnebloem", test::demo_day)->group_name ==
          "De Zonnepit");
}

TEST_CASE("only coordinators and the administrator set groups up") {
    ApiPlanner planner;
    auto cor = coordinator(planner);
    CHECK(contains(cor.get("/groep/zonnebloem"), "/groep/zonnebloem/instellingen\">Instellingen"));
    CHECK(contains(cor.get("/groep/zonnebloem"), "<a href=\"/groepen\">Groepen</a>"));
    for (const char* name : {"marco", "fatima"}) {
        CAPTURE(name);
        ApiClient client{planner};
        REQUIRE(client.login(name) == 200);
        CHECK_FALSE(contains(client.get("/groep/zonnebloem"), "Instellingen"));
        CHECK(client.get("/groepen").result_int() == 403);
        CHECK(client.get("/groep/zonnebloem/instellingen").result_int() == 403);
        CHECK(client.post_form("/groepen", "naam=Regenboog&scherm-aan=07:00&scherm-uit=18:00")
                  .result_int() == 403);
        CHECK(client.post_form("/groep/zonnebloem/instellingen", hours_form("")).result_int() ==
              403);
    }
    ApiClient ilse{planner};
    REQUIRE(ilse.login("ilse") == 200);
    CHECK(ilse.get("/groepen").result_int() == 200);
    CHECK(cor.get("/groep/bestaat-niet/instellingen").result_int() == 404);
    // Without the CSRF token nothing is made.
    const auto ids = store::group_ids(planner.db());
    auto no_token = cor;
    no_token.csrf.clear();
    CHECK(no_token
              .post_form("/groepen", "naam=Regenboog&open-1=ja&van-1=08:00&tot-1=17:00&"
                                     "scherm-aan=07:00&scherm-uit=18:00")
              .result_int() == 403);
    CHECK(store::group_ids(planner.db()) == ids);
}
