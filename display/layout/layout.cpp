// The layout's top level: screen hours, the burn-in shift and how the screen is divided
// between the sections, for landscape and portrait. Pure.
#include "layout/layout.hpp"

#include "board/board_of_day.hpp"
#include "layout/day_timeline.hpp"
#include "layout/palette.hpp"
#include "layout/scene_builder.hpp"
#include "layout/sections.hpp"

#include <algorithm>
#include <utility>
#include <vector>

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

// The first option, from the calmest, whose "Wie is er?" area holds everybody readable from
// across the room; when none does, the one where they read best (see people_readability).
// `area_of(option)` gives that area's size.
template <class Option, class AreaOf>
Option most_readable(SceneBuilder& b, const std::vector<Option>& options, AreaOf area_of,
                     const board::Board& board, int now) {
    Option chosen = options.back();
    Readability best;
    for (const auto& option : options) {
        const auto score = sections::people_readability(b, area_of(option), board, now);
        if (score.level == 2) return option;
        if (score > best) best = score, chosen = option;
    }
    return chosen;
}

void landscape(SceneBuilder& b, Rect body, const board::Board& board, const DayPosition& where,
               int now) {
    const float gap = b.u(22);
    const float strip_h = std::clamp(body.h * 0.16f, b.u(110), b.u(150));
    // From the calmest: "Wie is er?" beside "Nu" and "Straks", above the day, a third of the
    // width or more; then, for a crowded room, "Wie is er?" at full height beside a column
    // of "Nu", "Straks" and the day.
    struct Option {
        float share;
        bool tall;
    };
    std::vector<Option> options;
    for (float share = 0.31f; share < 0.42f; share += 0.03f)
        options.push_back({share, false});
    for (float share = 0.46f; share < 0.67f; share += 0.04f)
        options.push_back({share, true});
    const Option chosen = most_readable(
        b, options,
        [&](const Option& o) {
            return Rect{0, 0, body.w * o.share, o.tall ? body.h : body.h - strip_h - gap};
        },
        board, now);
    if (!chosen.tall) {
        Rect strip = body.take_bottom(strip_h, gap);
        Rect people = body.take_right(body.w * chosen.share, gap);
        now_and_next(b, body, true, body.w * 0.62f, board, where, now);
        sections::people(b, people, board, now);
        sections::day_strip(b, strip, board, where, now, 1.05f);
        return;
    }
    Rect people = body.take_right(body.w * chosen.share, gap);
    Rect strip = body.take_bottom(
        sections::day_strip_height(b, body.w, board.blocks.size(), b.u(90), 1.05f), gap);
    now_and_next(b, body, false, body.h * 0.62f, board, where, now);
    sections::people(b, people, board, now);
    sections::day_strip(b, strip, board, where, now, 1.05f);
}

void portrait(SceneBuilder& b, Rect body, const board::Board& board, const DayPosition& where,
              int now) {
    const float gap = b.u(22);
    // The day in one row across the width when its pictograms stay large enough; cards tall
    // enough that the pictogram takes a card's whole width above its time.
    constexpr float strip_aspect = 1.55f;
    Rect strip = body.take_bottom(
        sections::day_strip_height(b, body.w, board.blocks.size(), b.u(70), strip_aspect), gap);
    // "Nu" and "Straks" give "Wie is er?" the room it needs, down to the current pictogram
    // at a quarter of the screen height.
    std::vector<float> shares;
    for (float share = 0.39f; share > 0.30f; share -= 0.02f)
        shares.push_back(share);
    auto heights = [&](float share) {
        const float now_h = body.h * share;
        return std::pair{now_h, std::max(b.u(200), (body.h - now_h - gap) * 0.26f * share / 0.39f)};
    };
    const float share = most_readable(
        b, shares,
        [&](float s) {
            const auto [now_h, next_h] = heights(s);
            return Rect{0, 0, body.w, body.h - now_h - next_h - 2 * gap};
        },
        board, now);
    const auto [now_h, next_h] = heights(share);
    Rect now_next = body.take_top(now_h + gap + next_h, gap);
    now_and_next(b, now_next, false, now_h, board, where, now);
    sections::people(b, body, board, now);
    sections::day_strip(b, strip, board, where, now, strip_aspect);
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
