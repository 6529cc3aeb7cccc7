// A form of another web site is never carried out, against the real planner on loopback: a
// browser posts it with the site's Origin (and Sec-Fetch-Site), with or without the staff
// member's cookie. Three attacks that once worked through the login page: pairing the
// attacker's wall screen, making the attacker mentor of a family, a limit violation written by
// the attacker under a group leader's name. And password guessing: a parallel burst is
// throttled like guesses one after another, and guesses from many addresses never lock the
// owner out.
#include "server_fixture.hpp"

#include "auth/login_throttle.hpp"
#include "store/database.hpp"
#include "web/form.hpp"

using namespace dagritme;
using namespace dagritme::test;

namespace {

const std::string evil = "https://evil.example";

// A form post as a browser sends it: `origin` and `site` as the browser would set them ("" for
// none), the session cookie when there is one.
HttpResponse post_form(unsigned short port, const std::string& target, const std::string& form,
                       const std::string& session, const std::string& origin,
                       const std::string& site = "") {
    net::io_context ioc;
    beast::tcp_stream stream(connect_from(ioc, port));
    bhttp::request<bhttp::string_body> req{bhttp::verb::post, target, 11};
    req.set(bhttp::field::host, "127.0.0.1:" + std::to_string(port));
    req.set(bhttp::field::content_type, "application/x-www-form-urlencoded");
    if (!session.empty()) req.set(bhttp::field::cookie, "dagritme_session=" + session);
    if (!origin.empty()) req.set(bhttp::field::origin, origin);
    if (!site.empty()) req.set("Sec-Fetch-Site", site);
    req.body() = form;
    req.prepare_payload();
    bhttp::write(stream, req);
    beast::flat_buffer buffer;
    HttpResponse res;
    bhttp::read(stream, buffer, res);
    return res;
}

std::int64_t number(store::Database& db, const std::string& sql) {
    auto st = db.prepare(sql);
    REQUIRE(st.step());
    return st.int64(0);
}

// How many security events of this kind the audit log holds (rows count their repeats).
std::int64_t security_events(RunningPlanner& planner, const std::string& what) {
    store::Database db(planner.dir / "dagritme.db");
    auto st = db.prepare(
        "SELECT coalesce(sum(repeats), 0) FROM audit_log WHERE kind = 'security' AND what = ?");
    st.bind(1, what);
    REQUIRE(st.step());
    return st.int64(0);
}

struct State {
    std::int64_t screens, violations, mentor, audit;
    bool operator==(const State&) const = default;
};

State state_of(RunningPlanner& planner) {
    store::Database db(planner.dir / "dagritme.db");
    return {number(db, "SELECT count(*) FROM screen"),
            number(db, "SELECT count(*) FROM limit_violation"),
            number(db, "SELECT coalesce(mentor_account, 0) FROM family WHERE id = 1"),
            number(db, "SELECT count(*) FROM audit_log WHERE outcome = 'allowed' AND "
                       "action <> 'read'")};
}

} // namespace

TEST_CASE("a form posted from another site changes nothing, logged in or not") {
    RunningPlanner planner;
    std::istringstream password(test_password + "\n");
    REQUIRE(planner.cli_ok(
        {"user", "add", "cor", "--role", "coordinator", "--config", planner.config.string()},
        &password));
    store::Database db(planner.dir / "dagritme.db");
    const auto attacker = number(db, "SELECT id FROM user_account WHERE name = 'fatima'");
    const auto child = number(db, "SELECT id FROM child WHERE group_id = 'zonnebloem' LIMIT 1");
    const auto limit =
        number(db, "SELECT id FROM care_limit WHERE group_id = 'zonnebloem' LIMIT 1");
    const auto code =
        json_of(planner.client().request(bhttp::verb::post, "/screen/pairing"))["code"]
            .get<std::string>();

    const auto ilse = planner.logged_in("ilse");
    const auto cor = planner.logged_in("cor");
    const auto marco = planner.logged_in("marco");
    struct Attack {
        std::string what, target, form;
        const HttpClient* victim;
    };
    const std::vector<Attack> attacks{
        {"the attacker's wall screen paired to the group", "/beheer/schermen",
         "op=koppelen&code=" + code + "&naam=Scherm&groep=zonnebloem", &ilse},
        {"the attacker made mentor of a family", "/gezin/1/mentor",
         "account=" + std::to_string(attacker), &cor},
        {"a limit violation under a group leader's name", "/groep/zonnebloem/limit",
         "sleutel=aanval&kind=" + std::to_string(child) + "&limit=" + std::to_string(limit) +
             "&wat=Door+een+ander+geschreven&tijd=00%3A00&vastgehouden=nee",
         &marco},
    };
    const auto before = state_of(planner);
    for (const auto& attack : attacks) {
        CAPTURE(attack.what);
        const auto& victim = *attack.victim;
        // Without a session (the cookie is SameSite=Strict): once the login page, which
        // carried the fields and posted them after the victim's login.
        auto res = post_form(planner.port, attack.target, attack.form, "", evil);
        CHECK(res.result_int() == 403);
        CHECK(res.body().find("kwam van een andere website") != std::string::npos);
        CHECK(res.body().find("bewaard") == std::string::npos);
        // With the victim's session and even its CSRF token, or only Sec-Fetch-Site.
        const auto form = attack.form + "&csrf=" + victim.csrf;
        CHECK(post_form(planner.port, attack.target, form, victim.session, evil).result_int() ==
              403);
        CHECK(post_form(planner.port, attack.target, form, victim.session, "", "cross-site")
                  .result_int() == 403);
        CHECK(post_form(planner.port, attack.target, form, victim.session, "null").result_int() ==
              403);
        // The genuine login page with the attacker's fields: logs in, carries out nothing.
        const auto login =
            post_form(planner.port, "/login",
                      "name=" +
                          (attack.victim == &ilse  ? std::string("ilse")
                           : attack.victim == &cor ? std::string("cor")
                                                   : std::string("marco")) +
                          "&password=" + test_password + "&volgende=" + attack.target +
                          "&bewaard=" + web::form_encode(attack.form),
                      "", "");
        CHECK(login.result_int() == 303);
        CHECK(std::string(login[bhttp::field::location]) == "/");
    }
    CHECK(state_of(planner) == before);
    CHECK(planner.process->wait_line("from another site (Origin https://evil.example)",
                                     std::chrono::seconds(5)));
    // The JSON API too.
    CHECK(post_form(planner.port, "/api/logout", "", marco.session, evil).result_int() == 403);
    CHECK(marco.get("/api/me").result_int() == 200);
    // Each refusal is a security event in the audit log (counted into one row a minute).
    CHECK(security_events(planner, "origin") == 3 * 4 + 1);

    // The same posts from the planner's own pages are carried out: the check tells them apart.
    const auto own = "http://127.0.0.1:" + std::to_string(planner.port);
    for (const auto& attack : attacks) {
        CAPTURE(attack.what);
        const auto res =
            post_form(planner.port, attack.target, attack.form + "&csrf=" + attack.victim->csrf,
                      attack.victim->session, own, "same-origin");
        CHECK(res.result_int() < 400);
    }
    const auto after = state_of(planner);
    CHECK(after.screens == before.screens + 1);
    CHECK(after.violations == before.violations + 1);
    CHECK(after.mentor == attacker);
}

