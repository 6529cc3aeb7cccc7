// The screen's WebSocket session with Beast: plain or TLS, keep-alive pings, a 4 MiB message cap.
#include "net/board_stream.hpp"

namespace dagritme::link {
namespace {

using net::use_awaitable;
using namespace std::chrono_literals;

template <class WebSocket>
net::awaitable<void> follow_on(WebSocket& ws, const std::string& host, std::string token,
                               BoardStreamEvents& events) {
    beast::get_lowest_layer(ws).expires_never();
    auto timeout = websocket::stream_base::timeout::suggested(beast::role_type::client);
    timeout.idle_timeout = 40s; // the planner pings every 15 s; silence means it is gone
    timeout.keep_alive_pings = true;
    ws.set_option(timeout);
    ws.set_option(websocket::stream_base::decorator([token](websocket::request_type& req) {
        req.set(bhttp::field::authorization, "Bearer " + token);
    }));
    ws.read_message_max(4 * 1024 * 1024);
    websocket::response_type answer;
    beast::error_code ec;
    const std::string path = "/ws/screen";
    co_await ws.async_handshake(answer, host, path, net::redirect_error(use_awaitable, ec));
    if (ec) {
        if (answer.result() == bhttp::status::unauthorized) throw Unauthorized();
        throw beast::system_error(ec);
    }
    events.online();
    for (;;) {
        beast::flat_buffer buffer;
        co_await ws.async_read(buffer, net::redirect_error(use_awaitable, ec));
        if (ec == websocket::error::closed) co_return;
        if (ec) throw beast::system_error(ec);
        co_await events.message(beast::buffers_to_string(buffer.data()));
    }
}

} // namespace

net::awaitable<void> follow_board_stream(PlannerClient& planner, std::string token,
                                         BoardStreamEvents events) {
    events.connecting();
    const auto endpoints = co_await planner.resolve();
    if (!planner.tls()) {
        websocket::stream<beast::tcp_stream> ws(co_await net::this_coro::executor);
        beast::get_lowest_layer(ws).expires_after(10s);
        co_await beast::get_lowest_layer(ws).async_connect(endpoints, use_awaitable);
        co_await follow_on(ws, planner.host(), std::move(token), events);
        co_return;
    }
    websocket::stream<beast::ssl_stream<beast::tcp_stream>> ws(co_await net::this_coro::executor,
                                                               *planner.tls());
    beast::get_lowest_layer(ws).expires_after(10s);
    planner.expect_planner_name(ws.next_layer());
    co_await beast::get_lowest_layer(ws).async_connect(endpoints, use_awaitable);
    co_await ws.next_layer().async_handshake(ssl::stream_base::client, use_awaitable);
    co_await follow_on(ws, planner.host(), std::move(token), events);
}

} // namespace dagritme::link
