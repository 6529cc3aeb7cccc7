// How many connections the planner holds, and from whom. One laptop on the tablet network
// must not lock the group out: each address has its own cap, and a share of the capacity is
// kept for connections that showed a staff session or a screen token. When the unknown
// connections have used their share, the one idle the longest makes room for a newcomer.
// Refusals come in floods, so they are logged at most once a second, with a count.
// I/O thread only.
#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <string>
#include <unordered_map>
#include <utility>

namespace dagritme::web {

struct ConnectionLimits {
    std::size_t max_connections = 512;    // HTTP connections and screens together
    std::size_t max_per_address = 32;     // a browser opens about six
    std::size_t reserved_for_known = 128; // never taken by connections without a session or token
    std::chrono::seconds header_deadline{10};
    std::chrono::seconds body_deadline{60};

    std::size_t max_unknown() const {
        return max_connections > reserved_for_known ? max_connections - reserved_for_known : 1;
    }
};

class RefusalLog {
  public:
    using Clock = std::chrono::steady_clock;
    explicit RefusalLog(std::function<void(const std::string&)> log) : log_(std::move(log)) {}

    // Logs at once when nothing was logged in the last second; otherwise counts.
    void refused(const std::string& why, Clock::time_point now = Clock::now()) {
        if (logged_once_ && now - last_ < std::chrono::seconds(1)) {
            ++unlogged_;
            last_why_ = why;
            return;
        }
        write("connection refused: " + why, now);
    }
    // Logs what was only counted; the listener calls it a second after a refusal.
    void flush(Clock::time_point now = Clock::now()) {
        if (unlogged_ == 0) return;
        write("connection refused: " + last_why_ + " (" + std::to_string(unlogged_) +
                  " more refusals since the last line)",
              now);
    }

  private:
    void write(const std::string& line, Clock::time_point now) {
        log_(line);
        unlogged_ = 0;
        last_ = now;
        logged_once_ = true;
    }

    std::function<void(const std::string&)> log_;
    Clock::time_point last_;
    std::string last_why_;
    std::size_t unlogged_ = 0;
    bool logged_once_ = false;
};

// The connections open now, per address and in all.
struct ConnectionCount {
    std::size_t open = 0;
    std::size_t unknown = 0; // without a staff session or screen token so far
    std::unordered_map<std::string, std::size_t> per_address;

    void add(const std::string& address) {
        ++open;
        ++unknown;
        ++per_address[address];
    }
    void remove(const std::string& address, bool was_unknown) {
        --open;
        if (was_unknown) --unknown;
        if (--per_address[address] == 0) per_address.erase(address);
    }
    std::size_t from(const std::string& address) const {
        const auto it = per_address.find(address);
        return it == per_address.end() ? 0 : it->second;
    }
};

// One open connection, counted from accept to close: moves with the connection from the
// listener to the TLS detector to the session.
class ConnectionSlot {
  public:
    ConnectionSlot(ConnectionCount& count, std::string address)
        : count_(&count), address_(std::move(address)) {
        count_->add(address_);
    }
    ConnectionSlot(ConnectionSlot&& other) noexcept
        : count_(std::exchange(other.count_, nullptr)), address_(std::move(other.address_)),
          unknown_(other.unknown_) {}
    ConnectionSlot& operator=(ConnectionSlot&&) = delete;
    ~ConnectionSlot() {
        if (count_) count_->remove(address_, unknown_);
    }
    // It showed a staff session or a screen token.
    void known() {
        if (!unknown_ || !count_) return;
        unknown_ = false;
        --count_->unknown;
    }
    bool unknown() const { return unknown_; }
    const std::string& address() const { return address_; }

  private:
    ConnectionCount* count_;
    std::string address_;
    bool unknown_ = true;
};

} // namespace dagritme::web
