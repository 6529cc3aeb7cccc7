// One HTTP/1.1 connection, plain or TLS: reads a request header (within a short deadline),
// decides from it alone whether the body may be read (session, role, the route's size limit),
// reads the body at a minimum rate, answers through the Api (expensive work on the worker pool, the
// answer back on this connection's strand), and keeps the connection for the next request. A
// request to /ws/screen with a valid screen token becomes a ScreenSession. Lives through
// shared_from_this() in its handlers; its state is touched on the I/O thread only.
#pragma once

#include "http/api.hpp"
#include "http/connection_limits.hpp"
#include "http/net.hpp"

#include <algorithm>
#include <array>
#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace dagritme::web {

// What the listener needs of an open connection: to close it gracefully, or to make room.
class Connection {
  public:
    virtual ~Connection() = default;
    virtual void shutdown() = 0; // closes now when idle, after the current answer otherwise
    // The slot of a connection without a session or token so far, which may make room for
    // another; nullptr for a known, closed or upgraded one.
    virtual const ConnectionSlot* evictable() const = 0;
    // Closes at once, whatever it was doing; no longer counted from now on.
    virtual void evict() = 0;
};

// Shared by the listener and all sessions of one server (I/O thread only).
struct ServerState {
    Api& api;
    BoardHub& hub;
    net::thread_pool& workers; // password checks and photos
    ssl::context* tls;         // nullptr: plain HTTP
    ConnectionLimits limits;
    std::function<void(const std::string&)> log;
    RefusalLog refusals;
    ConnectionCount count;
    AddressCount screens;                               // the open screen WebSockets
    std::vector<std::weak_ptr<Connection>> connections; // in the order they arrived
    bool shutting_down = false;
    // Peers whose X-Forwarded-For names the client (normalised address texts).
    std::vector<std::string> trusted_proxies;

    bool is_trusted_proxy(const std::string& address) const {
        return std::find(trusted_proxies.begin(), trusted_proxies.end(), address) !=
               trusted_proxies.end();
    }
};

template <class Stream>
class HttpSession : public Connection, public std::enable_shared_from_this<HttpSession<Stream>> {
  public:
    // `buffer`: bytes already read from the peer (the start of a TLS handshake).
    HttpSession(Stream&& stream, ConnectionSlot slot, ServerState& state,
                beast::flat_buffer buffer = {});
    void run();
    void shutdown() override;
    const ConnectionSlot* evictable() const override {
        return slot_.counted() && slot_.unknown() && !upgraded_ && !closed_ ? &slot_ : nullptr;
    }
    void evict() override;

  private:
    void on_handshake(beast::error_code ec, std::size_t used);
    void do_read();
    void on_header(beast::error_code ec, std::size_t bytes);
    void do_read_body();
    void on_body(beast::error_code ec, std::size_t bytes);
    void handle();
    void upgrade();
    void answer(Response res);
    void on_write(bool keep_alive, beast::error_code ec, std::size_t bytes);
    void refuse_unread(Response res); // answers, then closes: the body was not read
    void close();
    void drain(); // reads and drops what the peer still sends, then closes
    auto& tcp() { return beast::get_lowest_layer(stream_); }

    Stream stream_;
    ConnectionSlot slot_;
    beast::flat_buffer buffer_;
    std::optional<bhttp::request_parser<bhttp::string_body>> parser_;
    ServerState& state_;
    std::chrono::steady_clock::time_point started_;
    const std::string peer_;
    std::string client_;           // the peer, or the client a trusted proxy names
    std::size_t window_bytes_ = 0; // of the body, since the current body window began
    bool busy_ = false;
    bool upgraded_ = false;
    bool closed_ = false;
    bool linger_ = false; // the peer may still be sending a body we refused
    std::array<char, 4096> scratch_{};
};

// On a TLS port: looks at the first bytes. A TLS handshake goes on to an HttpSession over
// TLS; plain HTTP gets a short refusal that says to use https, then the connection closes.
class TlsDetector : public Connection, public std::enable_shared_from_this<TlsDetector> {
  public:
    TlsDetector(tcp::socket&& socket, ConnectionSlot slot, ServerState& state);
    void run();
    void shutdown() override;
    const ConnectionSlot* evictable() const override { return slot_.counted() ? &slot_ : nullptr; }
    void evict() override;

  private:
    void on_detect(beast::error_code ec, bool tls);

    PlainStream stream_;
    ConnectionSlot slot_;
    ServerState& state_;
    beast::flat_buffer buffer_;
};

} // namespace dagritme::web
