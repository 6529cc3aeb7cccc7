// Sessions, roles and CSRF through the real API in this process: who may do what, and that a
// refused write changes nothing.
#include "api_fixture.hpp"
#include "auth/login_throttle.hpp"

using namespace dagritme;
using namespace dagritme::test;

TEST_CASE("health, login, roles and CSRF") {
    ApiPlanner planner;
    ApiClient anonymous{planner};
    CHECK(body_of(anonymous.get("/healthz"))["status"] == "ok");

    SUBCASE("every /api route needs a session") {
        for (const auto& target : {"/api/groups", "/api/groups/zonnebloem/board", "/api/me",
                                   "/api/screens", "/api/children/1/photo-consent"}) {
            CAPTURE(target);
            const auto res = anonymous.get(target);
            CHECK(res.result_int() == 401);
            CHECK(body_of(res) ==
                  nlohmann::json{{"error", "not_logged_in"}, {"message", "Log eerst in."}});
        }
    }
    SUBCASE("a wrong password is refused the same as an unknown name") {
        ApiClient c{planner};
        const auto wrong = c.post("/api/login", {{"name", "ilse"}, {"password", "fout"}}, false);
        const auto unknown =
            c.post("/api/login", {{"name", "niemand"}, {"password", api_password}}, false);
        CHECK(wrong.result_int() == 401);
        CHECK(unknown.result_int() == 401);
        CHECK(body_of(wrong) == nlohmann::json{{"error", "login_failed"},
                                               {"message", "Naam of wachtwoord klopt niet."}});
        CHECK(body_of(unknown) == body_of(wrong));
        CHECK(wrong[api_http::field::set_cookie].empty());
    }
    SUBCASE("the session cookie is HttpOnly and SameSite=Strict, not Secure without TLS") {
        const auto res =
            anonymous.post("/api/login", {{"name", "marco"}, {"password", api_password}}, false);
        REQUIRE(res.result_int() == 200);
        const std::string cookie(res[api_http::field::set_cookie]);
        CHECK(cookie.starts_with("dagritme_session="));
        CHECK(cookie.find("HttpOnly") != std::string::npos);
        CHECK(cookie.find("SameSite=Strict") != std::string::npos);
        CHECK(cookie.find("Secure") == std::string::npos);
        CHECK(body_of(res)["role"] == "groepsleider");
    }
    SUBCASE("a write without the right CSRF token changes nothing") {
        auto marco = logged_in(planner, "marco");
        const auto before = planner.revision();
        const auto board_before = board_of(marco);
        const nlohmann::json check_in{{"person", "child"}, {"id", 8}, {"action", "check_in"}};
        const auto missing = marco.post("/api/groups/zonnebloem/attendance", check_in, false);
        CHECK(missing.result_int() == 403);
        CHECK(body_of(missing)["error"] == "csrf_failed");
        marco.csrf = std::string(64, '0');
        const auto wrong = marco.post("/api/groups/zonnebloem/attendance", check_in);
        CHECK(wrong.result_int() == 403);
        CHECK(body_of(wrong)["error"] == "csrf_failed");
        CHECK(planner.revision() == before);
        CHECK(board_of(marco) == board_before);
    }
    SUBCASE("roles: a group leader may not pair screens or set consent; a mentor may set consent") {
        auto marco = logged_in(planner, "marco");
        const auto board_before = board_of(marco);
        const auto screens = marco.get("/api/screens");
        CHECK(screens.result_int() == 403);
        CHECK(body_of(screens)["error"] == "forbidden");
        const auto consent = marco.put("/api/children/1/photo-consent", {{"consent", false}});
        CHECK(consent.result_int() == 403);
        CHECK(body_of(consent)["error"] == "forbidden");
        CHECK(board_of(marco) == board_before);
        auto fatima = logged_in(planner, "fatima");
        CHECK(fatima.put("/api/children/1/photo-consent", {{"consent", false}}).result_int() ==
              200);
        CHECK(board_of(marco) != board_before);
    }
    SUBCASE("logout ends the session") {
        auto marco = logged_in(planner, "marco");
        CHECK(marco.post("/api/logout", nlohmann::json::object()).result_int() == 200);
        CHECK(marco.get("/api/me").result_int() == 401);
    }
    SUBCASE("a session ends after 30 idle minutes") {
        auto marco = logged_in(planner, "marco");
        planner.now += 29 * 60;
        CHECK(marco.get("/api/me").result_int() == 200);
        planner.now += 31 * 60;
        const auto res = marco.get("/api/me");
        CHECK(res.result_int() == 401);
        CHECK(body_of(res)["message"] == "Je sessie is verlopen; log opnieuw in.");
    }
}

TEST_CASE("password guessing is slowed down per address and per account") {
    ApiPlanner planner;
    ApiClient attacker{planner, "192.168.1.66"};
    int tries = 0;
    web::Response res;
    for (; tries < 20; ++tries) {
        res = attacker.post("/api/login",
                            {{"name", "marco"}, {"password", "raden-" + std::to_string(tries)}},
                            false);
        if (res.result_int() != 401) break;
    }
    CHECK(tries == auth::LoginThrottle::free_tries_per_account_and_address);
    REQUIRE(res.result_int() == 429);
    CHECK(body_of(res)["error"] == "too_many_logins");
    const auto retry_after = std::stoi(std::string(res[api_http::field::retry_after]));
    CHECK(retry_after > 20); // the first wait is 30 s, counted from the last failure
    CHECK(retry_after <= 30);
    CHECK(body_of(res)["message"] == "Te veel mislukte pogingen; probeer het over " +
                                         std::to_string(retry_after) + " seconden opnieuw.");

    SUBCASE("the throttled address is refused even with the right password") {
        CHECK(attacker.login("marco") == 429);
    }
    SUBCASE("the owner logs in from another address") {
        ApiClient owner{planner, "192.168.1.21"};
        CHECK(owner.login("marco") == 200);
        CHECK(owner.get("/api/me").result_int() == 200);
    }
    SUBCASE("a refused try is not counted against the account") {
        for (int i = 0; i < 20; ++i)
            CHECK(attacker.post("/api/login", {{"name", "marco"}, {"password", "x"}}, false)
                      .result_int() == 429);
        CHECK(ApiClient{planner, "192.168.1.22"}.login("marco") == 200);
    }
}
