// Fair limits against the real planner on loopback: no one on the tablet network can lock the
// group out with idle connections, half-sent requests, silent TLS connections, password
// guessing, unauthenticated uploads or pairing requests. Every 127.x address is this machine,
// so the tests play several clients, and several networks, at once.
#include "flood_support.hpp"
#include "server_fixture.hpp"

#include <boost/asio/ssl.hpp>
#include <boost/beast/ssl.hpp>

#include <vector>

using namespace dagritme;
using namespace dagritme::test;

namespace {

// Sends `bytes` and reads until the server closes or `timeout` passes; returns what came.
std::string exchange_until_closed(tcp::socket& socket, const std::string& bytes,
                                  std::chrono::seconds timeout = std::chrono::seconds(20)) {
    if (!bytes.empty()) net::write(socket, net::buffer(bytes));
    timeval tv{static_cast<time_t>(timeout.count()), 0};
    ::setsockopt(socket.native_handle(), SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    std::string answer;
    char buf[4096];
    for (;;) {
        const auto n = ::recv(socket.native_handle(), buf, sizeof buf, 0);
        if (n <= 0) break;
        answer.append(buf, static_cast<std::size_t>(n));
    }
    return answer;
}

std::size_t count_lines(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1))
        ++n;
    return n;
}

} // namespace

TEST_CASE("600 idle connections from one laptop do not lock anyone else out") {
    RunningPlanner planner;
    net::io_context ioc;
    std::vector<tcp::socket> flood;
    for (int i = 0; i < 600; ++i)
        flood.push_back(connect_from(ioc, planner.port, "127.0.0.10"));

    // Another tablet, and a wall screen, still get in at once.
    auto tablet = planner.client("127.0.0.2");
    CHECK(tablet.get("/healthz").result_int() == 200);
    CHECK(tablet.login("marco", test_password) == 200);
    CHECK(tablet.get("/api/groups/zonnebloem/board").result_int() == 200);
    ScreenClient screen(planner.port, planner.pair_screen());
    CHECK(screen.read());

    // The laptop holds at most its share; the rest of its connections were closed at once, and
    // the refusals were logged in a few lines with a count, not one line each.
    std::size_t closed = 0;
    for (auto& socket : flood) {
        socket.non_blocking(true);
        char byte;
        beast::error_code ec;
        socket.read_some(net::buffer(&byte, 1), ec);
        if (ec == net::error::eof || ec == net::error::connection_reset) ++closed;
    }
    CHECK(closed >= 600 - 32);
    CHECK(
        planner.process->wait_line("more refusals since the last line", std::chrono::seconds(10)));
    CHECK(count_lines(planner.process->output(), "connection refused") < 20);
}

TEST_CASE("connections from many addresses leave room for staff and screens") {
    RunningPlanner planner;
    net::io_context ioc;
    std::vector<tcp::socket> flood;
    // 20 addresses x 30 connections: more than the planner keeps for unknown connections.
    for (int a = 0; a < 20; ++a)
        for (int i = 0; i < 30; ++i)
            flood.push_back(connect_from(ioc, planner.port, "127.0.1." + std::to_string(a + 1)));

    auto tablet = planner.client("127.0.0.2");
    CHECK(tablet.login("marco", test_password) == 200);
    CHECK(tablet.get("/api/groups/zonnebloem/board").result_int() == 200);
    ScreenClient screen(planner.port, planner.pair_screen());
    CHECK(screen.read());
}

TEST_CASE("a connection that sends no request, or a body too slowly, is closed") {
    RunningPlanner planner;
    net::io_context ioc;
    auto silent = connect_from(ioc, planner.port, "127.0.0.3");
    auto half = connect_from(ioc, planner.port, "127.0.0.3");
    net::write(half, net::buffer(std::string("GET /healthz HTTP/1.1\r\nHost: x\r\n")));
    // A body must keep coming (16 KiB, or the rest, within each 10 s); one whole-body deadline
    // of a minute would let a trickle hold the connection for that minute.
    auto trickle = connect_from(ioc, planner.port, "127.0.0.3");
    net::write(trickle, net::buffer(std::string("POST /api/login HTTP/1.1\r\nHost: x\r\n"
                                                "Content-Type: application/json\r\n"
                                                "Content-Length: 1000\r\n\r\n{\"name\":")));
    CHECK(exchange_until_closed(silent, "").empty());
    CHECK(exchange_until_closed(half, "").empty());
    CHECK(closed_within(trickle, std::chrono::seconds(40)));
    CHECK(planner.client().get("/healthz").result_int() == 200);
}

