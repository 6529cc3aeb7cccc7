// Local time via localtime_r (the machine's zone; the board's timezone is informational).
#include "screen/wall_clock.hpp"

#include <ctime>

namespace dagritme::app {

WallClock::WallClock(std::optional<int> pretend_seconds)
    : pretend_(pretend_seconds), started_(std::chrono::steady_clock::now()) {}

int WallClock::now_seconds() const {
    if (pretend_) {
        const auto elapsed = std::chrono::duration_cast<std::chrono::seconds>(
            std::chrono::steady_clock::now() - started_);
        return static_cast<int>((*pretend_ + elapsed.count()) % (24 * 60 * 60));
    }
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return local.tm_hour * 3600 + local.tm_min * 60 + local.tm_sec;
}

std::chrono::steady_clock::time_point WallClock::when(int seconds) const {
    const int ahead = seconds - now_seconds();
    return std::chrono::steady_clock::now() + std::chrono::seconds(ahead > 0 ? ahead : 0);
}

} // namespace dagritme::app
