// The board's local time: Europe/Amsterdam by the planner's own time code (domain/time.hpp),
// whatever zone the machine is set to (a wall screen set to UTC still shows Dutch time).
#include "screen/wall_clock.hpp"

#include "domain/time.hpp"

#include <ctime>

namespace dagritme::app {

WallClock::WallClock(std::optional<int> pretend_seconds, std::optional<Date> pretend_date)
    : pretend_(pretend_seconds), pretend_date_(pretend_date),
      started_(std::chrono::steady_clock::now()) {}

int WallClock::now_seconds() const {
    if (pretend_) {
        const auto elapsed = std::chrono::duration_cast<std::chrono::seconds>(
            std::chrono::steady_clock::now() - started_);
        return static_cast<int>((*pretend_ + elapsed.count()) % (24 * 60 * 60));
    }
    return seconds_of_day(std::time(nullptr));
}

std::optional<Date> WallClock::today() const {
    if (pretend_date_) return pretend_date_;
    if (pretend_) return std::nullopt;
    return date_of(std::time(nullptr));
}

Date WallClock::date_of(std::int64_t epoch_seconds) {
    return to_local(Instant{epoch_seconds}).date;
}

int WallClock::seconds_of_day(std::int64_t epoch_seconds) {
    const auto local = to_local(Instant{epoch_seconds});
    return local.time.minutes * 60 + static_cast<int>(((epoch_seconds % 60) + 60) % 60);
}

std::chrono::steady_clock::time_point WallClock::when(int seconds) const {
    const int ahead = seconds - now_seconds();
    return std::chrono::steady_clock::now() + std::chrono::seconds(ahead > 0 ? ahead : 0);
}

} // namespace dagritme::app
