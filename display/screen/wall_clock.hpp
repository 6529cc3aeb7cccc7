// The local time of day the board shows: the machine's clock in the board's zone
// (Europe/Amsterdam, the only zone boards have; not the machine's zone), or a pretended start
// time (--now) that then runs on. Any thread (immutable after construction).
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>

namespace dagritme::app {

class WallClock {
  public:
    explicit WallClock(std::optional<int> pretend_seconds = std::nullopt);

    // Seconds since local midnight.
    int now_seconds() const;
    // Seconds since local midnight in Europe/Amsterdam at a moment (seconds since the epoch).
    static int seconds_of_day(std::int64_t epoch_seconds);
    // The steady-clock instant at which now_seconds() reaches `seconds` (for waiting).
    std::chrono::steady_clock::time_point when(int seconds) const;

  private:
    std::optional<int> pretend_;
    std::chrono::steady_clock::time_point started_;
};

} // namespace dagritme::app
