// The live link to the planner: a BoardSource whose own network thread (Asio) pairs the
// screen when it has no token (showing a six-digit code), keeps the WebSocket to the planner,
// reconnects with exponential backoff and jitter (at most 30 s), takes in only boards the
// decoder accepts, fetches the images a board names into the media folder, hands the board
// over, and then keeps it on disk as far as the disk allows. At start the cached board is
// there at once, so a reboot without network still shows the day. Its files and folders are
// private to the display's user. poll() and status() may be called from any thread.
#pragma once

#include "feed/board_source.hpp"

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

namespace dagritme::link {

// Without contact for this long, the screen shows a small marker for staff.
inline constexpr std::chrono::seconds unreachable_marker_after{60};

struct LinkSettings {
    std::string host = "127.0.0.1";
    unsigned short port = 8080;
    // https and wss, with the planner's certificate checked against the system's authorities
    // and, when given, the organisation's own (a PEM file).
    bool tls = false;
    std::optional<std::filesystem::path> ca_file;
    std::filesystem::path state_dir; // the screen's token and the last board
    std::filesystem::path media_dir; // images by hash, shared with the media index
    std::chrono::milliseconds marker_after = unreachable_marker_after;
};

struct LinkStatus {
    enum class State { pairing, connecting, online };
    State state = State::connecting;
    std::string pairing_code; // while pairing: the code to show
    // Since when the planner could not be reached (no contact); empty while in contact.
    std::optional<std::chrono::steady_clock::time_point> unreachable_since;
    std::int64_t revision = -1;        // of the last board received
    std::int64_t cached_revision = -1; // of the last board written to the disk cache
};

class PlannerLink final : public app::BoardSource {
  public:
    explicit PlannerLink(LinkSettings settings);
    ~PlannerLink() override;
    PlannerLink(const PlannerLink&) = delete;
    PlannerLink& operator=(const PlannerLink&) = delete;

    std::optional<std::string> poll() override;
    std::string describe() const override;
    app::SourceNotice notice() const override;
    void wait_for_news(std::chrono::milliseconds most) override;
    LinkStatus status() const;

    struct Impl;

  private:
    std::unique_ptr<Impl> impl_;
};

} // namespace dagritme::link
