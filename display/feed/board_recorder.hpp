// Headless mode (--record FILE): instead of drawing, every board document the source hands
// over is appended to FILE as one line of JSON, flushed at once. For integration tests and
// for checking a screen's link on a machine without a display. Runs on the calling thread
// until SIGINT or SIGTERM.
#pragma once

#include "feed/board_source.hpp"

#include <filesystem>

namespace dagritme::app {

int record_boards(BoardSource& source, const std::filesystem::path& file);

} // namespace dagritme::app
