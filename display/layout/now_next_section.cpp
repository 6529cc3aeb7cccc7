// The most important part of the board: the current routine block, big, with its pictogram,
// label and time timer ("Nu"), and the next block beside it ("Straks"). Pure.
#include "layout/palette.hpp"
#include "layout/sections.hpp"

#include <algorithm>

namespace dagritme::layout::sections {

namespace {

std::string hash_of(const board::Block& block) {
    return block.pictogram.value_or("");
}

// A small pill that says the planner changed this block today: in the heading row when
// there is room (`row`), else in the top right corner of the pictogram's area.
bool pill_fits(SceneBuilder& b, const Rect& row) {
    const unsigned size = b.px(28);
    return row.w >= b.measurer().width("anders", size, Weight::bold) + b.u(30) &&
           row.h >= line_height(size) + b.u(6);
}

void changed_pill(SceneBuilder& b, int frame, const Rect& row, const Rect& picto) {
    const unsigned size = b.px(28);
    const float w = b.measurer().width("anders", size, Weight::bold) + b.u(30);
    const float h = line_height(size) + b.u(6);
    const Rect pill = pill_fits(b, row) ? Rect{row.x, row.center_y() - h / 2, w, h}
                                        : Rect{picto.right() - std::min(w, picto.w), picto.y,
                                               std::min(w, picto.w), h};
    b.card(frame, pill, palette::changed_fill, palette::changed, b.u(2), pill.h / 2, 0, "changed");
    b.line(frame, pill, "anders", size, Weight::bold, palette::changed, Align::center, "changed");
}

// Heading row: "Nu" / "Straks" on the left, the time on the right; returns the room between.
Rect heading_row(SceneBuilder& b, int frame, Rect& inner, const char* heading, Color heading_color,
                 const std::string& time) {
    Rect row = inner.take_top(b.u(56), b.u(14));
    const unsigned size = b.px(46);
    const float heading_w = b.measurer().width(heading, size, Weight::bold) + b.u(4);
    Rect heading_box = row.take_left(std::min(row.w, heading_w), b.u(20));
    b.line(frame, heading_box, heading, size, Weight::bold, heading_color, Align::left, "heading");
    // The time gives way before the heading does: smaller, then cut.
    unsigned time_size = b.px(36);
    const float room = row.w - b.u(16);
    while (time_size > b.px(24) && b.measurer().width(time, time_size, Weight::regular) > room)
        --time_size;
    const float time_w =
        std::min(row.w, b.measurer().width(time, time_size, Weight::regular) + b.u(2));
    Rect time_box = row.take_right(time_w, b.u(16));
    b.line(frame, time_box, time, time_size, Weight::regular, palette::ink_soft, Align::right,
           "time");
    return row;
}

void greeting(SceneBuilder& b, int frame, Rect inner, const std::string& text) {
    b.text(frame, inner.inset(b.u(20)), text, {b.px(96), b.px(40), 2, Weight::bold},
           palette::now_ink, Align::center, "greeting");
}

} // namespace

unsigned now_card(SceneBuilder& b, Rect area, const board::Board& board, const DayPosition& where,
                  int now) {
    const int f = b.frame(area, "now");
    const board::Block* block = where.current;
    const bool changed = block && block->changed;
    b.card(f, area, palette::now_fill, changed ? palette::changed : palette::now_edge, b.u(6),
           b.u(32), b.u(5), "now");
    Rect inner = area.inset(b.u(28), b.u(24));
    // A wide card (portrait screens) puts the pictogram beside everything else, full height.
    const bool wide = inner.w > inner.h * 1.6f;
    const std::string times =
        block ? time_text(block->start) + " \u2013 " + time_text(block->end) : "";
    // The heading goes across the whole card when the column beside the pictogram is too
    // narrow for "Nu" and the times.
    const float heading_w = b.measurer().width("Nu", b.px(46), Weight::bold) +
                            b.measurer().width(times, b.px(36), Weight::regular) + b.u(40);
    const bool heading_across = wide && block && inner.w - inner.h - b.u(32) < heading_w;
    Rect room;
    if (heading_across) room = heading_row(b, f, inner, "Nu", palette::now_ink, times);
    Rect picto;
    if (wide && block) picto = inner.take_left(inner.h, b.u(32));
    if (!heading_across) room = heading_row(b, f, inner, "Nu", palette::now_ink, times);
    if (!block) {
        greeting(b, f, inner, between_blocks_words(board, now));
        return 0;
    }
    const unsigned rest_size = b.px(34);
    const int minutes = remaining_minutes(*block, now);
    const std::string rest = remaining_words(minutes);
    if (!wide) {
        // A squarer card: the label across the bottom, the pictogram and the timer above it.
        // The label is the strongest text of the card: never smaller than "nog 15 min".
        const TextStyle style{b.px(60), rest_size, 3, Weight::bold};
        const FittedText fitted =
            fit_text(b.measurer(), block->label, inner.w, line_height(style.max_size) * 2, style);
        const float label_h = fitted.extent.height;
        Rect label = inner.take_bottom(label_h, b.u(12));
        b.text(f, label, block->label, style, palette::ink, Align::center, "now-label");
        Rect timer_column = inner.take_right(std::min(inner.w * 0.34f, inner.h * 0.8f), b.u(20));
        const float side = std::min(inner.w, inner.h);
        b.picture(f, inner.centered_square(side), hash_of(*block), avatar_letter(block->label),
                  false, "now-pictogram");
        if (changed) changed_pill(b, f, room, inner.centered_square(side));
        // The dial with "nog 15 min" right under it, centred as one group.
        const float text_h = line_height(rest_size),
                    dial = std::min(timer_column.w, timer_column.h - text_h - b.u(6));
        const float top = timer_column.center_y() - (dial + b.u(6) + text_h) / 2;
        b.timer(f, {timer_column.center_x() - dial / 2, top, dial, dial},
                time_timer_fraction(*block, now));
        b.line(f, {timer_column.x, top + dial + b.u(6), timer_column.w, text_h}, rest, rest_size,
               Weight::regular, palette::ink_soft, Align::center, "remaining");
        return fitted.size;
    }
    // A wide card: the pictogram left, full height; label and time timer to its right.
    const float side = std::min(picto.w, picto.h);
    b.picture(f, picto.centered_square(side), hash_of(*block), avatar_letter(block->label), false,
              "now-pictogram");
    if (changed) changed_pill(b, f, room, picto.centered_square(side));
    Rect rest_text = inner.take_bottom(line_height(rest_size), b.u(4));
    // The label is the strongest text of the card, never smaller than "nog 15 min": when it
    // is long, the time timer gives way (down to a third of the height) before it is cut.
    const TextStyle style{b.px(60), rest_size, 4, Weight::bold};
    const float gap = b.u(14);
    float dial = std::min(inner.w * 0.75f, inner.h * 0.5f);
    FittedText fitted = fit_text(b.measurer(), block->label, inner.w, inner.h - dial - gap, style);
    if (!fitted.extent.whole) {
        dial = std::min(inner.w * 0.75f, inner.h * 0.34f);
        fitted = fit_text(b.measurer(), block->label, inner.w, inner.h - dial - gap, style);
    }
    Rect dial_box = inner.take_bottom(dial, gap);
    b.text(f, inner, block->label, style, palette::ink, Align::center, "now-label");
    b.timer(f, dial_box.centered_square(dial), time_timer_fraction(*block, now));
    b.line(f, rest_text, rest, rest_size, Weight::regular, palette::ink_soft, Align::center,
           "remaining");
    return fitted.size;
}

void next_card(SceneBuilder& b, Rect area, const DayPosition& where, unsigned now_label_size) {
    // "Straks" never outshouts "Nu".
    auto style = [now_label_size](unsigned max_size, unsigned min_size) {
        if (now_label_size > 0) max_size = std::min(max_size, now_label_size);
        return TextStyle{max_size, std::min(min_size, max_size), 2, Weight::bold};
    };
    const int f = b.frame(area, "next");
    const board::Block* block = where.next;
    const bool changed = block && block->changed;
    b.card(f, area, palette::next_fill, changed ? palette::changed : palette::next_edge, b.u(4),
           b.u(32), b.u(5), "next");
    Rect inner = area.inset(b.u(26), b.u(24));
    const bool wide = inner.w > inner.h * 1.5f; // a short, wide card in portrait
    Rect picto;
    if (wide && block) {
        picto = inner.take_left(inner.h, b.u(28));
        b.picture(f, picto.centered_square(picto.h), hash_of(*block), avatar_letter(block->label),
                  false, "next-pictogram");
    }
    const Rect room =
        heading_row(b, f, inner, "Straks", palette::next_ink, block ? time_text(block->start) : "");
    if (wide && changed) {
        // Below the heading when it has no room beside it.
        const Rect row =
            pill_fits(b, room) ? room : inner.take_top(line_height(b.px(28)) + b.u(6), b.u(10));
        changed_pill(b, f, row, picto);
    }
    if (!block) return;
    if (wide) {
        b.text(f, inner, block->label, style(b.px(54), b.px(28)), palette::ink, Align::left,
               "next-label");
        return;
    }
    Rect label = inner.take_bottom(std::min(inner.h * 0.34f, line_height(b.px(46)) * 2), b.u(12));
    const float side = std::min(inner.h, inner.w);
    b.picture(f, inner.centered_square(side), hash_of(*block), avatar_letter(block->label), false,
              "next-pictogram");
    if (changed) changed_pill(b, f, room, inner);
    b.text(f, label, block->label, style(b.px(46), b.px(26)), palette::ink, Align::center,
           "next-label");
}

} // namespace dagritme::layout::sections
