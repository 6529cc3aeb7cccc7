// The staff pages' front door and Vandaag, in-process: login and logout, a session that expired
// while a form was typed, group scope, CSRF, the security headers, and the writes of Vandaag.
#include "page_checks.hpp"

#include "store/day.hpp"

#include <doctest/doctest.h>

namespace {

using dagritme::test::ApiClient;
using dagritme::test::ApiPlanner;
using dagritme::test::contains;
namespace http = boost::beast::http;

std::string header(const dagritme::web::Response& res, std::string_view name) {
    return std::string(res[name]);
}

// Logs in through the login page; the client keeps the cookie and the page's CSRF token.
void page_login(ApiClient& client, const std::string& name) {
    const auto res =
        client.post_form("/login", "name=" + name + "&password=" + dagritme::test::api_password);
    REQUIRE(res.result_int() == 303);
    const auto cookie = header(res, "Set-Cookie");
    client.session = cookie.substr(cookie.find('=') + 1, cookie.find(';') - cookie.find('=') - 1);
    const auto me = client.get("/api/me");
    client.csrf = dagritme::test::body_of(me)["csrf"];
}

std::size_t attendance_rows(ApiPlanner& planner) {
    auto st = planner.db().prepare("SELECT count(*) FROM attendance");
    REQUIRE(st.step());
    return static_cast<std::size_t>(st.int64(0));
}

} // namespace

TEST_CASE("the login page logs in and out, in Dutch") {
    ApiPlanner planner;
    ApiClient client{planner};

    const auto form = client.get("/login");
    CHECK(form.result_int() == 200);
    CHECK(header(form, "Content-Type") == "text/html; charset=utf-8");
    CHECK(header(form, "Content-Security-Policy").starts_with("default-src 'self'"));
    CHECK(contains(form, "<label for=\"naam\">Naam</label>"));
    CHECK(contains(form, "<label for=\"wachtwoord\">Wachtwoord</label>"));

    SUBCASE("a wrong password says so and starts no session") {
        const auto res = client.post_form("/login", "name=marco&password=fout-fout-fout");
        CHECK(res.result_int() == 401);
        CHECK(contains(res, "role=\"alert\">Naam of wachtwoord klopt niet.</p>"));
        CHECK(contains(res, "value=\"marco\"")); // the name stays typed
        CHECK(header(res, "Set-Cookie").empty());
    }
    SUBCASE("a login goes to the start page, which goes to the user's group") {
        page_login(client, "marco");
        const auto home = client.get("/");
        CHECK(home.result_int() == 303);
        CHECK(header(home, "Location") == "/groep/zonnebloem");
        const auto today = client.get("/groep/zonnebloem");
        CHECK(today.result_int() == 200);
        CHECK(contains(today, "<h1>Vandaag <span class=\"groepnaam\">De Zonnebloem</span></h1>"));
        CHECK(contains(today, "Uitloggen"));

        const auto out = client.post_form("/uitloggen", "");
        CHECK(out.result_int() == 303);
        CHECK(header(out, "Location") == "/login?uitgelogd=1");
        CHECK(header(out, "Set-Cookie").find("Max-Age=0") != std::string::npos);
        CHECK(client.get("/groep/zonnebloem").result_int() == 303);
    }
    SUBCASE("a page without a session goes to the login and back") {
        const auto res = client.get("/groep/zonnebloem");
        CHECK(res.result_int() == 303);
        CHECK(header(res, "Location") == "/login?volgende=%2Fgroep%2Fzonnebloem");
        const auto login =
            client.post_form("/login", "name=marco&password=" + dagritme::test::api_password +
                                           "&volgende=%2Fgroep%2Fzonnebloem");
        CHECK(header(login, "Location") == "/groep/zonnebloem");
    }
    SUBCASE("a family's record, too, is where the login leads back to") {
        const auto res = client.get("/gezin");
        CHECK(header(res, "Location") == "/login?volgende=%2Fgezin");
        const auto login = client.post_form(
            "/login", "name=cor&password=" + dagritme::test::api_password + "&volgende=%2Fgezin");
        CHECK(header(login, "Location") == "/gezin");
    }
    SUBCASE("only a local page may follow a login") {
        const auto res =
            client.post_form("/login", "name=marco&password=" + dagritme::test::api_password +
                                           "&volgende=%2F%2Fevil.example%2F");
        CHECK(header(res, "Location") == "/");
        // A tab, a backslash or a space that a browser drops or reads as "/": never elsewhere.
        for (const std::string next :
             {"%2F%09%2Fevil.example", "%2F%5Cevil.example", "%09%2F%2Fevil.example",
              "%2F%20%2Fevil.example", "%2Fgroep%09x", "https%3A%2F%2Fevil.example"}) {
            CAPTURE(next);
            ApiClient fresh{planner};
            const auto login =
                fresh.post_form("/login", "name=marco&password=" + dagritme::test::api_password +
                                              "&volgende=" + next);
            CHECK(header(login, "Location") == "/");
            const auto page = fresh.get("/login?volgende=" + next);
            CHECK_FALSE(contains(page, "evil"));
        }
    }
    SUBCASE("a login form from another site is refused") {
        dagritme::web::Request req{http::verb::post, "/login", 11};
        req.set(http::field::host, "planner");
        req.set(http::field::origin, "https://evil.example");
        req.set(http::field::content_type, "application/x-www-form-urlencoded");
        req.body() = "name=marco&password=" + dagritme::test::api_password;
        const auto res = planner.send(req, "10.0.0.9");
        CHECK(res.result_int() == 403);
        CHECK(header(res, "Set-Cookie").empty());
    }
}

