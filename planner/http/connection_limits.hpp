// How many connections the planner holds, and from whom. No one on the tablet network, nor
// an owner of many addresses, may lock the group out:
// - each address, and each /24 (IPv4) or /64 (IPv6), has its own cap;
// - a share of the capacity is kept for connections that showed a staff session or a screen
//   token ("known"); every other connection, whatever it is doing (TLS handshake, header,
//   body, answer), can be evicted to make room: the one that made the least progress per
//   second goes first, of equals the oldest;
// - wall screens have their own limits, in all and per address, apart from HTTP's.
// Refusals come in floods, so they are logged at most once a second, with a count.
// I/O thread only.
#pragma once

#include "app/address_block.hpp"

#include <chrono>
#include <cstddef>
#include <functional>
#include <string>
#include <unordered_map>
#include <utility>

namespace dagritme::web {

struct ConnectionLimits {
    std::size_t max_connections = 512;    // HTTP connections (screens have their own limit)
    std::size_t max_per_address = 32;     // a browser opens about six
    std::size_t max_per_block = 128;      // per /24 or /64: the tablet network shares one
    std::size_t reserved_for_known = 128; // never taken by connections without a session or token
    std::size_t max_screens = 256;        // wall screens' WebSockets
    std::size_t max_screens_per_address = 8;
    std::chrono::seconds header_deadline{10}; // also for the TLS handshake
    // A body arrives at least this fast: each min_body_bytes (or the rest) within body_window.
    std::size_t min_body_bytes = 16 * 1024;
    std::chrono::seconds body_window{10};
    std::chrono::seconds write_deadline{60};

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

// Open things per address and per /24 or /64, and in all.
struct AddressCount {
    std::size_t open = 0;
    std::unordered_map<std::string, std::size_t> per_address;
    std::unordered_map<std::string, std::size_t> per_block;

    void add(const std::string& address, const std::string& block) {
        ++open;
        ++per_address[address];
        ++per_block[block];
    }
    void remove(const std::string& address, const std::string& block) {
        --open;
        if (--per_address[address] == 0) per_address.erase(address);
        if (--per_block[block] == 0) per_block.erase(block);
    }
    std::size_t from(const std::string& address) const { return lookup(per_address, address); }
    std::size_t from_block(const std::string& block) const { return lookup(per_block, block); }

  private:
    static std::size_t lookup(const std::unordered_map<std::string, std::size_t>& map,
                              const std::string& key) {
        const auto it = map.find(key);
        return it == map.end() ? 0 : it->second;
    }
};

// The HTTP connections open now; `unknown`: without a staff session or screen token so far.
struct ConnectionCount : AddressCount {
    std::size_t unknown = 0;
};

// One open HTTP connection, counted from accept until it closes, is evicted or becomes a
// screen: moves with the connection from the listener to the TLS detector to the session.
class ConnectionSlot {
  public:
    using Clock = std::chrono::steady_clock;
    ConnectionSlot(ConnectionCount& count, std::string address)
        : count_(&count), address_(std::move(address)), block_(app::address_block(address_)) {
        add();
    }
    ConnectionSlot(ConnectionSlot&& other) noexcept
        : count_(other.count_), counted_(std::exchange(other.counted_, false)),
          address_(std::move(other.address_)), block_(std::move(other.block_)),
          unknown_(other.unknown_), since_(other.since_), received_(other.received_) {}
    ConnectionSlot& operator=(ConnectionSlot&&) = delete;
    ~ConnectionSlot() { release(); }

    // Counted no more: evicted, or handed over to the screens' count.
    void release() {
        if (!counted_) return;
        counted_ = false;
        count_->remove(address_, block_);
        if (unknown_) --count_->unknown;
    }
    bool counted() const { return counted_; }
    // It showed a staff session or a screen token.
    void known() {
        if (!unknown_) return;
        unknown_ = false;
        if (counted_) --count_->unknown;
    }
    // The client is another address than the peer (a trusted proxy said so).
    void moved_to(const std::string& address) {
        if (address == address_ || !counted_) return;
        release();
        address_ = address;
        block_ = app::address_block(address_);
        add();
    }
    void received(std::size_t bytes) { received_ += bytes; }
    // Bytes per second since accept: the connection that makes the least progress goes first.
    double progress(Clock::time_point now) const {
        const auto seconds = std::chrono::duration<double>(now - since_).count();
        return static_cast<double>(received_) / (seconds > 0.001 ? seconds : 0.001);
    }
    bool unknown() const { return unknown_; }
    const std::string& address() const { return address_; }
    const std::string& block() const { return block_; }

  private:
    void add() {
        count_->add(address_, block_);
        if (unknown_) ++count_->unknown;
        counted_ = true;
    }

    ConnectionCount* count_;
    bool counted_ = false;
    std::string address_;
    std::string block_;
    bool unknown_ = true;
    Clock::time_point since_ = Clock::now();
    std::size_t received_ = 0;
};

// One wall screen's WebSocket, counted while it is open.
class ScreenSlot {
  public:
    ScreenSlot(AddressCount& count, std::string address)
        : count_(&count), address_(std::move(address)), block_(app::address_block(address_)) {
        count_->add(address_, block_);
    }
    ScreenSlot(ScreenSlot&& other) noexcept
        : count_(std::exchange(other.count_, nullptr)), address_(std::move(other.address_)),
          block_(std::move(other.block_)) {}
    ScreenSlot& operator=(ScreenSlot&&) = delete;
    ~ScreenSlot() {
        if (count_) count_->remove(address_, block_);
    }

  private:
    AddressCount* count_;
    std::string address_;
    std::string block_;
};

} // namespace dagritme::web
