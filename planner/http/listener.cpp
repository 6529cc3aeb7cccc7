#include "http/listener.hpp"

#include <algorithm>
#include <stdexcept>

namespace dagritme::web {

Listener::Listener(net::io_context& ioc, const tcp::endpoint& endpoint, ServerState& state)
    : ioc_(ioc), acceptor_(net::make_strand(ioc)), state_(state) {
    beast::error_code ec;
    const auto fail = [&](const char* what) {
        throw std::runtime_error(std::string("cannot ") + what + " " + endpoint.address().to_string() + ":" +
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

void Listener::run() { do_accept(); }

void Listener::do_accept() {
    acceptor_.async_accept(net::make_strand(ioc_), beast::bind_front_handler(&Listener::on_accept, shared_from_this()));
}

void Listener::on_accept(beast::error_code ec, tcp::socket socket) {
    if (ec == net::error::operation_aborted || !acceptor_.is_open()) return;
    if (ec) {
        state_.log("accept: " + ec.message());
    } else if (state_.connections + state_.hub.screen_count() >= state_.max_connections) {
        state_.log("connection refused: the limit of " + std::to_string(state_.max_connections) + " is reached");
        beast::error_code ignored;
        socket.close(ignored);
    } else {
        auto session = std::make_shared<HttpSession>(std::move(socket), state_);
        std::erase_if(sessions_, [](const std::weak_ptr<HttpSession>& s) { return s.expired(); });
        sessions_.push_back(session);
        session->run();
    }
    do_accept();
}

void Listener::stop() {
    net::post(acceptor_.get_executor(), [self = shared_from_this()] {
        beast::error_code ignored;
        self->acceptor_.close(ignored);
        for (auto& weak : self->sessions_)
            if (auto session = weak.lock()) session->shutdown();
    });
}

} // namespace dagritme::web
