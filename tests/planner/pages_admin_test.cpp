// Beheer in-process: accounts with their groups, disabling, pairing and revoking screens, and
// that nobody but the administrator gets there.
#include "page_checks.hpp"

#include "app/screen_pairing.hpp"
#include "store/accounts.hpp"
#include "store/screens.hpp"

#include <doctest/doctest.h>

namespace {

using dagritme::test::ApiClient;
using dagritme::test::ApiPlanner;
using dagritme::test::contains;

ApiClient admin(ApiPlanner& planner) {
    ApiClient client{planner};
    REQUIRE(client.login("ilse") == 200);
    return client;
}

std::size_t accounts(ApiPlanner& planner) {
    return dagritme::store::list_accounts(planner.db()).size();
}

} // namespace

TEST_CASE("an administrator adds an account with its groups, and it can log in") {
    ApiPlanner planner;
    auto ilse = admin(planner);
    const auto before = accounts(planner);
    const auto res = ilse.post_form("/beheer/accounts",
                                    "op=toevoegen&naam=anna&rol=groepsleider&groep=zonnebloem&"
                                    "wachtwoord=een-lang-wachtwoord",
                                    true);
    CHECK(res.result_int() == 200);
    CHECK(contains(res, "Account anna is aangemaakt."));
    CHECK(accounts(planner) == before + 1);
    ApiClient anna{planner};
    CHECK(anna.login("anna") == 200);
    CHECK(anna.get("/groep/zonnebloem").result_int() == 200);

    SUBCASE("the same name again is refused next to the field") {
        const auto again = ilse.post_form("/beheer/accounts",
                                          "op=toevoegen&naam=anna&rol=mentor&"
                                          "wachtwoord=een-lang-wachtwoord",
                                          true);
        CHECK(again.result_int() == 422);
        CHECK(contains(again, "id=\"naam-fout\" role=\"alert\">Deze naam is al in gebruik.</p>"));
        CHECK(accounts(planner) == before + 1);
    }
    SUBCASE("disabling it ends its session") {
        const auto off = ilse.post_form("/beheer/accounts", "op=uitschakelen&naam=anna", true);
        CHECK(off.result_int() == 200);
        CHECK(contains(off, "Account anna is uitgeschakeld"));
        CHECK(anna.get("/groep/zonnebloem").result_int() == 303); // to the login
    }
}

TEST_CASE("bad account forms save nothing and say why") {
    ApiPlanner planner;
    auto ilse = admin(planner);
    const auto before = accounts(planner);
    const auto res = ilse.post_form(
        "/beheer/accounts", "op=toevoegen&naam=Anna%20B&rol=directeur&wachtwoord=kort", true);
    CHECK(res.result_int() == 422);
    CHECK(contains(res, "Gebruik 1 tot 40 kleine letters"));
    CHECK(contains(res, "id=\"rol-fout\" role=\"alert\">Deze keuze bestaat niet.</p>"));
    CHECK(contains(res, "Kies een wachtwoord van minstens 10 tekens."));
    const auto group = ilse.post_form("/beheer/accounts",
                                      "op=toevoegen&naam=bert&rol=mentor&groep=regenboog&"
                                      "wachtwoord=een-lang-wachtwoord",
                                      true);
    CHECK(group.result_int() == 422);
    CHECK(contains(group, "Deze groep bestaat niet."));
    const auto self = ilse.post_form("/beheer/accounts", "op=uitschakelen&naam=ilse", true);
    CHECK(self.result_int() == 422);
    CHECK(contains(self, "Je eigen account kun je niet uitschakelen."));
    CHECK(accounts(planner) == before);
}

TEST_CASE("an administrator pairs and revokes a wall screen") {
    ApiPlanner planner;
    auto ilse = admin(planner);
    const auto request = dagritme::app::request_pairing(planner.db(), "10.0.0.5", planner.now);
    REQUIRE(request);
    const auto bad = ilse.post_form(
        "/beheer/schermen", "op=koppelen&code=12ab&naam=Groepsruimte&groep=zonnebloem", true);
    CHECK(bad.result_int() == 422);
    CHECK(contains(bad, "De code is zes cijfers, zoals op het scherm."));
    CHECK(dagritme::store::list_screens(planner.db()).empty());

    const auto res = ilse.post_form(
        "/beheer/schermen",
        "op=koppelen&code=" + request->code + "&naam=Groepsruimte&groep=zonnebloem", true);
    CHECK(res.result_int() == 200);
    const auto screens = dagritme::store::list_screens(planner.db());
    REQUIRE(screens.size() == 1);
    CHECK(contains(res, "Groepsruimte"));
    const auto off = ilse.post_form("/beheer/schermen",
                                    "op=intrekken&scherm=" + std::to_string(screens[0].id), true);
    CHECK(off.result_int() == 200);
    CHECK(dagritme::store::list_screens(planner.db())[0].revoked_at.has_value());
}

