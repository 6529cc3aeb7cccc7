// The layout: (board, screen size, now) -> scene. Pure: no graphics, network or JSON.
// Runs on the render thread (it measures text with the renderer's font).
#pragma once

#include "board/board.hpp"
#include "layout/scene.hpp"
#include "layout/text_measurer.hpp"

#include <optional>
#include <string>

namespace dagritme::layout {

struct LayoutRequest {
    const board::Board* board = nullptr; // null: no good board yet -> the "even geduld" screen
    Size screen;
    int now_seconds = 0; // local time of day
    // The local date. The board shows this day (board::as_of): a board of another day never
    // shows as today. Empty: the board's own date (a pretended time without a date).
    std::optional<board::Date> today;
    board::ScreenHours fallback_hours{{0}, {24 * 60 - 1}}; // used when there is no board
    bool burn_in_shift = true;
    std::string pairing_code;         // no board and not paired: show this code for staff
    bool planner_unreachable = false; // a small marker for staff
};

Scene layout_scene(const LayoutRequest& request, const TextMeasurer& measurer);

// When the scene made at `now_seconds` may look different without a new board: the next
// minute (the clock, the time timer and the burn-in shift all move in whole minutes).
int next_scene_change(int now_seconds);

} // namespace dagritme::layout
