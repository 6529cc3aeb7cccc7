// The real planner process on loopback: what needs sockets, WebSockets, signals or the
// command line beside a running server. The routes themselves are tested in this process
// (api_*_test.cpp).
#include "server_fixture.hpp"

using namespace dagritme;
using namespace dagritme::test;

TEST_CASE("a check-in through the API reaches a connected screen with the new revision") {
    RunningPlanner planner;
    CHECK(json_of(planner.client().get("/healthz"))["status"] == "ok");
    // The demo seeded the database; at start the planner says that the database wins.
    CHECK(planner.process->wait_line(
              "group zonnebloem: database (configuration ignored; it only seeds new groups)",
              std::chrono::seconds(1)) ==
          "group zonnebloem: database (configuration ignored; it only seeds new groups)");
    const auto token = planner.pair_screen();
    ScreenClient screen(planner.port, token);
    const auto first = screen.read();
    REQUIRE(first);
    CHECK((*first)["type"] == "board");
    CHECK((*first)["group"]["id"] == "zonnebloem");
    const std::int64_t revision = (*first)["revision"];
    for (const auto& child : (*first)["present"]["children"])
        CHECK(child["id"] != "c8");

    auto marco = planner.logged_in("marco");
    const auto res = marco.post("/api/groups/zonnebloem/attendance",
                                {{"person", "child"}, {"id", 8}, {"action", "check_in"}});
    REQUIRE(res.result_int() == 200);
    CHECK(json_of(res)["revision"] == revision + 1);
    const auto update = screen.read_revision(revision + 1);
    REQUIRE(update);
    bool bram = false;
    for (const auto& child : (*update)["present"]["children"])
        bram = bram || child["id"] == "c8";
    CHECK(bram);
}

TEST_CASE("100 connected screens all receive an update") {
    RunningPlanner planner;
    // 100 screens, each with its own token and address, paired from the command line (a
    // token holds two streams at most, an address a few screens).
    std::vector<std::unique_ptr<ScreenClient>> screens;
    for (int i = 0; i < 100; ++i) {
        const auto source = "127.0.4." + std::to_string(i + 1);
        const auto display = planner.client(source);
        const auto request = json_of(display.request(bhttp::verb::post, "/screen/pairing"));
        REQUIRE(planner.cli_ok({"screen", "pair", request["code"], "--group", "zonnebloem",
                                "--name", "Scherm " + std::to_string(i + 1), "--config",
                                planner.config.string()}));
        const auto status =
            json_of(display.post("/screen/pairing/status", {{"secret", request["secret"]}}));
        screens.push_back(std::make_unique<ScreenClient>(planner.port, status["token"], source));
        REQUIRE(screens.back()->read());
    }
    const auto revision = planner.revision();
    auto marco = planner.logged_in("marco");
    REQUIRE(
        marco
            .post(
                "/api/groups/zonnebloem/days/" +
                    json_of(marco.get("/api/groups/zonnebloem/board"))["date"].get<std::string>() +
                    "/changes",
                {{"op", "relabel"}, {"target", "b2"}, {"label", "Kring met de poppen"}})
            .result_int() == 200);
    int received = 0;
    for (auto& s : screens) {
        const auto board = s->read_revision(revision + 1);
        if (board && (*board)["blocks"][1]["label"] == "Kring met de poppen") ++received;
    }
    CHECK(received == 100);
}

TEST_CASE("a screen paired from the command line connects; revoked, it is disconnected") {
    RunningPlanner planner;
    auto anonymous = planner.client();
    const auto request = json_of(anonymous.request(bhttp::verb::post, "/screen/pairing"));
    // Paired from the command line while the planner runs, as an administrator would.
    REQUIRE(planner.cli_ok({"screen", "pair", request["code"], "--group", "zonnebloem", "--name",
                            "Gang", "--config", planner.config.string()}));
    const auto status =
        json_of(anonymous.post("/screen/pairing/status", {{"secret", request["secret"]}}));
    REQUIRE(status["status"] == "paired");
    const std::string token = status["token"];

    ScreenClient screen(planner.port, token);
    REQUIRE(screen.read());
    auto ilse = planner.logged_in("ilse");
    const auto screens = json_of(ilse.get("/api/screens"))["screens"];
    REQUIRE(screens.size() == 1);
    CHECK(ilse.request(bhttp::verb::delete_,
                       "/api/screens/" + std::to_string(screens[0]["id"].get<int>()))
              .result_int() == 200);
    CHECK_FALSE(screen.read()); // closed by the planner
    CHECK(screen.close_reason().code == websocket::close_code::going_away);
    CHECK_THROWS(ScreenClient(planner.port, token));
    CHECK_THROWS(ScreenClient(planner.port, std::string(64, 'a')));
}

TEST_CASE("graceful shutdown: screens get a close frame, the process exits 0, the board survives a "
          "restart") {
    RunningPlanner planner;
    const auto token = planner.pair_screen();
    auto marco = planner.logged_in("marco");
    REQUIRE(marco
                .post("/api/groups/zonnebloem/attendance",
                      {{"person", "child"}, {"id", 8}, {"action", "check_in"}})
                .result_int() == 200);
    const auto revision = planner.revision();
    ScreenClient screen(planner.port, token);
    REQUIRE(screen.read());
    planner.process->signal(SIGTERM);
    CHECK_FALSE(screen.read());
    CHECK(screen.close_reason().code == websocket::close_code::going_away);
    CHECK(planner.process->wait_exit() == 0);
    planner.start();                       // same port, same database
    CHECK(planner.revision() == revision); // nothing acknowledged was lost
}

TEST_CASE("disabling an account or changing its password ends its open sessions at once") {
    RunningPlanner planner;
    auto marco = planner.logged_in("marco");
    auto fatima = planner.logged_in("fatima");
    REQUIRE(marco.get("/api/me").result_int() == 200);

    REQUIRE(planner.cli_ok({"user", "disable", "marco", "--config", planner.config.string()}));
    const auto refused = marco.get("/api/me");
    CHECK(refused.result_int() == 401);
    CHECK(json_of(refused)["error"] == "not_logged_in");
    CHECK(planner.client("127.0.0.20").login("marco", test_password) == 401);
    CHECK(fatima.get("/api/me").result_int() == 200); // others are not touched

    std::istringstream password("een-nieuw-wachtwoord\n");
    REQUIRE(planner.cli_ok({"user", "passwd", "fatima", "--config", planner.config.string()},
                           &password));
    CHECK(fatima.get("/api/me").result_int() == 401);
    CHECK(planner.client("127.0.0.21").login("fatima", test_password) == 401);
    CHECK(planner.client("127.0.0.21").login("fatima", "een-nieuw-wachtwoord") == 200);
}
