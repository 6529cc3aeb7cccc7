// One HTTP/1.1 connection: reads a request header, sets the body limit for that route, reads
// the body, answers through the Api, and keeps the connection for the next request. A
// request to /ws/screen with a valid screen token becomes a ScreenSession. Every read has a
// deadline. Lives through shared_from_this() in its handlers.
#pragma once

#include "http/api.hpp"
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
    std::size_t connections = 0;
    std::size_t max_connections = 512;
    bool shutting_down = false;
    std::function<void(const std::string&)> log;
};

class HttpSession : public std::enable_shared_from_this<HttpSession> {
public:
    HttpSession(tcp::socket&& socket, ServerState& state);
    ~HttpSession();
    void run();
    void shutdown(); // graceful: closes now when idle, after the current answer otherwise

private:
    void do_read();
    void on_header(beast::error_code ec, std::size_t bytes);
    void on_read(beast::error_code ec, std::size_t bytes);
    void upgrade();
    void answer(Response res);
    void on_write(bool keep_alive, beast::error_code ec, std::size_t bytes);
    void close();
    void drain(); // reads and drops what the peer still sends, then closes


    beast::tcp_stream stream_;
    beast::flat_buffer buffer_;
    std::optional<bhttp::request_parser<bhttp::string_body>> parser_;
    ServerState& state_;
    std::chrono::steady_clock::time_point started_;
    bool busy_ = false;
    bool upgraded_ = false;
    bool linger_ = false; // the peer may still be sending a body we refused
    std::array<char, 4096> scratch_{};
};

} // namespace dagritme::web