TEST_CASE("a form posted after the session expired is saved when the same person logs in") {
    ApiPlanner planner;
    ApiClient client{planner};
    page_login(client, "marco");
    const auto rows = attendance_rows(planner);
    const auto old_csrf = client.csrf;

    planner.now += 31 * 60; // half an hour without a request: the session ended
    const auto expired = client.post_form("/groep/zonnebloem/aanwezig", "wie=kind&id=8&actie=in");
    CHECK(expired.result_int() == 401);
    CHECK(contains(expired, "Je sessie is verlopen; log opnieuw in."));
    CHECK(contains(expired, "name=\"bewaard\" value=\"wie=kind&amp;id=8&amp;actie=in\""));
    CHECK(contains(expired, "name=\"bewaard_sleutel\" value=\"" + old_csrf + "\""));
    CHECK(contains(expired, "name=\"volgende\" value=\"/groep/zonnebloem/aanwezig\""));
    // Whose entry it becomes is on the page, and the name is filled in.
    CHECK(contains(expired, "Wat marco invulde is bewaard en wordt opgeslagen als marco weer "
                            "inlogt. Log je als iemand anders in, dan wordt het niet opgeslagen."));
    CHECK(contains(expired, "autocomplete=\"username\" required autocapitalize=\"none\" "
                            "spellcheck=\"false\" value=\"marco\""));
    CHECK(attendance_rows(planner) == rows); // nothing saved yet

    const auto carried = "&volgende=%2Fgroep%2Fzonnebloem%2Faanwezig&bewaard=wie%3Dkind%26id%3D8%"
                         "26actie%3Din&bewaard_van=marco&bewaard_sleutel=" +
                         old_csrf;
    client.session.clear();
    client.csrf.clear();
    SUBCASE("the same account: the form is carried out") {
        const auto again = client.post_form(
            "/login", "name=marco&password=" + dagritme::test::api_password + carried);
        CHECK(again.result_int() == 303);
        CHECK(header(again, "Location") == "/groep/zonnebloem");
        CHECK_FALSE(header(again, "Set-Cookie").empty());
        CHECK(attendance_rows(planner) == rows + 1); // the check-in of Bram happened
    }
    SUBCASE("a colleague who logs in next on the tablet does not become its author") {
        const auto other = client.post_form(
            "/login", "name=cor&password=" + dagritme::test::api_password + carried);
        CHECK(other.result_int() == 303);
        CHECK(header(other, "Location") == "/");
        CHECK_FALSE(header(other, "Set-Cookie").empty());
        CHECK(attendance_rows(planner) == rows);
    }
    SUBCASE("a key that is not of the account's session carries nothing out") {
        auto forged = carried;
        forged.replace(forged.find(old_csrf), old_csrf.size(), std::string(old_csrf.size(), 'a'));
        const auto res = client.post_form(
            "/login", "name=marco&password=" + dagritme::test::api_password + forged);
        CHECK(header(res, "Location") == "/");
        CHECK(attendance_rows(planner) == rows);
    }
}

