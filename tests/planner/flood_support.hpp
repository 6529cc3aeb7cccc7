// For the flood tests: many idle or half-sent connections from many loopback addresses, and
// counting how many staff requests are served meanwhile.
#pragma once

#include "net_client.hpp"

#include <doctest/doctest.h>

#include <sys/socket.h>
#include <sys/time.h>

#include <functional>
#include <string>
#include <vector>

namespace dagritme::test {

// `per_address` connections from each of `addresses` loopback addresses, each in a /24 of its
// own (127.0.1.1, 127.0.2.1, ...: one network cap does not stop them), each sending `bytes`.
// A connection the planner closed at once stays in the list: it is what the planner did.
inline std::vector<tcp::socket> flood(net::io_context& ioc, unsigned short port, int addresses,
                                      int per_address, const std::string& bytes = "") {
    std::vector<tcp::socket> sockets;
    for (int a = 0; a < addresses; ++a)
        for (int i = 0; i < per_address; ++i) {
            auto socket = connect_from(ioc, port, "127.0." + std::to_string(a + 1) + ".1");
            beast::error_code ignored; // closed already: refused
            if (!bytes.empty()) net::write(socket, net::buffer(bytes), ignored);
            sockets.push_back(std::move(socket));
        }
    return sockets;
}

// How many of `n` requests got a 200; a refused or cut connection counts as not served.
inline int served(int n, const std::function<int()>& request) {
    int ok = 0;
    for (int i = 0; i < n; ++i) {
        try {
            ok += request() == 200 ? 1 : 0;
        } catch (const std::exception&) {
        }
    }
    return ok;
}

// True when the peer closed the connection within `timeout` (without sending anything more
// than what is read and dropped), false when it was still open then.
inline bool closed_within(tcp::socket& socket, std::chrono::seconds timeout) {
    timeval tv{static_cast<time_t>(timeout.count()), 0};
    ::setsockopt(socket.native_handle(), SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    char buf[4096];
    for (;;) {
        const auto n = ::recv(socket.native_handle(), buf, sizeof buf, 0);
        if (n == 0) return true;
        if (n < 0) return errno != EAGAIN && errno != EWOULDBLOCK;
    }
}

// How many of the sockets the planner has closed by now (it sent FIN or RST).
inline std::size_t count_closed(std::vector<tcp::socket>& sockets) {
    std::size_t closed = 0;
    for (auto& socket : sockets) {
        char byte;
        const auto n = ::recv(socket.native_handle(), &byte, 1, MSG_DONTWAIT);
        if (n == 0 || (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK)) ++closed;
    }
    return closed;
}

} // namespace dagritme::test
