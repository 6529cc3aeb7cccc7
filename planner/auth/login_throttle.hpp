// Slows down password guessing without letting anyone lock the owner out. A try is counted as
// failed the moment it starts (its password check runs later, on a worker thread), so a burst
// of tries sent in parallel is throttled like the same tries one after another; and only a few
// tries may be checked at once per address and per account. After a few failures for one
// account from one address, or a few more from one address for any account, each further try
// must wait longer (30 s, 1 min, 2 min ... at most 15 minutes). An account is never locked as
// a whole: the owner's tablet, which never failed, may always try; many failures for one
// account from many addresses raise an alert for the administrator instead. Kept in memory:
// losing it in a restart costs nothing. Not thread-safe: the server's I/O thread only.
#pragma once

#include <chrono>
#include <deque>
#include <optional>
#include <string>
#include <unordered_map>

namespace dagritme::auth {

class LoginThrottle {
  public:
    using Clock = std::chrono::steady_clock;

    static constexpr int free_tries_per_address = 10; // a shared tablet, several names
    static constexpr int free_tries_per_account_and_address = 5;
    static constexpr int checks_at_once_per_address = 2;
    static constexpr int checks_at_once_per_account = 4;
    // Failures for one account within an hour, from any address, that raise an alert.
    static constexpr int alert_failures_per_account = 30;
    static constexpr std::chrono::seconds first_wait{30};
    static constexpr std::chrono::seconds longest_wait{15 * 60};

    struct Admission {
        std::chrono::seconds wait{0}; // > 0: throttled, try again after this
        bool busy = false;            // too many checks at once: try again in a moment
        bool admitted() const { return wait.count() == 0 && !busy; }
    };

    // Whether a try for `account` from `address` may start now. When admitted, the try counts
    // as failed and as in flight until finished() is called for it.
    Admission begin(const std::string& address, const std::string& account, Clock::time_point now);
    // The password check of an admitted try is done. A failure may return an alert for the log
    // (at most one per account and hour).
    std::optional<std::string> finished(const std::string& address, const std::string& account,
                                        bool ok, Clock::time_point now);

  private:
    struct Record {
        int failures = 0;
        Clock::time_point last;
    };
    using Records = std::unordered_map<std::string, Record>;
    static std::chrono::seconds wait_of(const Records& records, const std::string& key,
                                        int free_tries, Clock::time_point now);
    static void count(Records& records, const std::string& key, Clock::time_point now);
    static void uncount(Records& records, const std::string& key);
    std::optional<std::string> alert(const std::string& account, Clock::time_point now);

    Records addresses_;
    Records pairs_; // account and address
    std::unordered_map<std::string, int> checking_address_, checking_account_;
    struct Failures {
        std::deque<Clock::time_point> within_hour;
        std::optional<Clock::time_point> alerted;
    };
    std::unordered_map<std::string, Failures> account_failures_;
};

} // namespace dagritme::auth
