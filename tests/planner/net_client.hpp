// Real sockets for integration tests: a small HTTP client (one connection per request) and
// a wall screen's WebSocket client with read deadlines.
#pragma once

#include <utility>

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/websocket.hpp>
#include <nlohmann/json.hpp>

#include <chrono>
#include <optional>
#include <string>

namespace dagritme::test {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace bhttp = beast::http;
namespace websocket = beast::websocket;
using tcp = net::ip::tcp;
using HttpResponse = bhttp::response<bhttp::string_body>;

// A socket connected to the planner on loopback, from `source` (e.g. "127.0.0.7": every
// 127.x address is this machine, so tests can be several clients) or the default address.
inline tcp::socket connect_from(net::io_context& ioc, unsigned short port,
                                const std::string& source = "") {
    tcp::socket socket(ioc);
    socket.open(tcp::v4());
    if (!source.empty()) socket.bind(tcp::endpoint(net::ip::make_address(source), 0));
    socket.connect(tcp::endpoint(net::ip::make_address("127.0.0.1"), port));
    return socket;
}

// Sends raw bytes and returns the raw answer, read until the server closes: for requests no
// HTTP client would write.
inline std::string raw_exchange(unsigned short port, const std::string& bytes) {
    net::io_context ioc;
    auto socket = connect_from(ioc, port);
    net::write(socket, net::buffer(bytes));
    std::string answer;
    beast::error_code ec;
    char buf[4096];
    for (;;) {
        const auto n = socket.read_some(net::buffer(buf), ec);
        if (ec) break;
        answer.append(buf, n);
    }
    return answer;
}

struct HttpClient {
    unsigned short port;
    std::string session; // the session cookie's value after login
    std::string csrf;
    std::string source; // the loopback address to connect from (127.0.0.x), or the default

    HttpResponse request(bhttp::verb verb, const std::string& target, const std::string& body = "",
                         const std::string& content_type = "application/json",
                         bool with_csrf = true, const std::string& authorization = "") const {
        net::io_context ioc;
        beast::tcp_stream stream(connect_from(ioc, port, source));
        bhttp::request<bhttp::string_body> req{verb, target, 11};
        req.set(bhttp::field::host, "127.0.0.1");
        if (!body.empty() || verb == bhttp::verb::post || verb == bhttp::verb::put)
            req.set(bhttp::field::content_type, content_type);
        if (!session.empty()) req.set(bhttp::field::cookie, "dagritme_session=" + session);
        if (with_csrf && !csrf.empty()) req.set("X-CSRF-Token", csrf);
        if (!authorization.empty()) req.set(bhttp::field::authorization, authorization);
        req.body() = body;
        req.prepare_payload();
        bhttp::write(stream, req);
        beast::flat_buffer buffer;
        HttpResponse res;
        bhttp::read(stream, buffer, res);
        beast::error_code ignored;
        stream.socket().shutdown(tcp::socket::shutdown_both, ignored);
        return res;
    }

    HttpResponse get(const std::string& target) const { return request(bhttp::verb::get, target); }
    HttpResponse post(const std::string& target, const nlohmann::json& body,
                      bool with_csrf = true) const {
        return request(bhttp::verb::post, target, body.dump(), "application/json", with_csrf);
    }
    HttpResponse put(const std::string& target, const nlohmann::json& body) const {
        return request(bhttp::verb::put, target, body.dump());
    }

    // Logs in; returns the status.
    int login(const std::string& name, const std::string& password) {
        const auto res = post("/api/login", {{"name", name}, {"password", password}}, false);
        if (res.result_int() != 200) return static_cast<int>(res.result_int());
        const auto cookie = std::string(res[bhttp::field::set_cookie]);
        session = cookie.substr(cookie.find('=') + 1, cookie.find(';') - cookie.find('=') - 1);
        csrf = nlohmann::json::parse(res.body())["csrf"];
        return 200;
    }
};

inline nlohmann::json json_of(const HttpResponse& res) {
    return nlohmann::json::parse(res.body());
}

// A wall screen's WebSocket connection.
class ScreenClient {
  public:
    // From `source` (a 127.x address), or the default address.
    ScreenClient(unsigned short port, const std::string& token, const std::string& source = "")
        : ws_(ioc_) {
        beast::get_lowest_layer(ws_).socket() = connect_from(ioc_, port, source);
        ws_.set_option(websocket::stream_base::decorator([token](websocket::request_type& req) {
            req.set(bhttp::field::authorization, "Bearer " + token);
        }));
        ws_.handshake("127.0.0.1", "/ws/screen");
    }

    // The next message as JSON, or nothing when none came within `timeout` or the server closed.
    std::optional<nlohmann::json>
    read(std::chrono::milliseconds timeout = std::chrono::seconds(10)) {
        beast::flat_buffer buffer;
        std::optional<beast::error_code> result;
        ws_.async_read(buffer, [&](beast::error_code ec, std::size_t) { result = ec; });
        ioc_.restart();
        ioc_.run_for(timeout);
        if (!result) {
            beast::get_lowest_layer(ws_).cancel();
            ioc_.restart();
            ioc_.run();
            return std::nullopt;
        }
        last_error = *result;
        if (*result) return std::nullopt;
        return nlohmann::json::parse(beast::buffers_to_string(buffer.data()));
    }

    // Reads until a board with at least `revision` arrives.
    std::optional<nlohmann::json>
    read_revision(std::int64_t revision,
                  std::chrono::milliseconds timeout = std::chrono::seconds(10)) {
        const auto until = std::chrono::steady_clock::now() + timeout;
        while (std::chrono::steady_clock::now() < until) {
            auto message = read(std::chrono::duration_cast<std::chrono::milliseconds>(
                until - std::chrono::steady_clock::now()));
            if (!message) return std::nullopt;
            if ((*message)["revision"].get<std::int64_t>() >= revision) return message;
        }
        return std::nullopt;
    }

    beast::error_code last_error;
    websocket::close_reason close_reason() const { return ws_.reason(); }

  private:
    net::io_context ioc_;
    websocket::stream<beast::tcp_stream> ws_;
};

} // namespace dagritme::test
