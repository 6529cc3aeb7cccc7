// Accepting connections within the connection limits, and making room when full.
#include "http/listener.hpp"

#include <algorithm>
#include <stdexcept>

namespace dagritme::web {

Listener::Listener(net::io_context& ioc, const tcp::endpoint& endpoint, ServerState& state)
    : ioc_(ioc), acceptor_(net::make_strand(ioc)), flush_timer_(acceptor_.get_executor()),
      state_(state) {
    beast::error_code ec;
    const auto fail = [&](const char* what) {
        throw std::runtime_error(std::string("cannot ") + what + " " +
                                 endpoint.address().to_string() + ":" +
                                 std::to_string(endpoint.port()) + ": " + ec.message());
    };
    acceptor_.open(endpoint.protocol(), ec);
    if (ec) fail("open");
    acceptor_.set_option(net::socket_base::reuse_address(true), ec);
    if (ec) fail("configure");
    acceptor_.bind(endpoint, ec);
    if (ec) fail("listen on");
    acceptor_.listen(net::socket_base::max_listen_connections, ec);
    if (ec) fail("listen on");
    port_ = acceptor_.local_endpoint().port();
}

void Listener::run() {
    do_accept();
}

void Listener::do_accept() {
    acceptor_.async_accept(net::make_strand(ioc_),
                           beast::bind_front_handler(&Listener::on_accept, shared_from_this()));
}

void Listener::on_accept(beast::error_code ec, tcp::socket socket) {
    if (ec == net::error::operation_aborted || !acceptor_.is_open()) return;
    if (ec) {
        state_.log("accept: " + ec.message());
        return do_accept();
    }
    std::erase_if(state_.connections,
                  [](const std::weak_ptr<Connection>& c) { return c.expired(); });
    const auto peer = socket.remote_endpoint(ec);
    const auto address = ec ? std::string("?") : peer.address().to_string();
    const auto& limits = state_.limits;
    std::string refusal;
    if (state_.count.open + state_.hub.screen_count() >= limits.max_connections)
        refusal =
            "the limit of " + std::to_string(limits.max_connections) + " connections is reached";
    else if (state_.count.from(address) >= limits.max_per_address)
        refusal = address + " has " + std::to_string(limits.max_per_address) + " connections open";
    if (!refusal.empty()) {
        refused(refusal);
        beast::error_code ignored;
        socket.close(ignored);
        return do_accept();
    }
    if (state_.count.unknown >= limits.max_unknown()) make_room();
    ConnectionSlot slot(state_.count, address);
    if (state_.tls) {
        std::make_shared<TlsDetector>(std::move(socket), std::move(slot), state_)->run();
    } else {
        auto session = std::make_shared<HttpSession<PlainStream>>(PlainStream(std::move(socket)),
                                                                  std::move(slot), state_);
        state_.connections.push_back(session);
        session->run();
    }
    do_accept();
}

void Listener::make_room() {
    // The connections are in the order of arrival: the first idle unknown one has waited longest.
    for (auto& weak : state_.connections)
        if (auto session = weak.lock(); session && session->idle_unknown()) {
            refused("an idle connection made room for a new one");
            return session->evict();
        }
}

void Listener::refused(const std::string& why) {
    state_.refusals.refused(why);
    if (flush_armed_) return;
    flush_armed_ = true;
    flush_timer_.expires_after(std::chrono::seconds(1));
    flush_timer_.async_wait([self = shared_from_this()](beast::error_code) {
        self->flush_armed_ = false;
        self->state_.refusals.flush();
    });
}

void Listener::stop() {
    net::post(acceptor_.get_executor(), [self = shared_from_this()] {
        beast::error_code ignored;
        self->acceptor_.close(ignored);
        self->flush_timer_.cancel();
        for (auto& weak : self->state_.connections)
            if (auto session = weak.lock()) session->shutdown();
    });
}

} // namespace dagritme::web
