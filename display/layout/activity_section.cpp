// The day's activity groups still to come: when, what, and the photos of the group leader(s)
// and children who go together. Pure.
#include "layout/grid_fit.hpp"
#include "layout/palette.hpp"
#include "layout/sections.hpp"

#include <algorithm>

namespace dagritme::layout::sections {

namespace {

void activity_card(SceneBuilder& b, const Rect& area, const board::Board& board,
                   const board::Activity& a, int now) {
    const std::string tag = "activity:" + a.id;
    const int f = b.frame(area, tag);
    const bool running = seconds_of(a.start) <= now;
    b.card(f, area, running ? palette::now_fill : palette::card,
           running ? palette::now_edge : palette::card_edge, running ? b.u(5) : b.u(2), b.u(28),
           b.u(4), tag);
    Rect inner = area.inset(b.u(20), b.u(16));
    // Left: the time above the pictogram.
    const float left_w = std::min(inner.h * 0.62f, inner.w * 0.3f);
    Rect left = inner.take_left(left_w, b.u(18));
    const unsigned time_size = std::min(b.px(38), static_cast<unsigned>(left_w / 2.9f));
    Rect time = left.take_top(line_height(time_size), b.u(6));
    b.line(f, time, time_text(a.start), time_size, Weight::bold,
           running ? palette::now_ink : palette::ink, Align::center, tag);
    const float side = std::min(left.w, left.h);
    b.picture(f, left.centered_square(side), a.pictogram.value_or(""), avatar_letter(a.label),
              false, tag);
    // Right: the label, then everyone who goes, group leaders first.
    Rect label = inner.take_top(std::min(line_height(b.px(38)), inner.h * 0.3f), b.u(10));
    b.text(f, label, a.label, {b.px(38), b.px(20), 1, Weight::bold}, palette::ink, Align::left,
           tag);

    std::vector<const board::Person*> who;
    for (const auto& id : a.staff)
        who.push_back(board.find_staff(id));
    const std::size_t staff_count = who.size();
    for (const auto& id : a.children)
        who.push_back(board.find_child(id));
    const float gap = b.u(10);
    const GridFit grid = fit_grid(static_cast<int>(who.size()), inner.w, inner.h, 1, gap, b.u(130));
    for (std::size_t i = 0; i < who.size(); ++i) {
        const board::Person* p = who[i];
        if (!p) continue;
        const auto col = static_cast<float>(i % static_cast<std::size_t>(grid.columns));
        const auto row = static_cast<float>(i / static_cast<std::size_t>(grid.columns));
        const Rect cell{inner.x + col * (grid.cell_w + gap), inner.y + row * (grid.cell_h + gap),
                        grid.cell_w, grid.cell_h};
        Picture& pic =
            b.picture(f, cell, p->photo.value_or(""), p->avatar, true, tag + ":" + p->id);
        const bool staff = i < staff_count;
        pic.ring = staff ? palette::staff_ring : palette::child_ring;
        pic.ring_width = std::max(b.u(2), cell.w * (staff ? 0.06f : 0.04f));
        if (staff) pic.fallback_fill = palette::staff_avatar_fill;
    }
}

} // namespace

bool has_activities_to_come(const board::Board& board, int now) {
    return std::any_of(board.activities.begin(), board.activities.end(),
                       [now](const board::Activity& a) { return seconds_of(a.end) > now; });
}

void activities(SceneBuilder& b, Rect area, const board::Board& board, int now) {
    std::vector<const board::Activity*> coming;
    for (const auto& a : board.activities)
        if (seconds_of(a.end) > now) coming.push_back(&a);
    std::stable_sort(coming.begin(), coming.end(),
                     [](const auto* l, const auto* r) { return l->start < r->start; });
    if (coming.empty() || area.h < b.u(80)) return;
    const float gap = b.u(22);
    const auto fits = static_cast<std::size_t>(std::max(1.f, (area.w + gap) / (b.u(470) + gap)));
    const std::size_t n = std::min(coming.size(), fits);
    const float w = (area.w - gap * static_cast<float>(n - 1)) / static_cast<float>(n);
    for (std::size_t i = 0; i < n; ++i)
        activity_card(b, {area.x + static_cast<float>(i) * (w + gap), area.y, w, area.h}, board,
                      *coming[i], now);
}

} // namespace dagritme::layout::sections
