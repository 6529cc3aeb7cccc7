// The layout's top level: screen hours, the burn-in shift and how the screen is divided
// between the sections, for landscape and portrait. Pure.
#include "layout/layout.hpp"

#include "layout/day_timeline.hpp"
#include "layout/palette.hpp"
#include "layout/scene_builder.hpp"
#include "layout/sections.hpp"

#include <algorithm>

namespace dagritme::layout {

namespace {

void landscape(SceneBuilder& b, Rect body, const board::Board& board, const DayPosition& where, int now) {
    const float gap = b.u(22);
    Rect strip = body.take_bottom(std::clamp(body.h * 0.16f, b.u(110), b.u(150)), gap);
    const float people_w = body.w * 0.31f;
    Rect people = body.take_right(people_w, gap);
    Rect now_next = body.take_top(body.h * 0.66f, gap);
    Rect now_rect = now_next.take_left(now_next.w * 0.62f, gap);
    sections::now_card(b, now_rect, board, where, now);
    sections::next_card(b, now_next, where);
    sections::activities(b, body, board, now);
    sections::people(b, people, board, now);
    sections::day_strip(b, strip, board, where, now);
}

void portrait(SceneBuilder& b, Rect body, const board::Board& board, const DayPosition& where, int now) {
    const float gap = b.u(22);
    Rect strip = body.take_bottom(std::clamp(body.h * 0.11f, b.u(110), b.u(240)), gap);
    // The current pictogram stays above a quarter of the screen height.
    Rect now_rect = body.take_top(body.h * 0.39f, gap);
    Rect next_rect = body.take_top(body.h * 0.26f, gap);
    Rect activities = body.take_top(body.h * 0.3f, gap);
    sections::now_card(b, now_rect, board, where, now);
    sections::next_card(b, next_rect, where);
    sections::activities(b, activities, board, now);
    sections::people(b, body, board, now);
    sections::day_strip(b, strip, board, where, now);
}

} // namespace

int next_scene_change(int now_seconds) { return (now_seconds / 60 + 1) * 60; }

Scene layout_scene(const LayoutRequest& request, const TextMeasurer& measurer) {
    Scene scene;
    scene.size = request.screen;
    const float unit = std::min(request.screen.width, request.screen.height) / 1080.f;
    const int now = request.now_seconds;
    const auto& hours = request.board ? request.board->hours : request.fallback_hours;
    if (!within_screen_hours(hours, now)) {
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
    sections::header(b, head, request.board, now);
    if (!request.board) {
        sections::waiting(b, body);
        return scene;
    }
    const DayPosition where = locate(*request.board, now);
    if (request.screen.height > request.screen.width) portrait(b, body, *request.board, where, now);
    else landscape(b, body, *request.board, where, now);
    return scene;
}

} // namespace dagritme::layout
