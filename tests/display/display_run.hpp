// The real dagritme-display, run by the tests on an X server of their own: once to a
// screenshot (run_display), or in a window whose output is read as it comes (LiveDisplay).
// DAGRITME_DISPLAY names the binary.
#pragma once

#include "layout/geometry.hpp"

#include <filesystem>
#include <memory>
#include <ostream>
#include <string>
#include <sys/types.h>
#include <vector>

namespace dagritme::layout {
std::ostream& operator<<(std::ostream& os, Color c);
} // namespace dagritme::layout

namespace dagritme::test {

class TempDir;

struct Run {
    int exit_code = -1;
    std::string output; // stdout and stderr
};

// Runs the display with `args` to its end; its output is kept in `dir`.
Run run_display(const std::vector<std::string>& args, const TempDir& dir);

// dagritme-display running in a window, its output read line by line as it comes.
class LiveDisplay {
  public:
    explicit LiveDisplay(const std::vector<std::string>& args);
    ~LiveDisplay();
    LiveDisplay(const LiveDisplay&) = delete;
    LiveDisplay& operator=(const LiveDisplay&) = delete;

    // Blocks until `text` appears in the output; false when the process ended first.
    bool wait_for(const std::string& text);
    // SIGTERM, then the exit code.
    int stop();
    const std::string& output() const { return seen_; }

  private:
    pid_t pid_ = -1;
    int out_ = -1;
    std::string seen_;
    std::size_t searched_ = 0;
};

// A screenshot, as RGB pixels.
class Png {
  public:
    explicit Png(const std::filesystem::path& file);
    int width() const { return w_; }
    int height() const { return h_; }
    layout::Color at(float x, float y) const;
    bool all_black() const;

  private:
    struct Free {
        void operator()(unsigned char* p) const;
    };
    std::unique_ptr<unsigned char, Free> pixels_;
    int w_ = 0, h_ = 0;
};

// The same colour, give or take what scaling and blending do to it.
bool near(layout::Color a, layout::Color b);

} // namespace dagritme::test
