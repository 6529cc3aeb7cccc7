// Load for the planner benchmark: clients that keep the planner's expensive work busy
// (password checks and photo re-encoding) while the benchmark measures something else.
// Each client runs on its own thread and connects from its own loopback address, so the
// per-address limits treat them as different machines. They run until the PlannerLoad is
// destroyed; the destructor waits for each client's request in flight.
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace dagritme::bench {

struct LoadClient {
    std::string name; // the account it logs in with
    std::string password;
    std::string source; // the loopback address it connects from, e.g. "127.0.2.1"
};

struct LoadCounts {
    std::uint64_t logins = 0;   // answered 200
    std::uint64_t uploads = 0;  // answered 200
    std::uint64_t failures = 0; // any other answer, or a connection that failed
};

class PlannerLoad {
  public:
    // `loggers` log in again and again; `uploaders` log in once, then put `photo` (a JPEG)
    // as the photo of the children in `children` in turn.
    PlannerLoad(unsigned short port, std::vector<LoadClient> loggers,
                std::vector<LoadClient> uploaders, std::string photo,
                std::vector<std::int64_t> children);
    ~PlannerLoad();
    PlannerLoad(const PlannerLoad&) = delete;
    PlannerLoad& operator=(const PlannerLoad&) = delete;

    // Waits until every client has had a request succeed; false after `timeout`.
    bool wait_until_all_busy(std::chrono::seconds timeout);
    LoadCounts counts() const;
    // The first failure, described; empty when there was none.
    std::string first_failure() const;

  private:
    void log_in_repeatedly(const LoadClient& client);
    void upload_repeatedly(const LoadClient& client, std::size_t first_child);
    // Counts one answer: a success in `counter`, or a failure described by `failure`.
    void record(bool ok, std::atomic<std::uint64_t>& counter, const std::string& failure,
                bool& seen_success);

    unsigned short port_;
    std::string photo_;
    std::vector<std::int64_t> children_;
    std::atomic<bool> stopping_{false};
    std::atomic<std::uint64_t> logins_{0}, uploads_{0}, failures_{0};
    mutable std::mutex mutex_; // guards busy_ and first_failure_
    std::condition_variable first_answers_;
    std::size_t busy_ = 0; // clients with a request that succeeded
    std::string first_failure_;
    std::vector<std::thread> threads_;
};

// A JPEG like a phone photo: a colour gradient with sensor-like noise, so it compresses
// no better than a real one (3000 x 2000 is about 3 MB).
std::string phone_like_photo(int width, int height);

} // namespace dagritme::bench