TEST_CASE("a form without the ended session's CSRF token is not carried over a login") {
    ApiPlanner planner;
    ApiClient client{planner};
    page_login(client, "marco");
    planner.now += 31 * 60;
    SUBCASE("no session cookie at all") {
        ApiClient stranger{planner};
        const auto res = stranger.post_form("/groep/zonnebloem/aanwezig", "wie=kind&id=8&actie=in");
        CHECK(res.result_int() == 401);
        CHECK_FALSE(contains(res, "bewaard"));
    }
    SUBCASE("the ended session's cookie with another CSRF token") {
        client.csrf = std::string(client.csrf.size(), 'b');
        const auto res = client.post_form("/groep/zonnebloem/aanwezig", "wie=kind&id=8&actie=in");
        CHECK(res.result_int() == 401);
        CHECK_FALSE(contains(res, "bewaard"));
    }
}

TEST_CASE("a page checks group scope, role and CSRF token in the same place as the API") {
    ApiPlanner planner;

    SUBCASE("a group leader of another group is refused, on the page and the API") {
        ApiClient petra{planner};
        page_login(petra, "petra");
        const auto page = petra.get("/groep/zonnebloem");
        CHECK(page.result_int() == 403);
        CHECK(contains(page, "Deze groep hoort niet bij jouw account"));
        CHECK(petra.get("/api/groups/zonnebloem/board").result_int() == 403);
        const auto rows = attendance_rows(planner);
        CHECK(
            petra.post_form("/groep/zonnebloem/aanwezig", "wie=kind&id=8&actie=in").result_int() ==
            403);
        CHECK(attendance_rows(planner) == rows);
        const auto home = petra.get("/");
        CHECK(home.result_int() == 200);
        CHECK(contains(home, "hoort nog bij geen groep"));
    }
    SUBCASE("a coordinator sees every group") {
        ApiClient cor{planner};
        page_login(cor, "cor");
        CHECK(cor.get("/groep/zonnebloem").result_int() == 200);
    }
    SUBCASE("a form without the session's CSRF token changes nothing") {
        ApiClient marco{planner};
        page_login(marco, "marco");
        marco.csrf = "0000";
        const auto rows = attendance_rows(planner);
        const auto res = marco.post_form("/groep/zonnebloem/aanwezig", "wie=kind&id=8&actie=in");
        CHECK(res.result_int() == 403);
        CHECK(contains(res, "CSRF"));
        CHECK(attendance_rows(planner) == rows);
    }
    SUBCASE("an unknown group is not found") {
        ApiClient cor{planner};
        page_login(cor, "cor");
        CHECK(cor.get("/groep/bestaat-niet").result_int() == 404);
    }
}

TEST_CASE("static files are cached forever; pages never") {
    ApiPlanner planner;
    ApiClient client{planner};
    const auto htmx = client.get("/static/htmx-4.0.1.min.js");
    CHECK(htmx.result_int() == 200);
    CHECK(header(htmx, "Cache-Control") == "public, max-age=31536000, immutable");
    CHECK(header(htmx, "Content-Type") == "text/javascript; charset=utf-8");
    CHECK(client.get("/static/pages.css").result_int() == 200);
    CHECK(client.get("/static/geheim.txt").result_int() == 404);
    CHECK(client.get("/static/..%2Fconfig%2Fplanner.toml").result_int() == 404);
    CHECK(header(client.get("/login"), "Cache-Control") == "no-store");
}

