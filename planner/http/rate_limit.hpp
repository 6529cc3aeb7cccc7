// Requests per key (a calendar link, an address), as a generic cell rate: `burst` requests at
// once, then one per `interval` seconds. At most `max_keys` keys are kept (keys whose bucket is
// full again go first, then the fullest), so memory stays bounded whatever keys arrive; losing
// one only forgives its past requests. In memory, cheap to lose; I/O thread only.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>

namespace dagritme::web {

class RateLimit {
  public:
    RateLimit(std::int64_t burst, std::int64_t interval, std::size_t max_keys = 10000);

    // Counts a request of `key` at `now` (seconds): nothing when it may go ahead, otherwise
    // the whole seconds until it may (and the refused request is not counted).
    std::optional<std::int64_t> take(const std::string& key, std::int64_t now);

  private:
    void make_room(std::int64_t now);

    std::int64_t burst_;
    std::int64_t interval_;
    std::size_t max_keys_;
    // Per key, when its bucket is full again ("theoretical arrival time").
    std::unordered_map<std::string, std::int64_t> full_at_;
};

// The calendar feed's limits: a phone or calendar service fetches a link every quarter hour or
// so; 4 clients fetched 219 times a second. Per link: 4 at once, then one a minute. Per
// address (a calendar service fetches many families' links from few addresses): 60 at once,
// then one every 2 seconds.
struct FeedLimits {
    RateLimit per_link{4, 60};
    RateLimit per_address{60, 2};
};

} // namespace dagritme::web
