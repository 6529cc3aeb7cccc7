// Accepting connections within the connection limits, and making room when full.
#include "http/listener.hpp"

#include <algorithm>
#include <stdexcept>
#include <unordered_map>

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
    const auto block = app::address_block(address);
    std::string refusal;
    // A trusted proxy carries everyone: its clients are counted once its header names them.
    const bool proxy = state_.is_trusted_proxy(address);
    if (!proxy && state_.count.from(address) >= limits.max_per_address)
        refusal = address + " has " + std::to_string(limits.max_per_address) + " connections open";
    else if (!proxy && state_.count.from_block(block) >= limits.max_per_block && !make_room(block))
        refusal = block + " has " + std::to_string(limits.max_per_block) + " connections open";
    else if ((state_.count.open >= limits.max_connections ||
              state_.count.unknown >= limits.max_unknown()) &&
             !make_room() && state_.count.open >= limits.max_connections)
        refusal =
            "the limit of " + std::to_string(limits.max_connections) + " connections is reached";
    if (!refusal.empty()) {
        refused(refusal);
        beast::error_code ignored;
        socket.close(ignored);
        return do_accept();
    }
    ConnectionSlot slot(state_.count, address);
    if (state_.tls) {
        auto detector = std::make_shared<TlsDetector>(std::move(socket), std::move(slot), state_);
        state_.connections.push_back(detector);
        detector->run();
    } else {
        auto session = std::make_shared<HttpSession<PlainStream>>(PlainStream(std::move(socket)),
                                                                  std::move(slot), state_);
        state_.connections.push_back(session);
        session->run();
    }
    do_accept();
}

bool Listener::make_room(const std::string& block) {
    std::string from = block;
    if (from.empty()) {
        // The block holding the most unknown connections gives first: one owner of many
        // addresses in one network cannot push out everyone else's.
        std::unordered_map<std::string, std::size_t> unknown;
        std::size_t most = 0;
        for (auto& weak : state_.connections)
            if (auto connection = weak.lock())
                if (const auto* slot = connection->evictable())
                    if (const auto n = ++unknown[slot->block()]; n > most) {
                        most = n;
                        from = slot->block();
                    }
        if (from.empty()) return false;
    }
    // The connections are in the order of arrival: of those with as little progress, the first
    // has waited longest.
    const auto now = ConnectionSlot::Clock::now();
    std::shared_ptr<Connection> victim;
    double least = 0;
    for (auto& weak : state_.connections) {
        auto connection = weak.lock();
        if (!connection) continue;
        const auto* slot = connection->evictable();
        if (!slot || slot->block() != from) continue;
        const auto progress = slot->progress(now);
        if (!victim || progress < least) {
            victim = std::move(connection);
            least = progress;
        }
    }
    if (!victim) return false;
    refused("a connection without progress made room for a new one");
    victim->evict();
    return true;
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