TEST_CASE("requests whose body never comes, from many networks, do not shut the staff out") {
    RunningPlanner planner;
    const auto marco = planner.logged_in("marco", "127.0.0.2");
    net::io_context ioc;
    // 20 addresses x 32: every connection a complete header that announces a body, then silence.
    auto sockets = flood(ioc, planner.port, 20, 32,
                         "POST /api/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json"
                         "\r\nContent-Length: 1000\r\n\r\n");
    const int ok =
        served(25, [&] { return marco.get("/api/groups/zonnebloem/board").result_int(); });
    MESSAGE("staff requests served during 20x32 header-only connections: " << ok << " of 25");
    CHECK(ok == 25);
    // A newcomer without a session gets in too: the one that made the least progress made room.
    CHECK(served(1, [&] { return planner.client("127.0.0.3").get("/healthz").result_int(); }) == 1);
}

TEST_CASE("one network's addresses together hold at most their network's share") {
    RunningPlanner planner;
    net::io_context ioc;
    // 5 addresses of 127.0.9.0/24 x 32 idle connections: 160, over the /24's 128.
    std::vector<tcp::socket> sockets;
    for (int a = 1; a <= 5; ++a)
        for (int i = 0; i < 32; ++i)
            sockets.push_back(connect_from(ioc, planner.port, "127.0.9." + std::to_string(a)));
    // The planner has handled every connection above once it answers this one.
    CHECK(planner.client("127.0.0.2").get("/healthz").result_int() == 200);
    CHECK(count_closed(sockets) == 160 - 128);
}

TEST_CASE("a staff page's session keeps its connection through a flood") {
    RunningPlanner planner;
    const auto marco = planner.logged_in("marco", "127.0.0.2");
    net::io_context ioc;
    beast::tcp_stream page(connect_from(ioc, planner.port, "127.0.0.2"));
    const auto get_group_page = [&] {
        bhttp::request<bhttp::empty_body> req{bhttp::verb::get, "/groep/zonnebloem", 11};
        req.set(bhttp::field::host, "127.0.0.1");
        req.set(bhttp::field::cookie, "dagritme_session=" + marco.session);
        bhttp::write(page, req);
        beast::flat_buffer buffer;
        HttpResponse res;
        bhttp::read(page, buffer, res);
        return static_cast<int>(res.result_int());
    };
    REQUIRE(get_group_page() == 200);
    // More idle connections than the planner keeps for unknown ones: each newcomer pushes out
    // an unknown one. The page's connection showed a session: it is not one of them.
    auto sockets = flood(ioc, planner.port, 20, 32);
    CHECK(planner.client("127.0.0.3").get("/healthz").result_int() == 200);
    CHECK(served(1, get_group_page) == 1);
}

