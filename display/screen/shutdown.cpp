// Signal handling with a lock-free flag (the only thing a handler may touch).
#include "screen/shutdown.hpp"

#include <atomic>
#include <csignal>

namespace dagritme::app {

namespace {
std::atomic<bool> requested{false};
static_assert(std::atomic<bool>::is_always_lock_free);

extern "C" void on_signal(int) {
    requested.store(true);
}
} // namespace

void install_shutdown_signals() {
    std::signal(SIGTERM, on_signal);
    std::signal(SIGINT, on_signal);
}

bool shutdown_requested() {
    return requested.load();
}

} // namespace dagritme::app
