// The local time of day and date the board shows: the machine's clock in the board's zone
// (Europe/Amsterdam, the only zone boards have; not the machine's zone), or a pretended start
// time (--now) that then runs on and a pretended date (--today). Any thread (immutable after
// construction).
#pragma once

#include "domain/time.hpp"

#include <chrono>
#include <cstdint>
#include <optional>

namespace dagritme::app {

class WallClock {
  public:
    explicit WallClock(std::optional<int> pretend_seconds = std::nullopt,
                       std::optional<Date> pretend_date = std::nullopt);

    // Seconds since local midnight.
    int now_seconds() const;
    // The local date: the pretended one, else the machine's; nothing when only the time is
    // pretended (the board's own date is then today, as for a screenshot of that board).
    std::optional<Date> today() const;
    // Seconds since local midnight in Europe/Amsterdam at a moment (seconds since the epoch).
    static int seconds_of_day(std::int64_t epoch_seconds);
    // The date in Europe/Amsterdam at a moment (seconds since the epoch).
    static Date date_of(std::int64_t epoch_seconds);
    // The steady-clock instant at which now_seconds() reaches `seconds` (for waiting).
    std::chrono::steady_clock::time_point when(int seconds) const;

  private:
    std::optional<int> pretend_;
    std::optional<Date> pretend_date_;
    std::chrono::steady_clock::time_point started_;
};

} // namespace dagritme::app
