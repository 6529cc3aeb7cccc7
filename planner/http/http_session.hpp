// One HTTP/1.1 connection: reads a request header (within a short deadline), decides from it
// alone whether the body may be read (session, role, the route's size limit), reads the body,
// answers through the Api (expensive work on the worker pool, the answer back on this
// connection's strand), and keeps the connection for the next request. A request to
// /ws/screen with a valid screen token becomes a ScreenSession. Lives through
// shared_from_this() in its handlers; its state is touched on the I/O thread only.
#pragma once

#include "http/api.hpp"
#include "http/connection_limits.hpp"
#include "http/net.hpp"

#include <array>
#include <chrono>
#include <memory>
#include <optional>

namespace dagritme::web {

// Shared by the listener and all sessions of one server (I/O thread only).
struct ServerState {
    Api& api;
    BoardHub& hub;
    net::thread_pool& workers; // password checks and photos
    ConnectionLimits limits;
    std::function<void(const std::string&)> log;
    RefusalLog refusals;
    ConnectionCount count;
    bool shutting_down = false;
};

class HttpSession : public std::enable_shared_from_this<HttpSession> {
public:
    HttpSession(tcp::socket&& socket, std::string address, ServerState& state);
    ~HttpSession();
    void run();
    void shutdown(); // graceful: closes now when idle, after the current answer otherwise
    // Without a session or token so far, and waiting for a request: may make room for another.
    bool idle_unknown() const { return unknown_ && !busy_ && !upgraded_ && !evicted_; }
    void evict();

private:
    void do_read();
    void on_header(beast::error_code ec, std::size_t bytes);
    void on_read(beast::error_code ec, std::size_t bytes);
    void upgrade();
    void answer(Response res);
    void on_write(bool keep_alive, beast::error_code ec, std::size_t bytes);
    void refuse_unread(Response res); // answers, then closes: the body was not read
    void close();
    void drain(); // reads and drops what the peer still sends, then closes

    beast::tcp_stream stream_;
    std::string address_;
    beast::flat_buffer buffer_;
    std::optional<bhttp::request_parser<bhttp::string_body>> parser_;
    ServerState& state_;
    std::chrono::steady_clock::time_point started_;
    bool unknown_ = true;
    bool busy_ = false;
    bool upgraded_ = false;
    bool evicted_ = false;
    bool linger_ = false; // the peer may still be sending a body we refused
    std::array<char, 4096> scratch_{};
};

} // namespace dagritme::web