TEST_CASE("Vandaag: a tap checks a child in and the wall screens get the new board") {
    ApiPlanner planner;
    ApiClient client{planner};
    page_login(client, "marco");
    const auto before = planner.revision();

    const auto tap = client.post_form("/groep/zonnebloem/aanwezig", "wie=kind&id=8&actie=in", true);
    CHECK(tap.result_int() == 200);
    CHECK(contains(tap, "Er sinds 10:00"));
    CHECK(contains(tap, "hx-swap-oob=\"true\"")); // the preview of the wall comes along
    CHECK(planner.revision() == before + 1);
    CHECK(dagritme::test::has_entry(dagritme::test::board_of(client)["present"]["children"], "c8"));

    SUBCASE("a double tap records one check-in") {
        const auto rows = attendance_rows(planner);
        client.post_form("/groep/zonnebloem/aanwezig", "wie=kind&id=8&actie=in", true);
        CHECK(attendance_rows(planner) == rows);
    }
    SUBCASE("who brought the child is kept, and never shown on the wall") {
        const auto res =
            client.post_form("/groep/zonnebloem/begeleider", "id=8&begeleider=oma", true);
        CHECK(res.result_int() == 200);
        CHECK(contains(res, "gebracht door oma"));
        const auto board = client.get("/api/groups/zonnebloem/board").body();
        CHECK(board.find("oma") == std::string::npos);
    }
    SUBCASE("a tap without JavaScript goes back to the page") {
        const auto res = client.post_form("/groep/zonnebloem/aanwezig", "wie=kind&id=8&actie=uit");
        CHECK(res.result_int() == 303);
        CHECK(header(res, "Location") == "/groep/zonnebloem");
    }
}

TEST_CASE("Vandaag: plan changes with their problems next to the field") {
    ApiPlanner planner;
    ApiClient client{planner};
    page_login(client, "marco");
    const auto before = planner.revision();

    SUBCASE("a block is added and the board changes") {
        const auto res = client.post_form(
            "/groep/zonnebloem/plan",
            "op=toevoegen&start=17%3A30&eind=17%3A45&label=Opruimen&soort=care&pictogram=opruimen",
            true);
        CHECK(res.result_int() == 200);
        CHECK(contains(res, "Opruimen"));
        CHECK(planner.revision() == before + 1);
    }
    SUBCASE("an overlapping block is refused with its values kept") {
        const auto res = client.post_form(
            "/groep/zonnebloem/plan",
            "op=toevoegen&start=10%3A10&eind=10%3A20&label=Dansen&soort=music&pictogram=muziek",
            true);
        CHECK(res.result_int() == 422);
        CHECK(contains(res, "Er is niets opgeslagen."));
        CHECK(contains(res, "id=\"start-fout\" role=\"alert\""));
        CHECK(contains(res, "value=\"Dansen\""));
        CHECK(planner.revision() == before);
    }
    SUBCASE("every missing field is named at once") {
        const auto res = client.post_form("/groep/zonnebloem/plan", "op=toevoegen", true);
        CHECK(res.result_int() == 422);
        CHECK(contains(res, "id=\"start-fout\" role=\"alert\">Vul een tijd in.</p>"));
        CHECK(contains(res, "id=\"label-fout\" role=\"alert\">Vul dit in.</p>"));
        CHECK(contains(res, "id=\"pictogram-fout\" role=\"alert\">Kies een pictogram.</p>"));
        CHECK(planner.revision() == before);
    }
    SUBCASE("an unknown pictogram, a bad time and a too long label") {
        const auto res = client.post_form(
            "/groep/zonnebloem/plan",
            "op=toevoegen&start=25%3A00&eind=17%3A45&label=" + std::string(61, 'x') +
                "&soort=care&pictogram=..%2Fgeheim",
            true);
        CHECK(res.result_int() == 422);
        CHECK(contains(res, "Vul een tijd in als 09:30."));
        CHECK(contains(res, "Maximaal 60 tekens (nu 61)."));
        CHECK(contains(res, "Dit pictogram bestaat niet."));
        CHECK(planner.revision() == before);
    }
    SUBCASE("a broken form is refused whole") {
        const auto res = client.post_form("/groep/zonnebloem/plan", "op=toevoegen&label=%ZZ", true);
        CHECK(res.result_int() == 400);
        CHECK(contains(res, "tekens die niet kunnen"));
        CHECK(planner.revision() == before);
    }
    SUBCASE("a name with markup is shown as text") {
        const auto res = client.post_form(
            "/groep/zonnebloem/plan",
            "op=hernoemen&blok=b1&label=%3Cscript%3Ealert(1)%3C%2Fscript%3E", true);
        CHECK(res.result_int() == 200);
        CHECK_FALSE(contains(res, "<script>alert"));
        CHECK(contains(res, "&lt;script&gt;alert(1)&lt;/script&gt;"));
    }
}

