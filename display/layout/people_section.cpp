// Who is here: photos (or avatar letters without photo consent) and first names of the
// present children, then the group leaders; a visiting parent shown on the child's place.
// Pure.
#include "layout/grid_fit.hpp"
#include "layout/palette.hpp"
#include "layout/sections.hpp"

#include <algorithm>

namespace dagritme::layout::sections {

namespace {

// "mama van Sanne komt om 10:30" before the session, "... is er" during it, nothing after.
std::string visitor_note(const board::Board& board, const std::string& child_id, int now) {
    std::string note;
    for (const auto& a : board.activities) {
        if (now >= a.end.seconds()) continue;
        for (const auto& v : a.visitors) {
            if (v.child != child_id || !note.empty()) continue;
            // On Sanne's own place "mama van Sanne" is just "mama".
            std::string who = v.label;
            const board::Person* child = board.find_child(child_id);
            const std::string suffix = child ? " van " + child->name : std::string();
            if (!suffix.empty() && who.size() > suffix.size() && who.ends_with(suffix))
                who.resize(who.size() - suffix.size());
            note = now < a.start.seconds() ? who + " komt om " + time_text(a.start) : who + " is er";
        }
    }
    return note;
}

struct CellStyle {
    float photo = 0.74f; // photo diameter / cell width
    float name = 0.34f;  // name line / cell width
    float note = 0.0f;   // visitor note / cell width (only when a visitor is on the board)
    float aspect() const { return photo + 0.04f + name + note; }
};

void person_cell(SceneBuilder& b, int panel, const Rect& cell, const board::Person& person, bool staff,
                 const CellStyle& style, const std::string& note) {
    const int f = b.frame(cell, "person:" + person.id, panel);
    Rect rest = cell;
    const float d = cell.w * style.photo;
    Rect photo_row = rest.take_top(d, cell.w * 0.04f);
    Picture& p = b.picture(f, photo_row.centered_square(d), person.photo.value_or(""),
                           person.avatar.empty() ? initial_of(person.name) : person.avatar, true,
                           "photo:" + person.id);
    p.ring = staff ? palette::staff_ring : palette::child_ring;
    p.ring_width = std::max(b.u(3), d * 0.045f);
    if (staff) p.fallback_fill = palette::staff_avatar_fill;
    const float name_h = cell.w * style.name;
    Rect name = rest.take_top(name_h);
    const auto size = static_cast<unsigned>(std::min(b.u(42), name_h / 1.42f));
    b.text(f, name, person.name, {size, std::max(1u, size * 6 / 10), 1, Weight::bold}, palette::ink,
           Align::center, "name:" + person.id);
    if (!note.empty() && rest.h > 0) {
        b.card(f, rest, palette::visitor_fill, {}, 0, std::min(b.u(14), rest.h / 2), 0, "visitor:" + person.id);
        const auto note_size = static_cast<unsigned>(std::min(b.u(30), rest.h / 2 / 1.42f));
        b.text(f, rest.inset(b.u(6), b.u(2)), note, {note_size, std::max(1u, note_size * 6 / 10), 2, Weight::bold},
               palette::visitor_ink, Align::center, "visitor:" + person.id);
    }
}

} // namespace

void people(SceneBuilder& b, Rect area, const board::Board& board, int now) {
    const int panel = b.frame(area, "people");
    b.card(panel, area, palette::card, palette::card_edge, b.u(2), b.u(32), b.u(5), "people");
    Rect inner = area.inset(b.u(24));
    Rect title = inner.take_top(b.u(52), b.u(14));
    b.text(panel, title, "Wie is er?", {b.px(44), b.px(24), 1, Weight::bold}, palette::ink, Align::left, "people-title");

    std::vector<std::string> notes;
    for (const auto& c : board.children) notes.push_back(visitor_note(board, c.id, now));
    CellStyle style;
    if (std::any_of(notes.begin(), notes.end(), [](const std::string& n) { return !n.empty(); }))
        style.note = 0.44f;
    const float gap = b.u(14), group_gap = b.u(26);
    const int nc = static_cast<int>(board.children.size()), ns = static_cast<int>(board.staff.size());
    const CellStyle staff_style{style.photo, style.name, 0};
    const GridFit grid = fit_grid({{nc, style.aspect()}, {ns, staff_style.aspect()}}, inner.w, inner.h, gap,
                                  group_gap, b.u(210));
    if (grid.columns == 0) return;

    const float used_w = static_cast<float>(grid.columns) * (grid.cell_w + gap) - gap;
    const float x0 = inner.x + (inner.w - used_w) / 2;
    float y = inner.y;
    auto place_group = [&](const std::vector<board::Person>& group, bool staff) {
        if (group.empty()) return;
        const CellStyle& cell_style = staff ? staff_style : style;
        const float cell_h = grid.cell_w * cell_style.aspect();
        for (std::size_t i = 0; i < group.size(); ++i) {
            const auto col = static_cast<float>(i % static_cast<std::size_t>(grid.columns));
            const auto row = static_cast<float>(i / static_cast<std::size_t>(grid.columns));
            const Rect cell{x0 + col * (grid.cell_w + gap), y + row * (cell_h + gap), grid.cell_w, cell_h};
            person_cell(b, panel, cell, group[i], staff, cell_style, staff ? std::string() : notes[i]);
        }
        const auto rows = (group.size() + static_cast<std::size_t>(grid.columns) - 1) / static_cast<std::size_t>(grid.columns);
        y += static_cast<float>(rows) * (cell_h + gap) - gap + group_gap;
    };
    place_group(board.children, false);
    place_group(board.staff, true);
}

} // namespace dagritme::layout::sections
