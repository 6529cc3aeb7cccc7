// Where board documents come from: a file (--board, feed/file_board_source), the live link to
// the planner (--planner, net/planner_link, with its own network thread), or nothing. Called on
// the worker thread only.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <thread>

namespace dagritme::app {

// What a source has to tell the people in the room besides the board itself.
struct SourceNotice {
    std::string pairing_code;         // not paired yet: the code staff enter to pair this screen
    bool planner_unreachable = false; // no contact with the planner for more than a minute
    bool operator==(const SourceNotice&) const = default;
};

class BoardSource {
  public:
    virtual ~BoardSource() = default;
    virtual SourceNotice notice() const { return {}; }
    // Returns when poll() may have something new, or after `most`. Sources that cannot tell sleep.
    virtual void wait_for_news(std::chrono::milliseconds most) {
        std::this_thread::sleep_for(most);
    }
    // A document that is new since the last call, or nullopt when nothing changed.
    virtual std::optional<std::string> poll() = 0;
    // For log lines: "board file tests/data/board-zonnebloem.json".
    virtual std::string describe() const = 0;
};

} // namespace dagritme::app
