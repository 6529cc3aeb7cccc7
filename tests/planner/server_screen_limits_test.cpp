// Wall screens within limits, against the real planner on loopback: one screen token cannot
// hold every connection, nor can screens take the staff's.
#include "flood_support.hpp"
#include "server_fixture.hpp"

#include <memory>
#include <vector>

using namespace dagritme;
using namespace dagritme::test;

namespace {

// The first board a screen with `token` gets over its WebSocket from `source`.
nlohmann::json board_from(unsigned short port, const std::string& token,
                          const std::string& source) {
    net::io_context ioc;
    websocket::stream<beast::tcp_stream> ws(ioc);
    beast::get_lowest_layer(ws).socket() = connect_from(ioc, port, source);
    beast::get_lowest_layer(ws).expires_after(std::chrono::seconds(20));
    ws.set_option(websocket::stream_base::decorator([token](websocket::request_type& req) {
        req.set(bhttp::field::authorization, "Bearer " + token);
    }));
    ws.handshake("127.0.0.1", "/ws/screen");
    beast::flat_buffer buffer;
    ws.read(buffer);
    return nlohmann::json::parse(beast::buffers_to_string(buffer.data()));
}

} // namespace

TEST_CASE("one screen token holds at most two streams, and screens have a limit of their own") {
    RunningPlanner planner;
    const auto token = planner.pair_screen();
    // 600 upgrades with the one valid token, from one address.
    std::vector<std::unique_ptr<ScreenClient>> streams;
    int refused = 0;
    for (int i = 0; i < 600; ++i) {
        try {
            streams.push_back(std::make_unique<ScreenClient>(planner.port, token));
        } catch (const std::exception&) {
            ++refused;
        }
    }
    MESSAGE("of 600 upgrades with one token from one address, " << streams.size() << " got 101");
    CHECK(streams.size() <= 8);
    CHECK(refused >= 592);
    // The newest stream gets its board; the oldest was closed when the third came (its board,
    // if it was still unsent then, is dropped).
    REQUIRE(streams.size() >= 3);
    CHECK(streams.back()->read());
    for (int i = 0; i < 2 && streams.front()->read(); ++i) {
    }
    CHECK(streams.front()->last_error == websocket::error::closed);

    // Staff and another screen get in at once.
    auto marco = planner.logged_in("marco", "127.0.0.2");
    const int ok =
        served(25, [&] { return marco.get("/api/groups/zonnebloem/board").result_int(); });
    MESSAGE("staff requests served after 600 upgrades with one screen token: " << ok << " of 25");
    CHECK(ok == 25);
    CHECK(board_from(planner.port, planner.pair_screen("Gang"), "127.0.0.4").contains("blocks"));
}
