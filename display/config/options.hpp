// The command line of dagritme-display. Parsed once on the main thread.
#pragma once

#include "domain/time.hpp"
#include "layout/geometry.hpp"

#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace dagritme::app {

// Where the planner is: --planner [http://|https://]HOST:PORT.
struct PlannerAddress {
    std::string host;
    unsigned short port = 0;
    bool tls = false;
};

struct Options {
    std::optional<layout::Size> windowed;  // --windowed WxH; fullscreen when absent
    std::filesystem::path board;           // --board FILE
    std::optional<int> now_seconds;        // --now HH:MM
    std::optional<Date> today;             // --today YYYY-MM-DD
    std::filesystem::path screenshot;      // --screenshot OUT.png
    std::optional<layout::Size> size;      // --size WxH (with --screenshot)
    std::filesystem::path config;          // --config display.toml
    std::optional<PlannerAddress> planner; // --planner [https://]HOST:PORT (the live link)
    std::filesystem::path state;           // --state DIR (the screen token and the last board)
    std::filesystem::path record;          // --record FILE: headless, boards appended as JSON lines
    bool help = false;
};

class UsageError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

Options parse_options(const std::vector<std::string>& args); // throws UsageError
std::string usage();

} // namespace dagritme::app
