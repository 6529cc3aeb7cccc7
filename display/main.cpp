// dagritme-display: the day board. Wires the parts together: options and config, the worker
// (BoardFeed, its own thread) and the render thread (this one: WallScreen or a screenshot).
#include "board/board_decoder.hpp"
#include "common/data_dir.hpp"
#include "config/display_config.hpp"
#include "config/options.hpp"
#include "feed/board_feed.hpp"
#include "feed/board_recorder.hpp"
#include "feed/file_board_source.hpp"
#include "feed/no_board_source.hpp"
#include "log/log.hpp"
#include "net/planner_link.hpp"
#include "screen/shutdown.hpp"
#include "screen/wall_clock.hpp"
#include "screen/wall_screen.hpp"
#include "text/font_not_found.hpp"

#include <SFML/Window/VideoMode.hpp>

#include <sys/stat.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iostream>

using namespace dagritme;

namespace {

constexpr int exit_bad_input = 2;

using common::data_dir;

// The config file in use: --config, else the shipped one; empty for built-in defaults.
std::filesystem::path config_file(const app::Options& options) {
    if (!options.config.empty()) return options.config;
    const auto shipped = data_dir() / "config/display.toml";
    return std::filesystem::exists(shipped) ? shipped : std::filesystem::path();
}

} // namespace

int main(int argc, char** argv) {
    // Everything the display writes is private to its user: the screen token opens the group's
    // board and photos, and the cache and media folders hold children's photos and names.
    ::umask(077);
    app::Options options;
    app::DisplayConfig config;
    try {
        options = app::parse_options({argv + 1, argv + argc});
        if (options.help) return std::cout << app::usage(), 0;
        const auto file = config_file(options);
        config =
            file.empty() ? app::default_config(data_dir()) : app::load_config(file, data_dir());
    } catch (const app::UsageError& e) {
        log::error(e.what());
        std::cerr << app::usage();
        return exit_bad_input;
    } catch (const config::ConfigError& e) {
        log::error(std::string("bad config: ") + e.what());
        return exit_bad_input;
    }

    std::unique_ptr<app::BoardSource> source = std::make_unique<app::NoBoardSource>();
    if (!options.board.empty()) {
        // A bad board at start is a mistake of whoever started us: say so and stop.
        const auto text = app::read_board_file(options.board);
        if (!text) return log::error("cannot read " + options.board.string()), exit_bad_input;
        const auto result = board::decode_board(*text);
        if (!result.ok()) {
            log::error(options.board.string() +
                       " is not a valid board: " + result.error().describe());
            return exit_bad_input;
        }
        source = std::make_unique<app::FileBoardSource>(options.board);
    }
    if (options.planner) {
        const auto state =
            options.state.empty() ? config.cache_dir.parent_path() / "state" : options.state;
        source = std::make_unique<link::PlannerLink>(
            link::LinkSettings{.host = options.planner->host,
                               .port = options.planner->port,
                               .tls = options.planner->tls,
                               .ca_file = config.planner_ca_file,
                               .state_dir = state,
                               .media_dir = config.media_dir,
                               .marker_after = link::unreachable_marker_after});
    }
    if (!options.record.empty()) return app::record_boards(*source, options.record);

    const bool screenshot = !options.screenshot.empty();
    layout::Size screen = options.size.value_or(layout::Size{1920, 1080});
    if (!screenshot) {
        const auto desktop = sf::VideoMode::getDesktopMode();
        screen = options.windowed.value_or(
            layout::Size{static_cast<float>(desktop.width), static_cast<float>(desktop.height)});
    }
    // Images are decoded no larger than they can be shown on this screen.
    const float short_side = std::min(screen.width, screen.height);
    const app::MediaSizes sizes{std::min(1024u, static_cast<unsigned>(short_side * 0.6f)),
                                std::min(512u, static_cast<unsigned>(short_side * 0.2f))};

    app::install_shutdown_signals();
    app::SnapshotMailbox mailbox;
    const app::WallClock clock(options.now_seconds, options.today);
    app::BoardFeed feed(std::move(source), media::MediaIndex(config.media_dir, config.image_dirs),
                        media::ImageDecoder(config.cache_dir), sizes, mailbox);
    if (!config.file.empty()) feed.watch_config(app::ConfigWatch(config.file, data_dir()));
    feed.start();
    try {
        if (screenshot)
            return app::take_screenshot(config, screen, options.screenshot.string(), mailbox, clock,
                                        !options.board.empty() || options.planner.has_value());
        return app::WallScreen(config, options.windowed, mailbox, clock).run();
    } catch (const text::FontNotFound& e) {
        log::error(e.what());
        return 1;
    }
}
