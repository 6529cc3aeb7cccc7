// Pairing an unpaired screen: ask the planner for a six-digit code, show it (staff pair it to a
// group), and wait for the token. A code that expires is replaced by a new one. Asio: include
// only from .cpp files in net/. Network thread only.
#pragma once

#include "net/planner_client.hpp"

#include <functional>
#include <string>

namespace dagritme::link {

// Returns the screen's token once staff have paired `code`; `show_code` is called with every
// new code. Throws when the planner cannot be reached or refuses.
net::awaitable<std::string> pair_screen(PlannerClient& planner,
                                        std::function<void(const std::string& code)> show_code);

} // namespace dagritme::link