namespace {

// POST /api/login on a connection of its own from `source`, written now, answered later.
tcp::socket send_login(net::io_context& ioc, unsigned short port, const std::string& source,
                       const std::string& name, const std::string& password) {
    auto socket = connect_from(ioc, port, source);
    const auto body = nlohmann::json{{"name", name}, {"password", password}}.dump();
    net::write(socket, net::buffer("POST /api/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                                   "application/json\r\nConnection: close\r\nContent-Length: " +
                                   std::to_string(body.size()) + "\r\n\r\n" + body));
    return socket;
}

HttpResponse answer_of(tcp::socket& socket) {
    beast::flat_buffer buffer;
    HttpResponse res;
    bhttp::read(socket, buffer, res);
    return res;
}

} // namespace

TEST_CASE("guesses sent in parallel are throttled like guesses one after another") {
    RunningPlanner planner;
    net::io_context ioc;
    std::map<std::string, int> answers; // "401 login_failed", "429 login_busy", ...
    // 96 guesses from one address: waves of 24 connections at once (the address's connection cap
    // is 32), each wave sent before any answer is read.
    for (int wave = 0; wave < 4; ++wave) {
        std::vector<tcp::socket> tries;
        for (int i = 0; i < 24; ++i)
            tries.push_back(send_login(ioc, planner.port, "127.0.0.66", "marco",
                                       "raden-" + std::to_string(wave * 24 + i)));
        for (auto& socket : tries) {
            const auto res = answer_of(socket);
            ++answers[std::to_string(res.result_int()) + " " +
                      json_of(res)["error"].get<std::string>()];
        }
    }
    const int checked = answers["401 login_failed"];
    MESSAGE("96 parallel guesses: " << checked << " checked, " << answers["429 login_busy"]
                                    << " busy, " << answers["429 too_many_logins"] << " throttled");
    CHECK(checked >= 1);
    CHECK(checked <= auth::LoginThrottle::free_tries_per_account_and_address);
    CHECK(answers["401 login_failed"] + answers["429 login_busy"] +
              answers["429 too_many_logins"] ==
          96);
    // Guessing on one at a time reaches the same five, then the right password is refused too.
    for (int i = checked; i < auth::LoginThrottle::free_tries_per_account_and_address; ++i) {
        auto socket = send_login(ioc, planner.port, "127.0.0.66", "marco", "nog-een");
        CHECK(answer_of(socket).result_int() == 401);
    }
    auto right = send_login(ioc, planner.port, "127.0.0.66", "marco", test_password);
    const auto refused = answer_of(right);
    CHECK(refused.result_int() == 429);
    CHECK(json_of(refused)["error"] == "too_many_logins");
    CHECK(security_events(planner, "login_failed") ==
          auth::LoginThrottle::free_tries_per_account_and_address);
    CHECK(security_events(planner, "login_throttled") ==
          answers["429 login_busy"] + answers["429 too_many_logins"] + 1);
}

TEST_CASE("guesses from many addresses do not lock the owner out; they raise an alert") {
    RunningPlanner planner;
    net::io_context ioc;
    // 10 addresses, 5 wrong passwords each, for the administrator's account.
    for (int a = 0; a < 10; ++a)
        for (int i = 0; i < auth::LoginThrottle::free_tries_per_account_and_address; ++i) {
            auto socket =
                send_login(ioc, planner.port, "127.0.3." + std::to_string(a + 1), "ilse", "raden");
            CHECK(answer_of(socket).result_int() == 401);
        }
    auto again = send_login(ioc, planner.port, "127.0.3.1", "ilse", test_password);
    CHECK(answer_of(again).result_int() == 429); // each guessing address waits
    // The owner's tablet never failed: it logs in at once.
    CHECK(planner.client("127.0.0.2").login("ilse", test_password) == 200);
    CHECK(planner.process->wait_line("login alert: 30 failed logins for the account name 'ilse'",
                                     std::chrono::seconds(5)));
}
