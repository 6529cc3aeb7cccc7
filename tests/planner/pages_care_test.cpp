// The care log's pages, in-process: Ankerpunt in four taps, Limit overschreden, corrections
// with their history, undo within its window, and the limits register. Forms are posted as a
// browser posts them; each refusal is checked for its Dutch message next to the field and for
// nothing written, and no care entry moves a board.
#include "page_checks.hpp"
#include "store/care_log.hpp"
#include "store/groups.hpp"
#include "store/limits.hpp"
#include "store/people.hpp"
#include "web/form.hpp"

#include <doctest/doctest.h>

#include <string>

namespace dagritme::test {
namespace {

struct CarePages {
    ApiPlanner planner;
    std::int64_t child = 0;       // a child of zonnebloem
    std::int64_t other_child = 0; // a child of another group
    std::int64_t staff = 0;       // staff of zonnebloem
    std::int64_t limit = 0;       // a limit in zonnebloem's register

    CarePages() {
        auto& db = planner.db();
        child = store::children_of_group(db, "zonnebloem").at(0).id;
        staff = store::staff_of_group(db, "zonnebloem").at(0).id;
        limit = store::limits_register(db, "zonnebloem").at(0).id;
        Group other;
        other.id = "klaproos";
        other.name = "De Klaproos";
        store::sync_group(db, other);
        const auto family =
            store::add_family(db, Family{0, "Familie de Boer", std::nullopt, "", {}});
        other_child =
            store::add_child(db, Child{0, "klaproos", family, "Noor", "de Boer",
                                       *Date::parse("2022-05-01"), std::nullopt, false, ""});
    }

