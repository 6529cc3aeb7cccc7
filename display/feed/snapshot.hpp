// What the worker hands the render thread: an immutable snapshot of the last good board and
// the images decoded for it, swapped whole under a mutex. Any thread.
#pragma once

#include "board/board.hpp"
#include "config/display_config.hpp"
#include "feed/board_source.hpp"
#include "media/decoded_image.hpp"

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>

namespace dagritme::app {

struct Snapshot {
    std::shared_ptr<const board::Board> board;   // null: no good board yet
    media::ImageSet images;                      // decoded images of this board, by hash
    bool media_settled = false;                  // every image of the board was tried once
    std::shared_ptr<const DisplayConfig> config; // the last good config; null: the one from start
    std::string problem;                         // the last thing that went wrong, "" when fine
    SourceNotice notice;                         // pairing code, planner unreachable
    std::uint64_t generation = 0;
};

class SnapshotMailbox {
  public:
    void publish(Snapshot snapshot);
    std::shared_ptr<const Snapshot> latest() const;
    // Waits until a snapshot newer than `seen` is published, or until `deadline`.
    bool wait_newer(std::uint64_t seen, std::chrono::steady_clock::time_point deadline) const;

  private:
    mutable std::mutex mutex_;
    mutable std::condition_variable changed_;
    std::shared_ptr<const Snapshot> latest_ = std::make_shared<const Snapshot>();
};

} // namespace dagritme::app
