// The WebSocket to the planner (GET /ws/screen with the screen's token): one session, from the
// handshake until the planner closes it. Every message is handed to `on_message` in order;
// silence for 40 s (the planner pings every 15 s) ends it with an error. Asio: include only
// from .cpp files in net/. Network thread only.
#pragma once

#include "net/planner_client.hpp"

#include <functional>
#include <string>

namespace dagritme::link {

struct BoardStreamEvents {
    std::function<void()> connecting;
    std::function<void()> online; // the handshake succeeded
    std::function<net::awaitable<void>(std::string message)> message;
};

// Returns when the planner closes the session; throws Unauthorized when it refuses the token,
// and beast::system_error on other errors.
net::awaitable<void> follow_board_stream(PlannerClient& planner, std::string token,
                                         BoardStreamEvents events);

} // namespace dagritme::link
