// Slows down password guessing: after a few failed logins from one address, or for one
// account, each further try must wait longer (30 s, 1 min, 2 min ... at most 15 minutes). A try
// refused for waiting is not counted, so an attacker's address is throttled long before the account
// is, and the owner can still log in from another address. Kept in memory: losing it in a restart
// costs nothing. Not thread-safe: the server's I/O thread only.
#pragma once

#include <chrono>
#include <string>
#include <unordered_map>

namespace dagritme::auth {

class LoginThrottle {
  public:
    using Clock = std::chrono::steady_clock;

    static constexpr int free_tries_per_address = 5;
    static constexpr int free_tries_per_account = 10;
    static constexpr std::chrono::seconds first_wait{30};
    static constexpr std::chrono::seconds longest_wait{15 * 60};

    // How long a try for `account` from `address` must still wait; zero when it may go ahead.
    std::chrono::seconds wait(const std::string& address, const std::string& account,
                              Clock::time_point now) const;
    void failed(const std::string& address, const std::string& account, Clock::time_point now);
    void succeeded(const std::string& address, const std::string& account);

  private:
    struct Record {
        int failures = 0;
        Clock::time_point last;
    };
    using Records = std::unordered_map<std::string, Record>;
    static std::chrono::seconds wait_of(const Records& records, const std::string& key,
                                        int free_tries, Clock::time_point now);
    static void count(Records& records, const std::string& key, Clock::time_point now);

    Records addresses_;
    Records accounts_;
};

} // namespace dagritme::auth
