// Requests per key as a generic cell rate (see rate_limit.hpp).
#include "http/rate_limit.hpp"

#include <algorithm>

namespace dagritme::web {

RateLimit::RateLimit(std::int64_t burst, std::int64_t interval, std::size_t max_keys)
    : burst_(burst), interval_(interval), max_keys_(max_keys) {}

std::optional<std::int64_t> RateLimit::take(const std::string& key, std::int64_t now) {
    const auto found = full_at_.find(key);
    const auto full_at = std::max(found == full_at_.end() ? now : found->second, now);
    // Each request moves the bucket's full time one interval on; `burst` may be outstanding.
    const auto tolerance = (burst_ - 1) * interval_;
    if (full_at - now > tolerance) return full_at - now - tolerance;
    if (found == full_at_.end()) {
        if (full_at_.size() >= max_keys_) make_room(now);
        full_at_.emplace(key, full_at + interval_);
    } else {
        found->second = full_at + interval_;
    }
    return std::nullopt;
}

void RateLimit::make_room(std::int64_t now) {
    std::erase_if(full_at_, [now](const auto& entry) { return entry.second <= now; });
    if (full_at_.size() < max_keys_) return;
    const auto fullest = std::min_element(full_at_.begin(), full_at_.end(),
                                          [](auto& a, auto& b) { return a.second < b.second; });
    full_at_.erase(fullest);
}

} // namespace dagritme::web
