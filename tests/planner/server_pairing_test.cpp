// Pairing wall screens against the real planner on loopback: a flood of pairing requests
// cannot keep a new screen from its code, and a pairing leaves no token in the database.
#include "server_fixture.hpp"
#include "store/database.hpp"

using namespace dagritme;
using namespace dagritme::test;

namespace {

nlohmann::json request_pairing(const RunningPlanner& planner, const std::string& source) {
    const auto res = planner.client(source).request(bhttp::verb::post, "/screen/pairing");
    REQUIRE(res.result_int() == 201);
    return json_of(res);
}

std::string pairing_status(const RunningPlanner& planner, const std::string& secret) {
    const auto res = planner.client().post("/screen/pairing/status", {{"secret", secret}});
    if (res.result_int() == 404) return "unknown";
    return json_of(res)["status"];
}

} // namespace

TEST_CASE("a full pairing table gives way to a new screen") {
    RunningPlanner planner;
    // A display far from the flood asks first: its code is the oldest of all.
    const auto first = request_pairing(planner, "127.0.2.1");
    // 50 addresses of one network x 2 codes: as many as the planner keeps open.
    int refused = 0;
    for (int a = 1; a <= 50; ++a)
        for (int i = 0; i < 2; ++i) {
            const auto res = planner.client("127.0.1." + std::to_string(a))
                                 .request(bhttp::verb::post, "/screen/pairing");
            refused += res.result_int() == 201 ? 0 : 1;
        }
    CHECK(refused == 0);
    // A new display gets a code; the network that holds the most gave way, not the others.
    const auto res = planner.client("127.0.3.1").request(bhttp::verb::post, "/screen/pairing");
    CHECK(res.result_int() == 201);
    CHECK(pairing_status(planner, first["secret"]) == "waiting");
    CHECK(pairing_status(planner, json_of(res)["secret"]) == "waiting");
}

TEST_CASE("a pairing keeps no token in the database, and expired codes go without a request") {
    RunningPlanner planner;
    const auto token = planner.pair_screen(); // requested, paired and collected
    ScreenClient screen(planner.port, token);
    CHECK(screen.read());
    // Neither the database nor its write-ahead log ever held the token.
    const auto db_file = planner.dir / "dagritme.db";
    for (const auto& file : {db_file, std::filesystem::path(db_file.string() + "-wal")})
        if (std::filesystem::exists(file))
            CHECK_MESSAGE(slurp(file).find(token) == std::string::npos, file.string());

    // A code that expired is removed by the planner on its own.
    {
        store::Database db(db_file);
        db.prepare("INSERT INTO screen_pairing (code, secret_hash, client_address, created_at, "
                   "expires_at) VALUES ('123456', 'abc', '10.0.0.9', 1, 2)")
            .run();
    }
    CHECK(planner.process->wait_line("removed 1 expired pairing code", std::chrono::seconds(20)));
}