    std::int64_t count(const char* table) {
        auto st = planner.db().prepare(std::string("SELECT count(*) FROM ") + table);
        REQUIRE(st.step());
        return st.int64(0);
    }
};

std::string four_taps(const CarePages& care, const std::string& key) {
    return "sleutel=" + key + "&kind=" + std::to_string(care.child) +
           "&emotie=anger&aanpak=named&aanpak=bounded&tijd=10%3A00&einde=calmed";
}

} // namespace

TEST_CASE("an anchorpoint in four taps makes one entry, and the same form twice still one") {
    CarePages care;
    const auto marco = logged_in(care.planner, "marco");
    const auto revision = care.planner.revision();
    const auto form = marco.get("/groep/zonnebloem/ankerpunt");
    REQUIRE(form.result_int() == 200);
    CHECK(form.body().find("Welke emotie benoemde je?") != std::string::npos);
    CHECK(form.body().find("name=\"einde\" value=\"calmed\"") != std::string::npos);
    CHECK(form.body().find("verdien") == std::string::npos); // nothing about deserving
    const auto key = hidden_value(form.body(), "sleutel");

    const auto saved = post_form(marco, "/groep/zonnebloem/ankerpunt", four_taps(care, key));
    REQUIRE(saved.result_int() == 303);
    CHECK(care.count("anchorpoint") == 1);
    CHECK(location(saved).starts_with("/groep/zonnebloem/ankerpunt/"));
    const auto again = post_form(marco, "/groep/zonnebloem/ankerpunt", four_taps(care, key));
    CHECK(again.result_int() == 303);
    CHECK(location(again) == location(saved));
    CHECK(care.count("anchorpoint") == 1);
    CHECK(care.planner.revision() == revision); // never on a board

    const auto page = marco.get(location(saved));
    REQUIRE(page.result_int() == 200);
    CHECK(page.body().find("Opgeslagen.") != std::string::npos);
    CHECK(page.body().find("Ongedaan maken") != std::string::npos);
    CHECK(page.body().find("boosheid") != std::string::npos);
    CHECK(page.body().find("benoemd, begrensd") != std::string::npos);
}

TEST_CASE("each bad anchorpoint form says what is wrong next to the field and saves nothing") {
    CarePages care;
    const auto marco = logged_in(care.planner, "marco");
    const auto child = "&kind=" + std::to_string(care.child);
    struct Case {
        std::string body, field, message;
    };
    const Case cases[] = {
        {"emotie=anger&aanpak=named&tijd=10%3A00&einde=calmed", "kind", "Kies het kind."},
        {"aanpak=named&tijd=10%3A00&einde=calmed" + child, "emotie",
         "Kies welke emotie je benoemde."},
        {"emotie=blij&aanpak=named&tijd=10%3A00&einde=calmed" + child, "emotie",
         "Deze keuze bestaat niet."},
        {"emotie=anger&tijd=10%3A00&einde=calmed" + child, "aanpak",
         "Kies wat je deed (een of meer)."},
        {"emotie=anger&aanpak=named&tijd=10%3A00" + child, "einde",
         "Tik op hoe het afliep om op te slaan."},
        {"emotie=anger&aanpak=named&tijd=25%3A00&einde=calmed" + child, "tijd",
         "Vul een tijd in als 09:30."},
        {"emotie=anger&aanpak=named&tijd=11%3A00&einde=calmed" + child, "tijd",
         "Deze tijd ligt in de toekomst."},
        {"emotie=anger&aanpak=named&tijd=10%3A00&einde=calmed&notitie=" + std::string(2001, 'a') +
             child,
         "notitie", "Maximaal 2000 tekens (nu 2001)."},
    };
    for (const auto& c : cases) {
        CAPTURE(c.body.substr(0, 80));
        const auto res = post_form(marco, "/groep/zonnebloem/ankerpunt", "sleutel=k1&" + c.body);
        CHECK(res.result_int() == 422);
        CHECK(shows_error(res.body(), c.field, c.message));
        CHECK(res.body().find("Er is niets opgeslagen.") != std::string::npos);
        CHECK(care.count("anchorpoint") == 0);
    }
}

TEST_CASE("a child of another group cannot be logged, and an admin logs no care") {
    CarePages care;
    const auto marco = logged_in(care.planner, "marco");
    auto body = "sleutel=k2&kind=" + std::to_string(care.other_child) +
                "&emotie=fear&aanpak=listened&tijd=10%3A00&einde=calmed";
    CHECK(post_form(marco, "/groep/zonnebloem/ankerpunt", body).result_int() == 404);
    CHECK(post_form(marco, "/groep/klaproos/ankerpunt", body).result_int() == 403);
    CHECK(post_form(marco, "/groep/zonnebloem/limit",
                    "sleutel=k3&kind=" + std::to_string(care.other_child) +
                        "&limit=" + std::to_string(care.limit) + "&wat=Sloeg&tijd=10%3A00")
              .result_int() == 404);
    const auto ilse = logged_in(care.planner, "ilse");
    CHECK(ilse.get("/groep/zonnebloem/ankerpunt").result_int() == 403);
    CHECK(post_form(ilse, "/groep/zonnebloem/ankerpunt", four_taps(care, "k4")).result_int() ==
          403);
    CHECK(care.count("anchorpoint") == 0);
    CHECK(care.count("limit_violation") == 0);
}

TEST_CASE("undo works for its author within the window only") {
    CarePages care;
    const auto marco = logged_in(care.planner, "marco");
    const auto first =
        location(post_form(marco, "/groep/zonnebloem/ankerpunt", four_taps(care, "a")));
    const auto path = first.substr(0, first.find('?'));
    care.planner.now += 10;
    const auto undone = post_form(marco, path + "/ongedaan", "");
    CHECK(undone.result_int() == 303);
    CHECK(location(undone) == "/groep/zonnebloem/ankerpunt?ongedaan=1");
    CHECK(care.count("anchorpoint") == 0);

    const auto second =
        location(post_form(marco, "/groep/zonnebloem/ankerpunt", four_taps(care, "b")));
    const auto second_path = second.substr(0, second.find('?'));
    const auto fatima = logged_in(care.planner, "fatima");
    CHECK(post_form(fatima, second_path + "/ongedaan", "").result_int() == 403);
    care.planner.now += 16;
    const auto late = post_form(marco, second_path + "/ongedaan", "");
    CHECK(late.result_int() == 409);
    CHECK(late.body().find("Ongedaan maken kan alleen in de eerste 15 seconden") !=
          std::string::npos);
    CHECK(care.count("anchorpoint") == 1);
}

TEST_CASE("a correction adds a version and the entry shows who changed what") {
    CarePages care;
    const auto marco = logged_in(care.planner, "marco");
    const auto saved =
        location(post_form(marco, "/groep/zonnebloem/ankerpunt", four_taps(care, "c")));
    const auto path = saved.substr(0, saved.find('?'));
    care.planner.now += 300;
    const auto fatima = logged_in(care.planner, "fatima");
    const auto bad =
        post_form(fatima, path,
                  "kind=" + std::to_string(care.child) + "&emotie=fear&tijd=10%3A00&einde=calmed");
    CHECK(bad.result_int() == 422);
    CHECK(shows_error(bad.body(), "aanpak", "Kies wat je deed (een of meer)."));
    const auto corrected =
        post_form(fatima, path,
                  "kind=" + std::to_string(care.child) +
                      "&emotie=fear&aanpak=named&aanpak=listened&tijd=10%3A00&einde=calmed"
                      "&signalen=crying&notitie=Kroop+onder+de+tafel");
    REQUIRE(corrected.result_int() == 303);
    CHECK(care.count("anchorpoint_version") == 2);
    const auto page = marco.get(path);
    REQUIRE(page.result_int() == 200);
    CHECK(page.body().find("Gecorrigeerd</strong> door fatima") != std::string::npos);
    CHECK(page.body().find("emotie: boosheid → angst") != std::string::npos);
    CHECK(page.body().find("wat je zag: niets → huilen") != std::string::npos);
    CHECK(page.body().find("Ongedaan maken") == std::string::npos);
    // Another group's entry number is not found here, nor a number with more after it.
    CHECK(marco.get("/groep/zonnebloem/ankerpunt/999").result_int() == 404);
    for (const char* tail : {"abc", "%20", ".0"})
        CHECK(marco.get(path + tail).result_int() == 404);
}

TEST_CASE("an anchorpoint that crossed a limit leads on to the limit form") {
    CarePages care;
    const auto marco = logged_in(care.planner, "marco");
    const auto res = post_form(marco, "/groep/zonnebloem/ankerpunt",
                               "sleutel=d&kind=" + std::to_string(care.child) +
                                   "&emotie=anger&aanpak=bounded&tijd=09%3A55&einde=limit_crossed");
    REQUIRE(res.result_int() == 303);
    CHECK(location(res).starts_with("/groep/zonnebloem/limit?kind=" + std::to_string(care.child) +
                                    "&tijd=09%3A55&ankerpunt="));
    const auto page = marco.get(location(res));
    REQUIRE(page.result_int() == 200);
    CHECK(page.body().find("value=\"" + std::to_string(care.child) + "\" checked") !=
          std::string::npos);
    CHECK(page.body().find("value=\"09:55\"") != std::string::npos);
    CHECK(page.body().find("Benoem persoon en gedrag apart") != std::string::npos);
}

TEST_CASE("a limit violation with holding needs minutes, person and reason") {
    CarePages care;
    const auto marco = logged_in(care.planner, "marco");
    const auto revision = care.planner.revision();
    const auto base = "sleutel=e&kind=" + std::to_string(care.child) +
                      "&limit=" + std::to_string(care.limit) + "&tijd=10%3A00";
    auto res =
        post_form(marco, "/groep/zonnebloem/limit", base + "&wat=Sloeg+Bram&vastgehouden=ja");
    CHECK(res.result_int() == 422);
    CHECK(shows_error(res.body(), "minuten", "Vul in hoe lang je het kind vasthield (minuten)."));
    CHECK(shows_error(res.body(), "door", "Kies wie het kind vasthield."));
    CHECK(shows_error(res.body(), "waarom", "Schrijf op waarom je het kind vasthield."));
    res = post_form(marco, "/groep/zonnebloem/limit",
                    base + "&wat=Sloeg&vastgehouden=ja&minuten=500&door=" +
                        std::to_string(care.staff) + "&waarom=Veiligheid");
    CHECK(shows_error(res.body(), "minuten", "Vul een getal van 1 tot en met 120 in."));
    res = post_form(marco, "/groep/zonnebloem/limit", base + "&wat=+&vastgehouden=nee");
    CHECK(shows_error(res.body(), "wat", "Schrijf op wat er gebeurde."));
    res = post_form(marco, "/groep/zonnebloem/limit",
                    "sleutel=e&kind=" + std::to_string(care.child) + "&tijd=10%3A00&wat=Sloeg");
    CHECK(shows_error(res.body(), "limit", "Kies welke limit."));
    res = post_form(marco, "/groep/zonnebloem/limit",
                    base + "&wat=Sloeg&vastgehouden=ja&minuten=3&door=99999&waarom=Veiligheid");
    CHECK(shows_error(res.body(), "door", "Deze persoon hoort niet bij de leiding van de groep."));
    // A number with something after it is no choice at all (it once read as the number).
    res =
        post_form(marco, "/groep/zonnebloem/limit",
                  base + "&wat=Sloeg&vastgehouden=ja&minuten=3&door=" + std::to_string(care.staff) +
                      "abc&waarom=Veiligheid");
    CHECK(res.result_int() == 422);
    CHECK(shows_error(res.body(), "door", "Deze keuze bestaat niet."));
    CHECK(care.count("limit_violation") == 0);

    const auto full =
        base + "&wat=Sloeg+Bram&vastgehouden=ja&minuten=4&door=" + std::to_string(care.staff) +
        "&waarom=Bram+was+in+gevaar&apart=ja";
    res = post_form(marco, "/groep/zonnebloem/limit", full);
    REQUIRE(res.result_int() == 303);
    CHECK(post_form(marco, "/groep/zonnebloem/limit", full).result_int() == 303);
    CHECK(care.count("limit_violation") == 1);
    CHECK(care.planner.revision() == revision);
    const auto stored = store::load_limit_violation(care.planner.db(), 1);
    REQUIRE(stored);
    REQUIRE(stored->holding);
    CHECK(stored->holding->minutes == 4);
    CHECK(stored->named_apart);
    const auto page = marco.get(location(res));
    CHECK(page.body().find("ja, 4 minuten") != std::string::npos);
}

TEST_CASE("the limits register: a group leader reads it, a coordinator keeps it") {
    CarePages care;
    const auto marco = logged_in(care.planner, "marco");
    const auto before = store::limits_register(care.planner.db(), "zonnebloem");
    const auto list = marco.get("/groep/zonnebloem/limits");
    REQUIRE(list.result_int() == 200);
    CHECK(list.body().find(before.at(0).text) != std::string::npos);
    CHECK(list.body().find("Toevoegen</button>") == std::string::npos);
    CHECK(post_form(marco, "/groep/zonnebloem/limits", "op=toevoegen&tekst=Wij+blijven+binnen.")
              .result_int() == 403);
    CHECK(store::limits_register(care.planner.db(), "zonnebloem") == before);

    const auto cor = logged_in(care.planner, "cor");
    CHECK(cor.get("/groep/zonnebloem/limits").body().find("Toevoegen</button>") !=
          std::string::npos);
    auto res = post_form(cor, "/groep/zonnebloem/limits", "op=toevoegen&tekst=+");
    CHECK(res.result_int() == 422);
    CHECK(shows_error(res.body(), "tekst", "Schrijf de limit op."));
    res = post_form(cor, "/groep/zonnebloem/limits",
                    "op=toevoegen&tekst=" + web::form_encode(before.at(0).text));
    CHECK(shows_error(res.body(), "tekst", "Deze limit staat al in het register."));
    CHECK(store::limits_register(care.planner.db(), "zonnebloem") == before);

    res = post_form(cor, "/groep/zonnebloem/limits", "op=toevoegen&tekst=Wij+blijven+binnen.");
    CHECK(res.result_int() == 303);
    CHECK(store::limits_register(care.planner.db(), "zonnebloem").size() == before.size() + 1);
    res = post_form(cor, "/groep/zonnebloem/limits",
                    "op=wijzigen&id=" + std::to_string(care.limit) + "&tekst=Niemand+doet+pijn.");
    CHECK(res.result_int() == 303);
    res = post_form(cor, "/groep/zonnebloem/limits", "op=stoppen&id=" + std::to_string(care.limit));
    CHECK(res.result_int() == 303);
    const auto after = store::limits_register(care.planner.db(), "zonnebloem");
    CHECK(after.at(0).text == "Niemand doet pijn.");
    CHECK(after.at(0).retired_at);
    const auto page = marco.get("/groep/zonnebloem/limits");
    CHECK(page.body().find("Niet meer in gebruik") != std::string::npos);
    // A retired limit is no longer offered for a new violation.
    CHECK(marco.get("/groep/zonnebloem/limit").body().find("Niemand doet pijn.") ==
          std::string::npos);
}

} // namespace dagritme::test
