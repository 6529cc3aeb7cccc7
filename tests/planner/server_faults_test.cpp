// Faults change nothing and stop nothing: a locked database, odd but valid requests, and
// requests refused halfway, against the real planner on loopback.
#include "server_fixture.hpp"

#include <sqlite3.h>

using namespace dagritme;
using namespace dagritme::test;

namespace {

// A store that fails underneath the planner: another connection renames the tables of
// attendance and screens away, so every read and write of them fails at once (no waiting
// on a busy timeout), until they are named back.
class BrokenStore {
  public:
    explicit BrokenStore(const std::filesystem::path& file) {
        REQUIRE(sqlite3_open(file.c_str(), &db_) == SQLITE_OK);
        exec("ALTER TABLE attendance RENAME TO attendance_away; ALTER TABLE screen RENAME TO "
             "screen_away;");
    }
    ~BrokenStore() { repair(); }
    void repair() {
        if (!db_) return;
        exec("ALTER TABLE attendance_away RENAME TO attendance; ALTER TABLE screen_away RENAME TO "
             "screen;");
        sqlite3_close(db_);
        db_ = nullptr;
    }

  private:
    void exec(const char* sql) {
        sqlite3_busy_timeout(db_, 10'000);
        REQUIRE(sqlite3_exec(db_, sql, nullptr, nullptr, nullptr) == SQLITE_OK);
    }
    sqlite3* db_ = nullptr;
};

std::size_t files_in(const std::filesystem::path& dir) {
    std::size_t n = 0;
    for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(dir))
        ++n;
    return n;
}

} // namespace

TEST_CASE("a failing store fails requests cleanly and the planner serves on") {
    RunningPlanner planner;
    auto marco = planner.logged_in("marco");
    const auto token = planner.pair_screen();
    ScreenClient connected(planner.port, token); // so the ticker has a board to refresh
    REQUIRE(connected.read());
    const auto before = planner.revision();
    const nlohmann::json check_in{{"person", "child"}, {"id", 8}, {"action", "check_in"}};

    BrokenStore broken(planner.dir / "dagritme.db");
    const auto refused = marco.post("/api/groups/zonnebloem/attendance", check_in);
    CHECK(refused.result_int() == 500);
    CHECK(json_of(refused)["error"] == "internal");
    CHECK(json_of(refused)["message"] == "Er ging iets mis in de planner; er is niets veranderd.");
    CHECK_THROWS(ScreenClient(planner.port, token)); // the upgrade is refused, the socket closed
    CHECK(planner.process->wait_line("board refresh failed", std::chrono::seconds(30)));
    CHECK(planner.client().get("/healthz").result_int() == 200);

    broken.repair();
    CHECK(planner.revision() == before);
    ScreenClient screen(planner.port, token);
    CHECK(screen.read());
    CHECK(marco.post("/api/groups/zonnebloem/attendance", check_in).result_int() == 200);
    CHECK(screen.read_revision(before + 1));
    CHECK(connected.read_revision(before + 1)); // the screen that was there all along
}

TEST_CASE("odd but valid requests, and ids out of range") {
    RunningPlanner planner;
    auto marco = planner.logged_in("marco");

    SUBCASE("HEAD answers the header of GET without a body") {
        const auto answer = raw_exchange(
            planner.port, "HEAD /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        CHECK(answer.rfind("HTTP/1.1 200", 0) == 0);
        CHECK(answer.find("Content-Length: 15\r\n") != std::string::npos);
        CHECK(answer.ends_with("\r\n\r\n"));
    }
    SUBCASE("media types are compared without case and parameters") {
        const auto res = marco.request(bhttp::verb::post, "/api/groups/zonnebloem/attendance",
                                       R"({"person":"child","id":8,"action":"check_in"})",
                                       "Application/JSON; charset=UTF-8");
        CHECK(res.result_int() == 200);
    }
    SUBCASE("an id beyond 2^63-1 is refused, not read as -1") {
        const auto consent = planner.logged_in("fatima").put(
            "/api/children/18446744073709551615/photo-consent", {{"consent", true}});
        CHECK(consent.result_int() == 400);
        CHECK(json_of(consent)["error"] == "bad_id");
        const auto attendance = marco.post(
            "/api/groups/zonnebloem/attendance",
            {{"person", "child"}, {"id", 18446744073709551615ULL}, {"action", "check_in"}});
        CHECK(attendance.result_int() == 400);
        CHECK(json_of(attendance)["message"] == "id: getal te groot");
    }
    SUBCASE("a refused plan change writes no file") {
        const auto media = planner.dir / "media";
        const auto files = files_in(media);
        const auto res =
            marco.post("/api/groups/zonnebloem/days/2026-12-01/changes", {{"op", "add"},
                                                                          {"start", "09:00"},
                                                                          {"end", "08:00"},
                                                                          {"kind", "eat"},
                                                                          {"pictogram", "badje"},
                                                                          {"label", "In bad"}});
        CHECK(res.result_int() == 422);
        CHECK(files_in(media) == files);
    }
}
