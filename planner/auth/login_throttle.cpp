// The waits after wrong passwords, per address and per account and address (pure bookkeeping).
#include "auth/login_throttle.hpp"

#include <algorithm>

namespace dagritme::auth {
namespace {
// Beyond this many remembered addresses or names, the ones quiet for a while are forgotten,
// so a flood of made-up names cannot fill the memory.
constexpr std::size_t remembered = 10'000;
constexpr std::chrono::hours alert_window{1};

std::string pair_key(const std::string& address, const std::string& account) {
    return account + '\n' + address;
}

void release(std::unordered_map<std::string, int>& checking, const std::string& key) {
    if (const auto it = checking.find(key); it != checking.end() && --it->second <= 0)
        checking.erase(it);
}

int checking_of(const std::unordered_map<std::string, int>& checking, const std::string& key) {
    const auto it = checking.find(key);
    return it == checking.end() ? 0 : it->second;
}

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

void LoginThrottle::count(Records& records, const std::string& key, Clock::time_point now) {
    if (records.size() >= remembered && !records.contains(key))
        std::erase_if(records,
                      [&](const auto& entry) { return now - entry.second.last > longest_wait; });
    if (records.size() >= remembered && !records.contains(key)) records.clear();
    auto& record = records[key];
    ++record.failures;
    record.last = now;
}

void LoginThrottle::uncount(Records& records, const std::string& key) {
    const auto it = records.find(key);
    if (it == records.end()) return;
    if (--it->second.failures <= 0) records.erase(it);
}

LoginThrottle::Admission LoginThrottle::begin(const std::string& address,
                                              const std::string& account, Clock::time_point now) {
    const auto pair = pair_key(address, account);
    Admission admission;
    admission.wait = std::max(wait_of(addresses_, address, free_tries_per_address, now),
                              wait_of(pairs_, pair, free_tries_per_account_and_address, now));
    if (!admission.admitted()) return admission;
    if (checking_of(checking_address_, address) >= checks_at_once_per_address ||
        checking_of(checking_account_, account) >= checks_at_once_per_account) {
        admission.busy = true;
        return admission;
    }
    // Counted before the check runs: a parallel burst sees the failures of its earlier tries.
    count(addresses_, address, now);
    count(pairs_, pair, now);
    ++checking_address_[address];
    ++checking_account_[account];
    return admission;
}

std::optional<std::string> LoginThrottle::finished(const std::string& address,
                                                   const std::string& account, bool ok,
                                                   Clock::time_point now) {
    release(checking_address_, address);
    release(checking_account_, account);
    if (!ok) return alert(account, now);
    // The try was no failure after all; the account's own failures from here are forgiven.
    uncount(addresses_, address);
    pairs_.erase(pair_key(address, account));
    return std::nullopt;
}

std::optional<std::string> LoginThrottle::alert(const std::string& account, Clock::time_point now) {
    if (account_failures_.size() >= remembered && !account_failures_.contains(account))
        std::erase_if(account_failures_, [&](const auto& entry) {
            return entry.second.within_hour.empty() ||
                   now - entry.second.within_hour.back() > alert_window;
        });
    if (account_failures_.size() >= remembered && !account_failures_.contains(account))
        account_failures_.clear();
    auto& failures = account_failures_[account];
    failures.within_hour.push_back(now);
    while (now - failures.within_hour.front() > alert_window)
        failures.within_hour.pop_front();
    if (static_cast<int>(failures.within_hour.size()) < alert_failures_per_account) return {};
    if (failures.alerted && now - *failures.alerted < alert_window) return {};
    failures.alerted = now;
    std::string name = account; // typed by anyone: no control characters into the log
    std::replace_if(
        name.begin(), name.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20; }, '?');
    return "login alert: " + std::to_string(failures.within_hour.size()) +
           " failed logins for the account name '" + name +
           "' in the last hour, from any address; the account is not locked";
}

} // namespace dagritme::auth
