// Where a browser says a request comes from. A form on another web site can make a browser
// post to the planner (with or without its cookie), so every request that changes something
// must come from the planner's own pages. Browsers say so in `Sec-Fetch-Site` and, on every
// non-GET request, in `Origin`; programs that are not browsers (a wall screen, a script)
// send neither and are judged by their session or token alone.
#pragma once

#include "http/message.hpp"

#include <optional>
#include <string>

namespace dagritme::web {

// Why a request that may change something came from another site ("Origin
// https://evil.example", "Sec-Fetch-Site cross-site"), or nothing for GET, HEAD and OPTIONS,
// a request of the planner's own origin (its `Host`), and a request that names no origin.
std::optional<std::string> foreign_origin(const Request& req);

} // namespace dagritme::web
