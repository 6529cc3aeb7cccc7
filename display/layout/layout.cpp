// The layout's top level: screen hours, the burn-in shift and how the screen is divided
// between the sections, for landscape and portrait. Pure.
#include "layout/layout.hpp"

#include "board/board_of_day.hpp"
#include "layout/day_timeline.hpp"
#include "layout/palette.hpp"
#include "layout/scene_builder.hpp"
#include "layout/sections.hpp"

#include <algorithm>

namespace dagritme::layout {

namespace {

// Now and next share `area`; without a next block (the end of the day) "Nu" takes it all.
// `now_size` is the width (side by side) or height (above each other) of the "Nu" card.
void now_and_next(SceneBuilder& b, Rect area, bool side_by_side, float now_size,
                  const board::Board& board, const DayPosition& where, int now) {
    if (!where.next) {
        sections::now_card(b, area, board, where, now);
        return;
    }
    const float gap = b.u(22);
    Rect now_rect = side_by_side ? area.take_left(now_size, gap) : area.take_top(now_size, gap);
    const unsigned now_label = sections::now_card(b, now_rect, board, where, now);
    sections::next_card(b, area, where, now_label);
}

void landscape(SceneBuilder& b, Rect body, const board::Board& board, const DayPosition& where,
               int now) {
    const float gap = b.u(22);
    Rect strip = body.take_bottom(std::clamp(body.h * 0.16f, b.u(110), b.u(150)), gap);
    Rect people = body.take_right(body.w * 0.31f, gap);
    if (sections::has_activities_to_come(board, now)) {
        Rect now_next = body.take_top(body.h * 0.66f, gap);
        now_and_next(b, now_next, true, now_next.w * 0.62f, board, where, now);
        sections::activities(b, body, board, now);
    } else {
        now_and_next(b, body, true, body.w * 0.62f, board, where, now);
    }
    sections::people(b, people, board, now);
    sections::day_strip(b, strip, board, where, now);
}

void portrait(SceneBuilder& b, Rect body, const board::Board& board, const DayPosition& where,
              int now) {
    const float gap = b.u(22);
    Rect strip = body.take_bottom(std::clamp(body.h * 0.11f, b.u(110), b.u(240)), gap);
    // The current pictogram stays above a quarter of the screen height.
    const float now_h = body.h * 0.39f, next_h = (body.h - now_h - gap) * 0.26f;
    Rect now_next = body.take_top(now_h + gap + next_h, gap);
    now_and_next(b, now_next, false, now_h, board, where, now);
    if (sections::has_activities_to_come(board, now))
        sections::activities(b, body.take_top(body.h * 0.3f, gap), board, now);
    sections::people(b, body, board, now);
    sections::day_strip(b, strip, board, where, now);
}

} // namespace

int next_scene_change(int now_seconds) {
    return (now_seconds / 60 + 1) * 60;
}

Scene layout_scene(const LayoutRequest& request, const TextMeasurer& measurer) {
    Scene scene;
    scene.size = request.screen;
    const float unit = std::min(request.screen.width, request.screen.height) / 1080.f;
    const int now = request.now_seconds;
    // Today's board, also when the one at hand is of another day (the cache after a night).
    std::optional<board::Board> today;
    if (request.board)
        today = board::as_of(*request.board, request.today.value_or(request.board->date));
    const board::Board* board = today ? &*today : nullptr;
    const auto& hours = board ? board->hours : request.fallback_hours;
    // An unpaired screen shows its code at any hour: it is installed when the group is gone.
    const bool pairing = !board && !request.pairing_code.empty();
    if (!pairing && !within_screen_hours(hours, now)) {
        scene.blank = true;
        scene.background = palette::black;
        return scene;
    }
    scene.background = palette::background;
    if (request.burn_in_shift) scene.shift = burn_in_shift(now, unit);

    SceneBuilder b(scene, measurer, unit);
    // The margin is wider than the burn-in shift, so nothing ever leaves the screen.
    Rect body = Rect{0, 0, request.screen.width, request.screen.height}.inset(b.u(30));
    Rect head = body.take_top(b.u(84), b.u(20));
    sections::header(b, head, board, now);
    const Rect whole{0, 0, request.screen.width, request.screen.height};
    if (request.planner_unreachable)
        sections::marker(b, whole, "geen verbinding met de planner");
    else if (board && !request.pairing_code.empty())
        sections::marker(b, whole, "scherm niet gekoppeld, koppelcode " + request.pairing_code);
    if (!board) {
        if (request.pairing_code.empty())
            sections::waiting(b, body);
        else
            sections::pairing(b, body, request.pairing_code);
        return scene;
    }
    const DayPosition where = locate(*board, now);
    if (request.screen.height > request.screen.width)
        portrait(b, body, *board, where, now);
    else
        landscape(b, body, *board, where, now);
    return scene;
}

} // namespace dagritme::layout