TEST_CASE("silent connections to the TLS port, from many networks, do not shut the staff out") {
    RunningPlanner planner;
    const auto certificates = planner.restart_with_tls();
    net::ssl::context context(net::ssl::context::tls_client);
    context.load_verify_file((certificates / "ca.crt").string());
    context.set_verify_mode(net::ssl::verify_peer);
    const auto https = [&](const std::string& target, const std::string& cookie,
                           const std::string& body = "") {
        net::io_context client;
        beast::ssl_stream<beast::tcp_stream> stream(client, context);
        stream.set_verify_callback(net::ssl::host_name_verification("localhost"));
        beast::get_lowest_layer(stream).socket() = connect_from(client, planner.port, "127.0.0.2");
        stream.handshake(net::ssl::stream_base::client);
        bhttp::request<bhttp::string_body> req{body.empty() ? bhttp::verb::get : bhttp::verb::post,
                                               target, 11};
        req.set(bhttp::field::host, "localhost");
        if (!cookie.empty()) req.set(bhttp::field::cookie, "dagritme_session=" + cookie);
        if (!body.empty()) req.set(bhttp::field::content_type, "application/json");
        req.body() = body;
        req.prepare_payload();
        bhttp::write(stream, req);
        beast::flat_buffer buffer;
        HttpResponse res;
        bhttp::read(stream, buffer, res);
        return res;
    };
    const auto login = https("/api/login", "",
                             nlohmann::json{{"name", "marco"}, {"password", test_password}}.dump());
    REQUIRE(login.result_int() == 200);
    const auto set_cookie = std::string(login[bhttp::field::set_cookie]);
    const auto session = set_cookie.substr(set_cookie.find('=') + 1,
                                           set_cookie.find(';') - set_cookie.find('=') - 1);

    net::io_context ioc;
    auto sockets = flood(ioc, planner.port, 20, 32); // connect, then nothing: no TLS hello
    const int ok =
        served(20, [&] { return https("/api/groups/zonnebloem/board", session).result_int(); });
    MESSAGE("staff requests served during 20x32 silent TLS connections: " << ok << " of 20");
    CHECK(ok == 20);
}

TEST_CASE("no body is read before the session and role are checked") {
    RunningPlanner planner;
    net::io_context ioc;
    SUBCASE("a photo upload without a session") {
        auto socket = connect_from(ioc, planner.port, "127.0.0.7");
        // Only the header: the planner answers without waiting for the 9 MiB it announces.
        const auto answer = exchange_until_closed(
            socket, "PUT /api/children/1/photo HTTP/1.1\r\nHost: x\r\nContent-Type: image/jpeg\r\n"
                    "Content-Length: 9437184\r\n\r\n");
        CHECK(answer.rfind("HTTP/1.1 401", 0) == 0);
        CHECK(answer.find("\"not_logged_in\"") != std::string::npos);
    }
    SUBCASE("a write without the CSRF token") {
        const auto marco = planner.logged_in("marco");
        auto socket = connect_from(ioc, planner.port, "127.0.0.7");
        const auto answer = exchange_until_closed(
            socket, "PUT /api/children/1/photo HTTP/1.1\r\nHost: x\r\nContent-Type: image/jpeg\r\n"
                    "Cookie: dagritme_session=" +
                        marco.session + "\r\nContent-Length: 9437184\r\n\r\n");
        CHECK(answer.rfind("HTTP/1.1 403", 0) == 0);
        CHECK(answer.find("\"csrf_failed\"") != std::string::npos);
    }
    SUBCASE("a JSON body of 10 MB is too large, not unreadable") {
        const auto marco = planner.logged_in("marco");
        const auto res = marco.request(bhttp::verb::post, "/api/groups/zonnebloem/attendance",
                                       "{\"x\":\"" + std::string(10'000'000, 'x') + "\"}");
        CHECK(res.result_int() == 413);
        CHECK(json_of(res)["error"] == "body_too_large");
    }
    CHECK(planner.client().get("/healthz").result_int() == 200);
}

TEST_CASE("malformed HTTP and a header that is too large are refused; the planner serves on") {
    RunningPlanner planner;
    const auto garbage = raw_exchange(planner.port, "GARBAGE \x01\x02 nonsense\r\n\r\n");
    CHECK(garbage.rfind("HTTP/1.1 400", 0) == 0);
    CHECK(garbage.find("\"bad_request\"") != std::string::npos);
    const auto big = raw_exchange(
        planner.port, "GET /healthz HTTP/1.1\r\nX-Big: " + std::string(20000, 'x') + "\r\n\r\n");
    CHECK(big.rfind("HTTP/1.1 431", 0) == 0);
    CHECK(planner.client().get("/healthz").result_int() == 200);
}
