// The worker loop: poll the source, decode, resolve media, publish. Worker thread only.
#include "feed/board_feed.hpp"

#include "board/board_decoder.hpp"
#include "log/log.hpp"

#include <algorithm>
#include <condition_variable>
#include <mutex>

namespace dagritme::app {

BoardFeed::BoardFeed(std::unique_ptr<BoardSource> source, media::MediaIndex index,
                     media::ImageDecoder decoder, MediaSizes sizes, SnapshotMailbox& mailbox)
    : source_(std::move(source)), index_(std::move(index)), decoder_(std::move(decoder)),
      sizes_(sizes), mailbox_(mailbox) {}

void BoardFeed::start() {
    thread_ = std::jthread([this](std::stop_token stop) { run(stop); });
}

void BoardFeed::stop() {
    if (!thread_.joinable()) return;
    thread_.request_stop();
    thread_.join();
}

void BoardFeed::run(std::stop_token stop) {
    // The board first, so the first frame shows it; then hash the image folders (here, never
    // on the render thread) and its images follow.
    if (auto document = source_->poll()) take_document(*document);
    index_.rescan();
    log::info("indexed " + std::to_string(index_.indexed()) + " images");
    while (!stop.stop_requested()) {
        if (config_watch_) {
            if (auto config = config_watch_->poll()) {
                config_ = std::make_shared<const DisplayConfig>(std::move(*config));
                publish();
            } else if (!config_watch_->problem().empty() && config_watch_->problem() != problem_) {
                problem_ = config_watch_->problem();
                publish();
            }
        }
        if (auto document = source_->poll()) take_document(*document);
        if (board_ && resolve_media(stop)) publish();
        if (auto notice = source_->notice(); notice != notice_) {
            notice_ = std::move(notice);
            // A screen that has to be paired (again) shows nothing of any group.
            if (!notice_.pairing_code.empty() && board_) {
                log::info("not paired: the last board is no longer shown");
                board_.reset();
                decoded_.clear();
                last_document_.clear();
            }
            publish();
        }
        source_->wait_for_news(poll_interval); // a live source wakes us the moment a board arrives
    }
}

void BoardFeed::take_document(const std::string& document) {
    if (document == last_document_) return;
    last_document_ = document;
    auto result = board::decode_board(document);
    if (!result.ok()) {
        problem_ = source_->describe() + ": " + result.error().describe();
        log::error(problem_ +
                   (board_ ? "; keeping the last good board" : "; no board to show yet"));
        publish();
        return;
    }
    problem_.clear();
    board_ = std::make_shared<const board::Board>(std::move(result.board()));
    log::info("board of " + board_->group.name + " for " + board_->date.str() + ", revision " +
              std::to_string(board_->revision) + " from " + source_->describe());
    // Forget images this board does not use; keep the ones it shares with the last board.
    const auto wanted = board_->media();
    std::erase_if(decoded_, [&](const auto& kv) {
        return std::find(wanted.begin(), wanted.end(), kv.first) == wanted.end();
    });
    settled_ = false;
    missing_.clear();
    publish(); // show the new board at once; its new images follow
}

bool BoardFeed::resolve_media(const std::stop_token& stop) {
    std::set<std::string> photos;
    for (const auto& p : board_->children)
        if (p.photo) photos.insert(*p.photo);
    for (const auto& p : board_->staff)
        if (p.photo) photos.insert(*p.photo);
    const auto now = std::chrono::steady_clock::now();
    bool changed = !settled_;
    for (const auto& hash : board_->media()) {
        if (stop.stop_requested()) return false;
        if (decoded_.contains(hash)) continue;
        auto retry = missing_.find(hash);
        if (retry != missing_.end() && now < retry->second) continue;
        const bool first_try = retry == missing_.end();
        std::string error;
        std::shared_ptr<const media::DecodedImage> image;
        if (auto file = index_.find(hash)) {
            image = decoder_.decode(hash, *file,
                                    photos.contains(hash) ? sizes_.photo : sizes_.pictogram, error);
        } else {
            error = "no image with hash " + hash + " in the media or image folders";
        }
        if (image) {
            decoded_[hash] = std::move(image);
            missing_.erase(hash);
            changed = true;
        } else {
            if (first_try) log::warn(error + "; showing a placeholder");
            missing_[hash] = now + media_retry;
        }
    }
    settled_ = true;
    return changed;
}

void BoardFeed::publish() {
    Snapshot s;
    s.board = board_;
    s.images = decoded_;
    s.media_settled = settled_;
    s.config = config_;
    s.problem = problem_;
    s.notice = notice_;
    mailbox_.publish(std::move(s));
}

} // namespace dagritme::app