TEST_CASE("Vandaag: activity groups are added and removed") {
    ApiPlanner planner;
    ApiClient client{planner};
    page_login(client, "marco");
    const auto count = [&] {
        return dagritme::store::activities_of_day(planner.db(), "zonnebloem",
                                                  dagritme::test::demo_day)
            .size();
    };
    const auto before = count();
    const auto res = client.post_form("/groep/zonnebloem/groepjes",
                                      "op=toevoegen&label=Zwemmen&start=13%3A00&eind=14%3A00&"
                                      "leiding=1&kinderen=1&kinderen=2&pictogram=gym",
                                      true);
    CHECK(res.result_int() == 200);
    CHECK(count() == before + 1);
    const auto none = client.post_form("/groep/zonnebloem/groepjes",
                                       "op=toevoegen&label=Zwemmen&start=13%3A00&eind=14%3A00&"
                                       "pictogram=gym",
                                       true);
    CHECK(none.result_int() == 422);
    CHECK(contains(none, "Kies minstens één kind."));
    CHECK(count() == before + 1);
}

TEST_CASE("a page refreshing itself does not keep an idle session alive") {
    ApiPlanner planner;
    ApiClient client{planner};
    page_login(client, "marco");
    const auto refresh = [&](bool poll) {
        dagritme::web::Request req{http::verb::get, "/groep/zonnebloem/bord", 11};
        req.set(http::field::host, "planner");
        req.set(http::field::cookie, "dagritme_session=" + client.session);
        req.set("HX-Request", "true");
        req.set("HX-Current-URL", "http://planner/groep/zonnebloem");
        if (poll) req.set("X-Poll", "1");
        return planner.send(req, client.address);
    };
    const auto page = client.get("/groep/zonnebloem");
    CHECK(contains(page, "hx-trigger=\"every 10s\" hx-swap=\"outerHTML\" "
                         "hx-headers='{\"X-Poll\": \"1\"}'"));
    SUBCASE("polls every five minutes: logged out after half an hour") {
        for (int i = 1; i <= 5; ++i) {
            planner.now += 5 * 60;
            CHECK(header(refresh(true), "HX-Redirect").empty());
        }
        planner.now += 6 * 60; // 31 minutes since the last own request
        CHECK(header(refresh(true), "HX-Redirect") == "/login?volgende=%2Fgroep%2Fzonnebloem");
    }
    SUBCASE("what a person asks for does keep it alive") {
        for (int i = 1; i <= 7; ++i) {
            planner.now += 5 * 60;
            CHECK(header(refresh(false), "HX-Redirect").empty());
        }
    }
}
