// A coroutine pause on the network thread's timer. Asio: include only from .cpp files in net/.
#pragma once

#include "net/net.hpp"

#include <chrono>

namespace dagritme::link {

inline net::awaitable<void> sleep_for(std::chrono::milliseconds duration) {
    net::steady_timer timer(co_await net::this_coro::executor);
    timer.expires_after(duration);
    co_await timer.async_wait(net::use_awaitable);
}

} // namespace dagritme::link
