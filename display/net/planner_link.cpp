// The link's network thread and what it shares with the others: the newest board not yet
// polled and the link's status, under one mutex. The thread runs one coroutine: pair when
// there is no token, follow the board stream, fetch the images of each board, hand it over,
// cache it; on failure wait (backoff) and try again.
#include "net/planner_link.hpp"

#include "log/log.hpp"
#include "media/media_folder.hpp"
#include "net/backoff.hpp"
#include "net/board_cache.hpp"
#include "net/board_message.hpp"
#include "net/board_stream.hpp"
#include "net/image_fetcher.hpp"
#include "net/pairing.hpp"
#include "net/planner_client.hpp"
#include "net/screen_token.hpp"
#include "net/sleep.hpp"

#include "common/files.hpp"

#include <condition_variable>
#include <mutex>
#include <thread>

namespace dagritme::link {

struct PlannerLink::Impl {
    explicit Impl(LinkSettings s)
        : settings(std::move(s)),
          planner(settings.host, settings.port, settings.tls, settings.ca_file),
          images(planner, media::MediaFolder(settings.media_dir)),
          token_file(settings.state_dir / "screen-token"),
          cache(settings.state_dir / "board.json",
                [](const std::string& line) { log::warn(line); }) {}

    const LinkSettings settings;
    mutable std::mutex mutex;
    std::condition_variable news;
    std::optional<std::string> pending; // the newest complete board, not yet polled
    LinkStatus status;

    // Network thread only, from here on.
    net::io_context ioc{1};
    PlannerClient planner;
    ImageFetcher images;
    ScreenTokenFile token_file;
    BoardCache cache;
    Backoff backoff{
        static_cast<std::uint64_t>(std::chrono::steady_clock::now().time_since_epoch().count())};
    std::string last_refusal; // the decoder's message for the last board refused
    std::thread thread;

    void set_status(const std::function<void(LinkStatus&)>& change) {
        {
            std::lock_guard lock(mutex);
            change(status);
        }
        news.notify_all();
    }

    void lost_contact() {
        set_status([](LinkStatus& s) {
            if (!s.unreachable_since) s.unreachable_since = std::chrono::steady_clock::now();
            if (s.state == LinkStatus::State::online) s.state = LinkStatus::State::connecting;
        });
    }

    void show_pairing_code(const std::string& code) {
        set_status([&](LinkStatus& s) {
            s.state = LinkStatus::State::pairing;
            s.pairing_code = code;
            s.unreachable_since.reset();
        });
    }

    // To the screen from memory first; the disk cache only after, and only as far as it works.
    void publish(const AcceptedBoard& accepted) {
        {
            std::lock_guard lock(mutex);
            pending = accepted.document;
            status.revision = accepted.board.revision;
        }
        news.notify_all();
        if (cache.keep(accepted.document))
            set_status([&](LinkStatus& s) { s.cached_revision = accepted.board.revision; });
    }

    // A board the decoder refuses changes nothing: the last good board stays on the screen and
    // on disk. The planner may send the same bad board again (on every reconnect): said once.
    void refuse(const std::string& problem) {
        if (problem != last_refusal)
            log::warn("refused a board from the planner: " + problem +
                      "; keeping the last good board");
        last_refusal = problem;
    }

    net::awaitable<void> take_in(std::string message, std::string token) {
        auto board = accept_board_message(message);
        if (!board.accepted) {
            refuse(board.problem);
            co_return;
        }
        last_refusal.clear();
        co_await images.fetch(board.accepted->board.media(), std::move(token));
        publish(*board.accepted);
    }

    net::awaitable<void> follow(const std::string& token) {
        BoardStreamEvents events{
            .connecting =
                [this] {
                    set_status([](LinkStatus& s) {
                        if (s.state != LinkStatus::State::online)
                            s.state = LinkStatus::State::connecting;
                    });
                },
            .online =
                [this] {
                    backoff.reset();
                    set_status([](LinkStatus& s) {
                        s.state = LinkStatus::State::online;
                        s.unreachable_since.reset();
                    });
                },
            .message = [this,
                        token](std::string message) { return take_in(std::move(message), token); }};
        co_await follow_board_stream(planner, token, std::move(events));
    }

    // A revoked screen keeps nothing of the group and pairs again.
    void forget_group() {
        token_file.forget();
        cache.forget();
        std::lock_guard lock(mutex);
        pending.reset();
    }

    net::awaitable<void> run() {
        auto token = token_file.load();
        for (;;) {
            try {
                if (token.empty()) {
                    token = co_await pair_screen(
                        planner, [this](const std::string& code) { show_pairing_code(code); });
                    token_file.keep(token);
                }
                co_await follow(token);
                log::info("the planner closed the connection");
            } catch (const Unauthorized& e) {
                log::warn(std::string(e.what()) + ": pairing again");
                forget_group();
                token.clear();
                continue;
            } catch (const std::exception& e) {
                if (backoff.failures() == 0)
                    log::warn(std::string("planner unreachable: ") + e.what());
            }
            lost_contact();
            co_await sleep_for(backoff.next());
        }
    }
};

PlannerLink::PlannerLink(LinkSettings settings) {
    // Without these folders the link still shows boards from memory; writes then fail and say so.
    for (const auto& folder : {settings.state_dir, settings.media_dir}) {
        try {
            common::create_private_folder(folder);
        } catch (const std::filesystem::filesystem_error& e) {
            log::warn(std::string("cannot create a folder: ") + e.what());
        }
    }
    impl_ = std::make_unique<Impl>(std::move(settings));
    impl_->pending = impl_->cache.load(); // the last good board, shown at once
    net::co_spawn(impl_->ioc, impl_->run(), [](std::exception_ptr error) {
        if (!error) return;
        try {
            std::rethrow_exception(error);
        } catch (const std::exception& e) {
            log::error(std::string("planner link stopped: ") + e.what());
        }
    });
    impl_->thread = std::thread([impl = impl_.get()] { impl->ioc.run(); });
}

PlannerLink::~PlannerLink() {
    impl_->ioc.stop();
    if (impl_->thread.joinable()) impl_->thread.join();
}

std::optional<std::string> PlannerLink::poll() {
    std::lock_guard lock(impl_->mutex);
    return std::exchange(impl_->pending, std::nullopt);
}

std::string PlannerLink::describe() const {
    return std::string("planner ") + (impl_->settings.tls ? "https://" : "http://") +
           impl_->settings.host + ":" + std::to_string(impl_->settings.port);
}

app::SourceNotice PlannerLink::notice() const {
    const auto s = status();
    app::SourceNotice notice;
    if (s.state == LinkStatus::State::pairing) notice.pairing_code = s.pairing_code;
    notice.planner_unreachable =
        s.unreachable_since &&
        std::chrono::steady_clock::now() - *s.unreachable_since >= impl_->settings.marker_after;
    return notice;
}

void PlannerLink::wait_for_news(std::chrono::milliseconds most) {
    std::unique_lock lock(impl_->mutex);
    impl_->news.wait_for(lock, most, [&] { return impl_->pending.has_value(); });
}

LinkStatus PlannerLink::status() const {
    std::lock_guard lock(impl_->mutex);
    return impl_->status;
}

} // namespace dagritme::link
