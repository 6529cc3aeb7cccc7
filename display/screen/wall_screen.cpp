// The render loop and the offscreen screenshot. Render thread only.
#include "screen/wall_screen.hpp"

#include "log/log.hpp"
#include "screen/board_view.hpp"
#include "screen/shutdown.hpp"

#include <SFML/Graphics/RenderTexture.hpp>
#include <SFML/Graphics/RenderWindow.hpp>
#include <SFML/Window/Event.hpp>

#include <algorithm>

namespace dagritme::app {

namespace {

constexpr unsigned antialiasing = 4;

// The board's own size and the view that maps it onto the window, turned a quarter when
// the configured orientation differs from the window's.
layout::Size board_size(Orientation orientation, sf::Vector2u window, sf::View& view) {
    const auto w = static_cast<float>(window.x), h = static_cast<float>(window.y);
    const bool turn = (orientation == Orientation::portrait && w > h) ||
                      (orientation == Orientation::landscape && h > w);
    const layout::Size size = turn ? layout::Size{h, w} : layout::Size{w, h};
    view = sf::View(sf::FloatRect(0, 0, size.width, size.height));
    if (turn) view.setRotation(90);
    return size;
}

} // namespace

int WallScreen::run() {
    sf::ContextSettings settings;
    settings.antialiasingLevel = antialiasing;
    sf::RenderWindow window;
    if (windowed_) {
        window.create(sf::VideoMode(static_cast<unsigned>(windowed_->width),
                                    static_cast<unsigned>(windowed_->height)),
                      config_.screen_name, sf::Style::Titlebar | sf::Style::Close, settings);
    } else {
        window.create(sf::VideoMode::getDesktopMode(), config_.screen_name, sf::Style::Fullscreen,
                      settings);
        window.setMouseCursorVisible(false);
    }
    if (!window.isOpen()) {
        log::error("cannot open a window (is DISPLAY set?)");
        return 1;
    }
    BoardView board(config_);
    sf::View view;
    Orientation orientation = config_.orientation;
    layout::Size size = board_size(orientation, window.getSize(), view);
    bool expose = true;
    bool first_frame = true, first_complete = true;
    std::int64_t drawn_revision = -1;
    while (window.isOpen()) {
        sf::Event event;
        while (window.pollEvent(event)) {
            if (event.type == sf::Event::Closed)
                window.close();
            else if (event.type == sf::Event::KeyPressed &&
                     event.key.code == sf::Keyboard::Escape && windowed_)
                window.close();
            else if (event.type == sf::Event::Resized) {
                size = board_size(orientation, {event.size.width, event.size.height}, view);
                expose = true;
            } else if (event.type == sf::Event::GainedFocus ||
                       event.type == sf::Event::MouseEntered) {
                expose = true;
            }
        }
        if (shutdown_requested()) {
            log::info("stopping");
            window.close();
        }
        if (!window.isOpen()) break;
        const auto snapshot = mailbox_.latest();
        if (snapshot->config && snapshot->config->orientation != orientation) {
            orientation = snapshot->config->orientation;
            size = board_size(orientation, window.getSize(), view);
            expose = true;
        }
        if (board.refresh(*snapshot, size, clock_.now_seconds(), clock_.today()) || expose) {
            window.setView(view);
            board.paint(window);
            window.display();
            expose = false;
            // Start-up milestones, for the logs and the benchmark (tests/bench/display-bench).
            if (first_frame) log::info("first frame");
            if (snapshot->board && snapshot->board->revision != drawn_revision) {
                drawn_revision = snapshot->board->revision;
                // When a revision reached the screen, on the monotonic clock
                // (tests/bench/planner-bench).
                const auto us = std::chrono::duration_cast<std::chrono::microseconds>(
                    std::chrono::steady_clock::now().time_since_epoch());
                log::info("drew revision " + std::to_string(drawn_revision) + " at " +
                          std::to_string(us.count()) + " us");
            }
            if (first_complete && snapshot->board && snapshot->media_settled)
                log::info("first complete frame");
            first_frame = false;
            first_complete = first_complete && !(snapshot->board && snapshot->media_settled);
        }
        // Sleep until the scene may change by itself, a snapshot arrives, or 100 ms pass
        // (to notice window events: SFML has no wait with a timeout).
        const auto deadline =
            std::min(clock_.when(board.valid_until()),
                     std::chrono::steady_clock::now() + std::chrono::milliseconds(100));
        mailbox_.wait_newer(snapshot->generation, deadline);
    }
    return 0;
}

int take_screenshot(const DisplayConfig& config, layout::Size size, const std::string& out,
                    const SnapshotMailbox& mailbox, const WallClock& clock, bool expect_board) {
    // Wait for the worker to try every image of the board, so the picture is complete.
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    auto snapshot = mailbox.latest();
    while (expect_board && !(snapshot->board && snapshot->media_settled) &&
           std::chrono::steady_clock::now() < deadline) {
        mailbox.wait_newer(snapshot->generation, deadline);
        snapshot = mailbox.latest();
    }
    sf::ContextSettings settings;
    settings.antialiasingLevel = antialiasing;
    sf::RenderTexture target;
    if (!target.create(static_cast<unsigned>(size.width), static_cast<unsigned>(size.height),
                       settings)) {
        log::error("cannot create an offscreen image of that size");
        return 1;
    }
    BoardView board(config);
    board.refresh(*snapshot, size, clock.now_seconds(), clock.today());
    board.paint(target);
    target.display();
    if (!target.getTexture().copyToImage().saveToFile(out)) {
        log::error("cannot write " + out);
        return 1;
    }
    log::info("screenshot " + out);
    return 0;
}

} // namespace dagritme::app
