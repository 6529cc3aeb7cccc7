// Who is here: photos (or avatar letters without photo consent) and first names of the
// present children, then the group leaders; a visiting parent shown on the child's place.
// Pure.
#include "layout/palette.hpp"
#include "layout/sections.hpp"

#include <algorithm>
#include <set>

namespace dagritme::layout::sections {

namespace {

// "mama komt om 10:30" before the session, "mama is er" during it, nothing after.
std::string visitor_note(const board::Board& board, const board::Person& child, int now) {
    for (const auto& a : board.activities) {
        if (now >= seconds_of(a.end)) continue;
        for (const auto& v : a.visitors) {
            if (v.child != child.id) continue;
            // On Sanne's own place "mama van Sanne" is just "mama".
            std::string who = v.label;
            const std::string suffix = " van " + child.name;
            if (who.size() > suffix.size() && who.ends_with(suffix))
                who.resize(who.size() - suffix.size());
            return now < seconds_of(a.start) ? who + " komt om " + time_text(a.start)
                                             : who + " is er";
        }
    }
    return {};
}

// Heights of a cell's parts, as fractions of its width.
constexpr float photo_part = 0.74f, photo_gap = 0.04f, name_part = 0.34f, note_part = 0.44f;
constexpr float base_part = photo_part + photo_gap + name_part;

struct Grid {
    int columns = 0;
    float cell_w = 0;
};

// The column count that gives the largest cells; only rows holding a visitor note are taller.
Grid fit_people(const std::vector<std::string>& notes, int staff, const Rect& area, float gap,
                float group_gap, float max_w) {
    const int children = static_cast<int>(notes.size());
    Grid best;
    for (int c = 1; c <= std::max(children, staff); ++c) {
        const int child_rows = (children + c - 1) / c, staff_rows = (staff + c - 1) / c;
        std::set<int> note_rows;
        for (int i = 0; i < children; ++i)
            if (!notes[static_cast<std::size_t>(i)].empty()) note_rows.insert(i / c);
        const float units = static_cast<float>(child_rows + staff_rows) * base_part +
                            static_cast<float>(note_rows.size()) * note_part;
        const float gaps =
            gap * static_cast<float>(std::max(0, child_rows - 1) + std::max(0, staff_rows - 1)) +
            (child_rows > 0 && staff_rows > 0 ? group_gap : 0);
        const float fc = static_cast<float>(c);
        const float w = std::min({(area.w - gap * (fc - 1)) / fc, (area.h - gaps) / units, max_w});
        if (w > best.cell_w) best = {c, w};
    }
    return best;
}

void person_cell(SceneBuilder& b, int panel, const Rect& cell, const board::Person& person,
                 bool staff, unsigned name_size, const std::string& note) {
    const int f = b.frame(cell, "person:" + person.id, panel);
    Rect rest = cell;
    const float d = cell.w * photo_part;
    Rect photo_row = rest.take_top(d, cell.w * photo_gap);
    Picture& p = b.picture(f, photo_row.centered_square(d), person.photo.value_or(""),
                           person.avatar, true, "photo:" + person.id);
    p.ring = staff ? palette::staff_ring : palette::child_ring;
    p.ring_width = std::max(b.u(3), d * 0.045f);
    if (staff) p.fallback_fill = palette::staff_avatar_fill;
    Rect name = rest.take_top(cell.w * name_part);
    b.line(f, name, person.name, name_size, Weight::bold, palette::ink, Align::center,
           "name:" + person.id);
    if (!note.empty() && rest.h > 0) {
        const Rect pill = rest.inset(0, b.u(2));
        b.card(f, pill, palette::visitor_fill, {}, 0, std::min(b.u(14), pill.h / 2), 0,
               "visitor:" + person.id);
        const auto note_size = static_cast<unsigned>(std::min(b.u(32), pill.h / 2 / 1.42f));
        b.text(f, pill.inset(b.u(6), b.u(1)), note,
               {note_size, std::max(1u, note_size * 6 / 10), 2, Weight::bold}, palette::visitor_ink,
               Align::center, "visitor:" + person.id);
    }
}

} // namespace

void people(SceneBuilder& b, Rect area, const board::Board& board, int now) {
    const int panel = b.frame(area, "people");
    b.card(panel, area, palette::card, palette::card_edge, b.u(2), b.u(32), b.u(5), "people");
    Rect inner = area.inset(b.u(24));
    Rect title = inner.take_top(b.u(52), b.u(14));
    b.text(panel, title, "Wie is er?", {b.px(44), b.px(24), 1, Weight::bold}, palette::ink,
           Align::left, "people-title");

    std::vector<std::string> notes;
    for (const auto& c : board.children)
        notes.push_back(visitor_note(board, c, now));
    const float gap = b.u(14), group_gap = b.u(26);
    const Grid grid =
        fit_people(notes, static_cast<int>(board.staff.size()), inner, gap, group_gap, b.u(210));
    if (grid.columns == 0) {
        // Nobody checked in yet: say so, rather than leave a card that looks broken.
        b.text(panel, inner.take_top(std::min(inner.h, b.u(120))), "Nog niemand",
               {b.px(40), b.px(24), 1, Weight::regular}, palette::ink_soft, Align::left,
               "people-empty");
        return;
    }

    // One name size for everybody (the largest at which all names fit), so no name looks
    // more important; a name too long even then is cut.
    const float name_h = grid.cell_w * name_part;
    const auto largest = static_cast<unsigned>(std::min(b.u(42), name_h / 1.42f));
    const unsigned smallest = std::max(1u, largest * 7 / 10);
    unsigned name_size = largest;
    for (const auto* group : {&board.children, &board.staff})
        for (const auto& p : *group)
            name_size = std::min(name_size, fit_text(b.measurer(), p.name, grid.cell_w, name_h,
                                                     {name_size, smallest, 1, Weight::bold})
                                                .size);

    const auto columns = static_cast<std::size_t>(grid.columns);
    const float used_w = static_cast<float>(grid.columns) * (grid.cell_w + gap) - gap;
    const float x0 = inner.x + (inner.w - used_w) / 2;
    float y = inner.y;
    auto place_group = [&](const std::vector<board::Person>& group, bool staff) {
        for (std::size_t row_start = 0; row_start < group.size(); row_start += columns) {
            const std::size_t row_end = std::min(group.size(), row_start + columns);
            bool has_note = false;
            for (std::size_t i = row_start; i < row_end && !staff; ++i)
                has_note = has_note || !notes[i].empty();
            const float h = grid.cell_w * (base_part + (has_note ? note_part : 0));
            for (std::size_t i = row_start; i < row_end; ++i) {
                const float x = x0 + static_cast<float>(i - row_start) * (grid.cell_w + gap);
                person_cell(b, panel, {x, y, grid.cell_w, h}, group[i], staff, name_size,
                            staff ? std::string() : notes[i]);
            }
            y += h + gap;
        }
        if (!group.empty()) y += group_gap - gap;
    };
    place_group(board.children, false);
    place_group(board.staff, true);
}

} // namespace dagritme::layout::sections
