// Reconnect delays: exponential (1 s, 2 s, 4 s ...) capped at 30 s, with "full jitter" so a
// room full of screens does not knock on the planner's door at the same moment. Pure.
#pragma once

#include <chrono>
#include <cstdint>

namespace dagritme::link {

class Backoff {
  public:
    explicit Backoff(std::uint64_t seed) : state_(seed | 1) {}
    // The delay before the next attempt: uniform in [base/2, base], base doubling per failure.
    std::chrono::milliseconds next();
    void reset() { failures_ = 0; }
    int failures() const { return failures_; }

    static constexpr std::chrono::milliseconds first{1000};
    static constexpr std::chrono::milliseconds cap{30000};

  private:
    std::uint64_t random();
    std::uint64_t state_;
    int failures_ = 0;
};

} // namespace dagritme::link
