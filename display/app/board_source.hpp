// Where board documents come from. Today a file (--board); the live link to the planner
// (WebSocket, a later issue) will be another BoardSource running its own network thread and
// returning the documents it received. Called on the worker thread only.
#pragma once

#include <chrono>
#include <optional>
#include <string>

namespace dagritme::app {

class BoardSource {
public:
    virtual ~BoardSource() = default;
    // A document that is new since the last call, or nullopt when nothing changed.
    virtual std::optional<std::string> poll() = 0;
    // For log lines: "board file tests/data/board-zonnebloem.json".
    virtual std::string describe() const = 0;
};

} // namespace dagritme::app
