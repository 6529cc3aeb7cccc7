// The worker thread: takes board documents from a BoardSource, decodes them, finds and decodes
// their images, and publishes snapshots for the render thread. A bad document or image is
// logged and changes nothing that is shown: the last good board stays.
// Owns its thread; everything inside runs on it. Stop (or destroy) before the mailbox dies.
#pragma once

#include "config/config_watch.hpp"
#include "feed/board_source.hpp"
#include "feed/snapshot.hpp"
#include "media/image_decoder.hpp"
#include "media/media_index.hpp"

#include <chrono>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <thread>

namespace dagritme::app {

// The largest size images are decoded at (their longer side, in pixels).
struct MediaSizes {
    unsigned pictogram = 1024;
    unsigned photo = 512;
};

class BoardFeed {
  public:
    BoardFeed(std::unique_ptr<BoardSource> source, media::MediaIndex index,
              media::ImageDecoder decoder, MediaSizes sizes, SnapshotMailbox& mailbox);
    ~BoardFeed() { stop(); }
    BoardFeed(const BoardFeed&) = delete;
    BoardFeed& operator=(const BoardFeed&) = delete;

    // Also read the config file again when it changes (before start()).
    void watch_config(ConfigWatch watch) { config_watch_.emplace(std::move(watch)); }
    void start();
    void stop();

    std::chrono::milliseconds poll_interval{500};
    std::chrono::seconds media_retry{20};

  private:
    void run(std::stop_token stop);
    void take_document(const std::string& document);
    bool resolve_media(const std::stop_token& stop);
    void publish();

    std::unique_ptr<BoardSource> source_;
    std::optional<ConfigWatch> config_watch_;
    std::shared_ptr<const DisplayConfig> config_;
    media::MediaIndex index_;
    media::ImageDecoder decoder_;
    MediaSizes sizes_;
    SnapshotMailbox& mailbox_;

    std::shared_ptr<const board::Board> board_;
    std::string last_document_;
    std::string problem_;
    SourceNotice notice_;
    media::ImageSet decoded_;
    std::map<std::string, std::chrono::steady_clock::time_point>
        missing_; // hash -> when to try again
    bool settled_ = false;
    std::jthread thread_;
};

} // namespace dagritme::app
