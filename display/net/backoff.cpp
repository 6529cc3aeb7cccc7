// Reconnect delays: doubling, capped, with full jitter from a small xorshift generator.
#include "net/backoff.hpp"

#include <algorithm>

namespace dagritme::link {

std::uint64_t Backoff::random() {
    // xorshift64*: enough to spread screens apart, no need for a cryptographic source.
    state_ ^= state_ >> 12;
    state_ ^= state_ << 25;
    state_ ^= state_ >> 27;
    return state_ * 0x2545F4914F6CDD1DULL;
}

std::chrono::milliseconds Backoff::next() {
    const auto shift = std::min(failures_, 5);
    ++failures_;
    const auto base = std::min<std::int64_t>(first.count() << shift, cap.count());
    const auto half = base / 2;
    return std::chrono::milliseconds(
        half + static_cast<std::int64_t>(random() % static_cast<std::uint64_t>(half + 1)));
}

} // namespace dagritme::link
