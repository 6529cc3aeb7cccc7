// The rest of the day as a strip of small cards: pictogram and start time, past blocks dimmed,
// the current and next block marked, changed blocks outlined. Pure.
#include "layout/grid_fit.hpp"
#include "layout/palette.hpp"
#include "layout/sections.hpp"

#include <algorithm>

namespace dagritme::layout::sections {

float day_strip_height(SceneBuilder& b, float width, std::size_t blocks, float min_cell,
                       float aspect) {
    const float gap = b.u(12);
    const std::size_t count = std::max<std::size_t>(1, blocks);
    for (std::size_t rows = 1;; ++rows) {
        const auto columns = static_cast<float>((count + rows - 1) / rows);
        const float w = (width - gap * (columns - 1)) / columns;
        if (w >= min_cell || columns <= 1) {
            const auto r = static_cast<float>(rows);
            return std::clamp(w * aspect, b.u(110) / r, b.u(240)) * r + gap * (r - 1);
        }
    }
}

void day_strip(SceneBuilder& b, Rect area, const board::Board& board, const DayPosition& where,
               int now, float aspect) {
    const int count = static_cast<int>(board.blocks.size());
    if (count == 0) return;
    const float gap = b.u(12);
    const GridFit grid = fit_grid(count, area.w, area.h, aspect, gap, b.u(240));
    // Centre the grid in the strip.
    const float used_w = static_cast<float>(grid.columns) * (grid.cell_w + gap) - gap;
    const float used_h = static_cast<float>(grid.rows) * (grid.cell_h + gap) - gap;
    const float x0 = area.x + (area.w - used_w) / 2, y0 = area.y + (area.h - used_h) / 2;
    for (int i = 0; i < count; ++i) {
        const auto& block = board.blocks[static_cast<std::size_t>(i)];
        const float x = x0 + static_cast<float>(i % grid.columns) * (grid.cell_w + gap);
        const float y = y0 + static_cast<float>(i / grid.columns) * (grid.cell_h + gap);
        const Rect cell{x, y, grid.cell_w, grid.cell_h};
        const std::string tag = "strip:" + block.id;
        const int f = b.frame(cell, tag);
        const BlockState state = state_of(block, where, now);
        Color fill = palette::card, edge = palette::card_edge, ink = palette::ink_soft;
        float edge_w = b.u(2);
        if (state == BlockState::past) fill = palette::past_card, ink = palette::past_ink;
        if (state == BlockState::current)
            fill = palette::now_fill, edge = palette::now_edge, edge_w = b.u(5),
            ink = palette::now_ink;
        if (state == BlockState::next)
            fill = palette::next_fill, edge = palette::next_edge, edge_w = b.u(4),
            ink = palette::next_ink;
        if (block.changed && state != BlockState::past)
            edge = palette::changed, edge_w = std::max(edge_w, b.u(4));
        b.card(f, cell, fill, edge, edge_w, std::min(b.u(18), cell.w / 5),
               state == BlockState::past ? 0 : b.u(3), tag);
        Rect inner = cell.inset(std::max(edge_w, cell.w * 0.08f));
        // Readable across the room: never below 22 px at 1080p.
        const unsigned time_size =
            std::clamp(static_cast<unsigned>(inner.h * 0.2f), b.px(22), b.px(30));
        Rect time = inner.take_bottom(line_height(time_size), b.u(2));
        const float side = std::min(inner.w, inner.h);
        Picture& p = b.picture(f, inner.centered_square(side), block.pictogram.value_or(""),
                               avatar_letter(block.label), false, tag);
        if (state == BlockState::past) p.opacity = 0.35f;
        b.line(f, time, time_text(block.start), time_size,
               state == BlockState::current ? Weight::bold : Weight::regular, ink, Align::center,
               tag);
        if (block.changed && state != BlockState::past) {
            // A coral dot in the corner: "this changed today".
            const float d = std::max(b.u(10), cell.w * 0.1f);
            b.card(f, {cell.right() - d - edge_w - b.u(4), cell.y + edge_w + b.u(4), d, d},
                   palette::changed, {}, 0, d / 2, 0, "changed");
        }
    }
}

} // namespace dagritme::layout::sections