TEST_CASE("the administrator and the coordinator open Beheer; a coordinator makes no admins") {
    ApiPlanner planner;
    for (const auto* name : {"marco", "fatima"}) {
        CAPTURE(name);
        ApiClient client{planner};
        REQUIRE(client.login(name) == 200);
        CHECK(client.get("/beheer").result_int() == 403);
        const auto before = accounts(planner);
        CHECK(client
                  .post_form("/beheer/accounts",
                             "op=toevoegen&naam=x&rol=admin&wachtwoord=een-lang-wachtwoord")
                  .result_int() == 403);
        CHECK(accounts(planner) == before);
    }
    ApiClient cor{planner};
    REQUIRE(cor.login("cor") == 200);
    CHECK(cor.get("/beheer").result_int() == 200);
    const auto before = accounts(planner);
    for (const auto* role : {"admin", "coordinator"}) {
        CAPTURE(role);
        const auto refused = cor.post_form("/beheer/accounts",
                                           std::string("op=toevoegen&naam=x&rol=") + role +
                                               "&wachtwoord=een-lang-wachtwoord",
                                           true);
        CHECK(refused.result_int() == 422);
        CHECK(dagritme::test::shows_error(
            refused, "rol",
            "Alleen de beheerder maakt accounts voor coördinatoren en beheerders."));
        CHECK(accounts(planner) == before);
    }
    const auto disable = cor.post_form("/beheer/accounts", "op=uitschakelen&naam=ilse", true);
    CHECK(disable.result_int() == 422);
    CHECK(dagritme::test::shows_error(
        disable, "naam",
        "Alleen de beheerder schakelt accounts van coördinatoren en beheerders uit."));
    CHECK(cor.post_form("/beheer/accounts",
                        "op=toevoegen&naam=noor&rol=groepsleider&groep=zonnebloem&wachtwoord=een-"
                        "lang-wachtwoord",
                        true)
              .result_int() == 200);
    CHECK(accounts(planner) == before + 1);
    auto ilse = admin(planner);
    CHECK(ilse.get("/beheer").result_int() == 200);
}

TEST_CASE("a forgotten password: a new one on Beheer ends the account's sessions") {
    ApiPlanner planner;
    ApiClient marco{planner};
    REQUIRE(marco.login("marco") == 200);
    ApiClient cor{planner};
    REQUIRE(cor.login("cor") == 200);
    const auto hash_of = [&](const char* name) {
        return dagritme::store::find_account(planner.db(), name)->password_hash;
    };
    const auto before = hash_of("marco");
    const auto short_one =
        cor.post_form("/beheer/accounts", "op=wachtwoord&naam=marco&wachtwoord=kort", true);
    CHECK(short_one.result_int() == 422);
    CHECK(dagritme::test::shows_error(short_one, "wachtwoord",
                                      "Kies een wachtwoord van minstens 10 tekens."));
    const auto admin_one = cor.post_form(
        "/beheer/accounts", "op=wachtwoord&naam=ilse&wachtwoord=een-ander-wachtwoord", true);
    CHECK(admin_one.result_int() == 422);
    CHECK(dagritme::test::shows_error(
        admin_one, "naam",
        "Alleen de beheerder geeft coördinatoren en beheerders een nieuw wachtwoord."));
    CHECK(hash_of("marco") == before);
    CHECK(marco.get("/api/me").result_int() == 200);

    const auto done = cor.post_form(
        "/beheer/accounts", "op=wachtwoord&naam=marco&wachtwoord=een-nieuw-wachtwoord", true);
    CHECK(done.result_int() == 200);
    CHECK(contains(done, "Account marco heeft een nieuw wachtwoord"));
    CHECK(hash_of("marco") != before);
    CHECK(marco.get("/api/me").result_int() == 401); // logged out everywhere
    ApiClient again{planner};
    CHECK(again.login("marco") == 401);
    CHECK(again.login("marco", "een-nieuw-wachtwoord") == 200);
}
