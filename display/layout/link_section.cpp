// What the link to the planner shows: the pairing screen of an unpaired display, and the
// small marker for staff when the planner has been unreachable for a minute. Pure.
#include "layout/palette.hpp"
#include "layout/sections.hpp"

namespace dagritme::layout::sections {

void pairing(SceneBuilder& b, Rect area, const std::string& code) {
    Rect box = area.inset(area.w * 0.15f, area.h * 0.18f);
    const int f = b.frame(box, "pairing");
    b.card(f, box, palette::card, palette::card_edge, b.u(3), b.u(40), b.u(5), "pairing");
    Rect inner = box.inset(b.u(40));
    b.text(f, inner.take_top(inner.h * 0.22f, 0), "Dit scherm koppelen",
           {b.px(64), b.px(28), 1, Weight::bold}, palette::ink, Align::center, "pairing-title");
    const std::string spaced = code.size() == 6 ? code.substr(0, 3) + " " + code.substr(3) : code;
    b.text(f, inner.take_top(inner.h * 0.6f, 0), spaced, {b.px(180), b.px(48), 1, Weight::bold},
           palette::next_ink, Align::center, "pairing-code");
    b.text(f, inner, "Een beheerder koppelt dit scherm aan een groep met deze code.",
           {b.px(32), b.px(16), 2, Weight::regular}, palette::ink_soft, Align::center,
           "pairing-help");
}

void marker(SceneBuilder& b, Rect screen, const std::string& text) {
    // In the bottom margin, clear of the board and of the burn-in shift.
    const float h = b.u(20);
    const Rect box{screen.w - b.u(34) - b.u(520), screen.h - b.u(8) - h - b.u(max_burn_in_shift),
                   b.u(520), h};
    const int f = b.frame(box, "marker");
    b.line(f, box, text, b.px(18), Weight::regular, palette::changed, Align::right, "marker");
}

} // namespace dagritme::layout::sections
