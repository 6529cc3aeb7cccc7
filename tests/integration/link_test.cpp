#include "net/planner_link.hpp"
#include "server_fixture.hpp"

#include <nlohmann/json.hpp>
#include <sys/stat.h>

using namespace dagritme;
using namespace dagritme::test;
using namespace std::chrono_literals;

namespace {

// Checks `done` until it holds or `timeout` passes (the link works on its own thread).
template <typename Predicate>
bool wait_until(Predicate done, std::chrono::milliseconds timeout = 15s) {
    const auto until = std::chrono::steady_clock::now() + timeout;
    while (std::chrono::steady_clock::now() < until) {
        if (done()) return true;
        std::this_thread::sleep_for(20ms);
    }
    return done();
}

// The next board the link hands over, as JSON.
std::optional<nlohmann::json> next_board(link::PlannerLink& link,
                                         std::chrono::milliseconds timeout = 15s) {
    std::optional<std::string> document;
    wait_until([&] { return (document = link.poll()).has_value(); }, timeout);
    if (!document) return std::nullopt;
    return nlohmann::json::parse(*document);
}

struct Screen {
    TempDir dir;
    link::LinkSettings settings(unsigned short port) const {
        return {.host = "127.0.0.1",
                .port = port,
                .tls = false,
                .ca_file = std::nullopt,
                .state_dir = dir / "state",
                .media_dir = dir / "media",
                .marker_after = std::chrono::seconds(2)};
    }
};

// Pairs a new link through the command line, as staff would; returns its first board.
nlohmann::json pair_link(RunningPlanner& planner, link::PlannerLink& link) {
    REQUIRE(wait_until([&] { return link.status().state == link::LinkStatus::State::pairing; }));
    const auto code = link.status().pairing_code;
    CHECK(code.size() == 6);
    CHECK(link.notice().pairing_code == code);
    REQUIRE(planner.cli_ok({"screen", "pair", code, "--group", "zonnebloem", "--name",
                            "Groepsruimte", "--config", planner.config.string()}));
    auto board = next_board(link);
    REQUIRE(board);
    return *board;
}

} // namespace

TEST_CASE("an unpaired display shows a code, is paired, and receives its board with all images") {
    RunningPlanner planner;
    Screen screen;
    link::PlannerLink link(screen.settings(planner.port));
    const auto board = pair_link(planner, link);
    CHECK(board["group"]["id"] == "zonnebloem");
    CHECK_FALSE(board.contains("type"));
    CHECK(link.status().state == link::LinkStatus::State::online);
    // The token opens the group's board and photos: private to the display's user.
    struct stat info {};
    REQUIRE(::stat((screen.dir / "state" / "screen-token").c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0600);
    REQUIRE(::stat((screen.dir / "state").c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0700);
    REQUIRE(wait_until([&] { return link.status().cached_revision == board["revision"]; }));
    REQUIRE(::stat((screen.dir / "state" / "board.json").c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0600);
    for (const auto& block : board["blocks"])
        CHECK(
            std::filesystem::exists(screen.dir / "media" / block["pictogram"].get<std::string>()));
    for (const auto& child : board["present"]["children"])
        if (child["photo"].is_string())
            CHECK(
                std::filesystem::exists(screen.dir / "media" / child["photo"].get<std::string>()));
}

TEST_CASE("a check-in reaches the display; the planner killed and restarted: the display recovers "
          "by itself") {
    RunningPlanner planner;
    Screen screen;
    auto link = std::make_unique<link::PlannerLink>(screen.settings(planner.port));
    const auto first = pair_link(planner, *link);
    const std::int64_t revision = first["revision"];

    auto marco = planner.logged_in("marco");
    REQUIRE(marco
                .post("/api/groups/zonnebloem/attendance",
                      {{"person", "child"}, {"id", 8}, {"action", "check_in"}})
                .result_int() == 200);
    const auto update = next_board(*link);
    REQUIRE(update);
    CHECK((*update)["revision"] == revision + 1);

    CHECK_FALSE(link->notice().planner_unreachable);
    planner.process->kill_hard();
    REQUIRE(wait_until([&] { return link->status().unreachable_since.has_value(); }));
    CHECK_FALSE(link->poll()); // nothing new, the last board stays on the screen
    // The staff marker comes after `marker_after` (a minute; two seconds here).
    REQUIRE(wait_until([&] { return link->notice().planner_unreachable; }));

    SUBCASE("a display restarted while the planner is down shows its cached board at once") {
        REQUIRE(wait_until([&] { return link->status().cached_revision == revision + 1; }));
        link = std::make_unique<link::PlannerLink>(screen.settings(planner.port));
        const auto cached = link->poll();
        REQUIRE(cached);
        CHECK(nlohmann::json::parse(*cached)["revision"] == revision + 1);
    }

    planner.start(); // same port
    REQUIRE(
        wait_until([&] { return link->status().state == link::LinkStatus::State::online; }, 40s));
    CHECK_FALSE(link->status().unreachable_since.has_value());
    marco = planner.logged_in("marco");
    REQUIRE(marco
                .post("/api/groups/zonnebloem/attendance",
                      {{"person", "child"}, {"id", 8}, {"action", "check_out"}})
                .result_int() == 200);
    std::optional<nlohmann::json> after;
    REQUIRE(wait_until([&] {
        const auto board = next_board(*link, 100ms);
        if (board && (*board)["revision"] >= revision + 2) after = board;
        return after.has_value();
    }));
    for (const auto& child : (*after)["present"]["children"])
        CHECK(child["id"] != "c8");
}

TEST_CASE("a revoked display goes back to showing a pairing code") {
    RunningPlanner planner;
    Screen screen;
    link::PlannerLink link(screen.settings(planner.port));
    pair_link(planner, link);
    REQUIRE(planner.cli_ok({"screen", "revoke", "1", "--config", planner.config.string()}));
    REQUIRE(
        wait_until([&] { return link.status().state == link::LinkStatus::State::pairing; }, 20s));
    CHECK_FALSE(std::filesystem::exists(screen.dir / "state" / "screen-token"));
    CHECK_FALSE(std::filesystem::exists(screen.dir / "state" /
                                        "board.json")); // nothing of the group is kept
    CHECK_FALSE(link.notice().pairing_code.empty());
}

TEST_CASE("a display follows a planner over TLS, trusting the organisation's CA and nothing else") {
    RunningPlanner planner;
    const auto certificates = planner.restart_with_tls();
    Screen screen;
    auto settings = screen.settings(planner.port);
    settings.tls = true;

    SUBCASE("with the organisation's CA: paired, the board and its images arrive") {
        settings.ca_file = certificates / "ca.crt";
        link::PlannerLink link(settings);
        const auto board = pair_link(planner, link);
        CHECK(board["group"]["id"] == "zonnebloem");
        for (const auto& child : board["present"]["children"])
            if (child["photo"].is_string())
                CHECK(std::filesystem::exists(screen.dir / "media" /
                                              child["photo"].get<std::string>()));
        CHECK(link.describe() == "planner https://127.0.0.1:" + std::to_string(planner.port));
    }
    SUBCASE("without it the certificate is not trusted: no pairing code, the planner counts as "
            "unreachable") {
        link::PlannerLink link(settings);
        REQUIRE(wait_until([&] { return link.status().unreachable_since.has_value(); }));
        CHECK(link.status().state == link::LinkStatus::State::connecting);
        CHECK(link.status().pairing_code.empty());
    }
}
