// The group's shared tablet, in-process: a person sets a PIN (a weak one is refused), switches to
// themselves on the group's tablet without a session, and the next entry is theirs; the PIN's
// session is a group leader's of that group only, and a wrong PIN is throttled with passwords.
#include "page_checks.hpp"
#include "store/people.hpp"

#include <doctest/doctest.h>

#include <string>

namespace dagritme::test {
namespace {

// Links the demo's staff member `first_name` to the account `account`.
void link(ApiPlanner& planner, const std::string& first_name, const std::string& account) {
    store::Transaction tx{planner.db()};
    for (auto s : store::staff_of_group(planner.db(), "zonnebloem"))
        if (s.first_name == first_name) {
            s.account_id = store::find_account(planner.db(), account)->id;
            store::update_staff(planner.db(), s);
        }
    tx.commit();
}

std::string cookie_of(const web::Response& res) {
    const auto header = std::string(res[api_http::field::set_cookie]);
    const auto start = header.find('=') + 1;
    return header.substr(start, header.find(';') - start);
}

} // namespace

TEST_CASE("a PIN: weak ones refused, then a switch on the tablet makes the next entry theirs") {
    ApiPlanner planner;
    link(planner, "Marco", "marco");
    link(planner, "Fatima", "fatima");
    const auto marco = logged_in(planner, "marco");
    CHECK(contains(marco.get("/pin"), "PIN voor de groepstablet"));
    for (const auto& [pin, field, message] :
         {std::tuple<const char*, const char*, const char*>{
              "123456", "pin",
              "Deze PIN is te makkelijk te raden; kies zes cijfers zonder reeks of herhaling."},
          {"000000", "pin",
           "Deze PIN is te makkelijk te raden; kies zes cijfers zonder reeks of herhaling."},
          {"4815", "pin", "Een PIN is zes cijfers."},
          {"48a916", "pin", "Een PIN is zes cijfers."}}) {
        CAPTURE(pin);
        const auto res = post_form(marco, "/pin", std::string("pin=") + pin + "&herhaal=" + pin);
        CHECK(res.result_int() == 422);
        CHECK(shows_error(res, field, message));
    }
    const auto mismatch = post_form(marco, "/pin", "pin=482916&herhaal=482917");
    CHECK(shows_error(mismatch, "herhaal", "De twee PIN's zijn niet gelijk."));
    ApiClient tablet{planner, "192.168.1.30"};
    CHECK(contains(tablet.get("/groep/zonnebloem/wissel"), "Nog niemand van deze groep"));

    const auto saved = post_form(marco, "/pin", "pin=482916&herhaal=482916");
    REQUIRE(saved.result_int() == 200);
    CHECK(contains(saved, "Je PIN is opgeslagen."));
    const auto faces = tablet.get("/groep/zonnebloem/wissel");
    REQUIRE(faces.result_int() == 200);
    CHECK(contains(faces, "value=\"marco\""));
    CHECK_FALSE(contains(faces, "value=\"fatima\"")); // no PIN

    const auto wrong = tablet.post_form("/groep/zonnebloem/wissel", "naam=marco&pin=482917");
    CHECK(wrong.result_int() == 401);
    CHECK(contains(wrong, "Deze PIN klopt niet."));
    const auto unknown = tablet.post_form("/groep/zonnebloem/wissel", "naam=fatima&pin=482916");
    CHECK(unknown.result_int() == 401);
    const auto right = tablet.post_form("/groep/zonnebloem/wissel", "naam=marco&pin=482916");
    REQUIRE(right.result_int() == 303);
    CHECK(location(right) == "/groep/zonnebloem");
    CHECK(std::string(right[api_http::field::set_cookie]).find("Max-Age=1800") !=
          std::string::npos);

    // The tablet now works as marco, in this group only.
    tablet.session = cookie_of(right);
    const auto me = tablet.get("/api/me");
    REQUIRE(me.result_int() == 200);
    CHECK(body_of(me)["name"] == "marco");
    CHECK(body_of(me)["role"] == "groepsleider");
    tablet.csrf = body_of(me)["csrf"];
    CHECK(tablet.get("/groep/zonnebloem").result_int() == 200);
    CHECK(tablet.get("/gezin").result_int() == 403);
    CHECK(tablet.get("/medewerkers").result_int() == 403);

    const auto form = tablet.get("/groep/zonnebloem/ankerpunt");
    REQUIRE(form.result_int() == 200);
    std::int64_t child = 0;
    for (const auto& c : store::children_of_group(planner.db(), "zonnebloem"))
        if (c.first_name == "Sanne") child = c.id;
    const auto entry = post_form(tablet, "/groep/zonnebloem/ankerpunt",
                                 "sleutel=" + hidden_value(form.body(), "sleutel") +
                                     "&kind=" + std::to_string(child) +
                                     "&emotie=anger&aanpak=named&tijd=09%3A30&einde=calmed");
    REQUIRE(entry.result_int() == 303);
    auto st = planner.db().prepare("SELECT a.name FROM anchorpoint p JOIN user_account a ON "
                                   "a.id = p.author ORDER BY p.id DESC LIMIT 1");
    REQUIRE(st.step());
    CHECK(st.text(0) == "marco");

    // Clearing the PIN ends the tablet's session.
    REQUIRE(post_form(marco, "/pin", "op=wissen").result_int() == 200);
    CHECK(tablet.get("/api/me").result_int() == 401);
}

TEST_CASE("a wrong PIN is throttled like a wrong password") {
    ApiPlanner planner;
    link(planner, "Marco", "marco");
    const auto marco = logged_in(planner, "marco");
    REQUIRE(post_form(marco, "/pin", "pin=482916&herhaal=482916").result_int() == 200);
    ApiClient tablet{planner, "192.168.1.31"};
    int refused = 0, throttled = 0;
    for (int i = 0; i < 8; ++i) {
        const auto res = tablet.post_form("/groep/zonnebloem/wissel",
                                          "naam=marco&pin=" + std::to_string(100000 + i * 7919));
        refused += res.result_int() == 401 ? 1 : 0;
        throttled += res.result_int() == 429 ? 1 : 0;
    }
    CHECK(refused == 5);
    CHECK(throttled == 3);
    // Even the right PIN waits now.
    CHECK(tablet.post_form("/groep/zonnebloem/wissel", "naam=marco&pin=482916").result_int() ==
          429);
}

} // namespace dagritme::test
