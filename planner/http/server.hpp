// The planner as a service: HTTP/1.1 and WebSocket on the configured address, one I/O
// thread (SQLite reads and writes are serialised on it), a small worker pool for password
// checks and photos, graceful shutdown on SIGINT/SIGTERM. A failing handler is logged and
// answered; it never stops the service.
#pragma once

#include "config/planner_config.hpp"
#include "http/connection_limits.hpp"

#include <iosfwd>
#include <optional>

namespace dagritme::web {

struct ServeOptions {
    config::PlannerConfig config;
    std::optional<int> port; // overrides the config; 0: any free port
    ConnectionLimits limits;
};

// Runs until SIGINT or SIGTERM. Prints "listening on http://ADDRESS:PORT" when ready, then
// one line per request. Returns the exit code.
int serve(const ServeOptions& options, std::ostream& log);

} // namespace dagritme::web
