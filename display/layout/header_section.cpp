// The header (group name, date, clock) and the calm "even geduld" screen. Pure.
#include "layout/palette.hpp"
#include "layout/sections.hpp"

namespace dagritme::layout::sections {

void header(SceneBuilder& b, Rect area, const board::Board* board, int now) {
    const unsigned clock_size = b.px(62);
    const float clock_w = b.measurer().width("00:00", clock_size, Weight::bold) + b.u(8);
    Rect clock = area.take_right(clock_w, b.u(30));
    const int cf = b.frame(clock, "clock");
    b.line(cf, clock, clock_text(now), clock_size, Weight::bold, palette::ink, Align::right,
           "clock");
    if (!board) return;
    Rect name = area.take_left(area.w * 0.5f, b.u(30));
    const int nf = b.frame(name, "group");
    b.text(nf, name, board->group.name, {b.px(48), b.px(24), 1, Weight::bold}, palette::ink,
           Align::left, "group");
    const int df = b.frame(area, "date");
    b.text(df, area, dutch_date(board->date), {b.px(40), b.px(20), 1, Weight::regular},
           palette::ink_soft, Align::right, "date");
}

void waiting(SceneBuilder& b, Rect area) {
    Rect box = area.inset(area.w * 0.2f, area.h * 0.3f);
    const int f = b.frame(box, "waiting");
    b.card(f, box, palette::card, palette::card_edge, b.u(3), b.u(40), b.u(5), "waiting");
    b.text(f, box.inset(b.u(40)), "Even geduld", {b.px(96), b.px(32), 1, Weight::bold},
           palette::ink_soft, Align::center, "waiting");
}

} // namespace dagritme::layout::sections
