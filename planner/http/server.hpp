// The planner as a service: HTTP/1.1 and WebSocket on the configured address, one I/O
// thread (SQLite writes are serialised on it), graceful shutdown on SIGINT/SIGTERM.
#pragma once

#include "config/planner_config.hpp"

#include <iosfwd>
#include <optional>

namespace dagritme::web {

struct ServeOptions {
    config::PlannerConfig config;
    std::optional<int> port; // overrides the config; 0: any free port
    std::size_t max_connections = 512;
};

// Runs until SIGINT or SIGTERM. Prints "listening on http://ADDRESS:PORT" when ready, then
// one line per request. Returns the exit code.
int serve(const ServeOptions& options, std::ostream& log);

} // namespace dagritme::web
