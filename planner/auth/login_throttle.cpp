// The waits after wrong passwords, per address and per account (pure bookkeeping).
#include "auth/login_throttle.hpp"

#include <algorithm>

namespace dagritme::auth {
namespace {
// Beyond this many remembered addresses or names, the ones quiet for a while are forgotten,
// so a flood of made-up names cannot fill the memory.
constexpr std::size_t remembered = 10'000;
} // namespace

std::chrono::seconds LoginThrottle::wait_of(const Records& records, const std::string& key,
                                            int free_tries, Clock::time_point now) {
    const auto it = records.find(key);
    if (it == records.end() || it->second.failures < free_tries) return std::chrono::seconds(0);
    const int doublings = std::min(it->second.failures - free_tries, 10);
    const auto delay =
        std::min<std::chrono::seconds>(first_wait * (1LL << doublings), longest_wait);
    const auto until = it->second.last + delay;
    if (until <= now) return std::chrono::seconds(0);
    return std::chrono::ceil<std::chrono::seconds>(until - now);
}

std::chrono::seconds LoginThrottle::wait(const std::string& address, const std::string& account,
                                         Clock::time_point now) const {
    return std::max(wait_of(addresses_, address, free_tries_per_address, now),
                    wait_of(accounts_, account, free_tries_per_account, now));
}

void LoginThrottle::count(Records& records, const std::string& key, Clock::time_point now) {
    if (records.size() >= remembered && !records.contains(key))
        std::erase_if(records,
                      [&](const auto& entry) { return now - entry.second.last > longest_wait; });
    if (records.size() >= remembered && !records.contains(key)) records.clear();
    auto& record = records[key];
    ++record.failures;
    record.last = now;
}

void LoginThrottle::failed(const std::string& address, const std::string& account,
                           Clock::time_point now) {
    count(addresses_, address, now);
    count(accounts_, account, now);
}

void LoginThrottle::succeeded(const std::string& address, const std::string& account) {
    addresses_.erase(address);
    accounts_.erase(account);
}

} // namespace dagritme::auth
