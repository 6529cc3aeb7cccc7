// The window on the wall: fullscreen (or --windowed), turned when the panel hangs the other
// way, redrawn only when the board view says the scene changed. Between frames it sleeps
// until the next minute, a new snapshot or (within 100 ms) a window event.
// Runs on the thread that calls run() (the render thread: the main thread).
#pragma once

#include "config/display_config.hpp"
#include "feed/snapshot.hpp"
#include "layout/geometry.hpp"
#include "screen/wall_clock.hpp"

#include <optional>
#include <string>

namespace dagritme::app {

class WallScreen {
  public:
    WallScreen(const DisplayConfig& config, std::optional<layout::Size> windowed,
               const SnapshotMailbox& mailbox, const WallClock& clock)
        : config_(config), windowed_(windowed), mailbox_(mailbox), clock_(clock) {}

    // Until the window closes; returns the process exit code.
    int run();

  private:
    const DisplayConfig& config_;
    std::optional<layout::Size> windowed_;
    const SnapshotMailbox& mailbox_;
    const WallClock& clock_;
};

// Renders one frame offscreen at `size` into a PNG; with `expect_board`, after the board
// arrived and its images were tried.
int take_screenshot(const DisplayConfig& config, layout::Size size, const std::string& out,
                    const SnapshotMailbox& mailbox, const WallClock& clock, bool expect_board);

} // namespace dagritme::app
