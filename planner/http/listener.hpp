// Accepts connections on the configured address and starts an HttpSession (or, on a TLS port,
// a TlsDetector) for each, within the limits of connection_limits.hpp: when full, the unknown
// connection that made the least progress makes room; when none can, the new one is closed.
// I/O thread only.
#pragma once

#include "http/http_session.hpp"
#include "http/net.hpp"

#include <memory>
#include <vector>

namespace dagritme::web {

class Listener : public std::enable_shared_from_this<Listener> {
  public:
    // Binds and listens; throws std::runtime_error with the address when it cannot.
    Listener(net::io_context& ioc, const tcp::endpoint& endpoint, ServerState& state);
    void run();
    void stop(); // no new connections; idle ones close, busy ones finish their answer
    unsigned short port() const { return port_; }

  private:
    void do_accept();
    void on_accept(beast::error_code ec, tcp::socket socket);
    // Evicts the unknown connection with the least progress: of `block` when given, else of the
    // block that holds the most unknown connections. False when there is none.
    bool make_room(const std::string& block = "");
    void refused(const std::string& why);

    net::io_context& ioc_;
    tcp::acceptor acceptor_;
    net::steady_timer flush_timer_; // logs the refusals counted in the last second
    bool flush_armed_ = false;
    ServerState& state_;
    unsigned short port_ = 0;
};

} // namespace dagritme::web
