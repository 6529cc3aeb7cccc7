// Faults change nothing and stop nothing: a failing database under the running planner, and
// HEAD on the wire, against the real planner on loopback.
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

TEST_CASE("HEAD answers the header of GET without a body on the wire") {
    RunningPlanner planner;
    const auto answer = raw_exchange(
        planner.port, "HEAD /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    CHECK(answer.rfind("HTTP/1.1 200", 0) == 0);
    CHECK(answer.find("Content-Length: 15\r\n") != std::string::npos);
    CHECK(answer.ends_with("\r\n\r\n"));
}
