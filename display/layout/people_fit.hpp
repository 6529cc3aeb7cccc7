// Placing people on the board: photo cells (photo, first name, perhaps a visitor note) in
// boxes — the children and the staff of "Wie is er?", or one box per activity group of the
// coming hour with its time, pictogram and label — as large as the area allows, with one
// name size for everybody. A name wraps between words (after a hyphen) before it shrinks,
// and shrinks before it is cut. Pure.
#pragma once

#include "layout/geometry.hpp"
#include "layout/text_measurer.hpp"

#include <compare>
#include <string>
#include <vector>

namespace dagritme::layout {

struct PeopleBox {
    std::string time;  // "10:30"; empty: a box without a heading
    std::string label; // the activity's label
    bool framed = false;
    struct Member {
        std::string name;
        std::string note; // "mama komt om 10:30"; empty: none
    };
    std::vector<Member> members;
};

struct PlacedMember {
    Rect cell;
    Rect photo; // a square
    Rect name;  // `name_lines` lines at the fit's name size
    int name_lines = 1;
    Rect note; // empty without a note: the pill, its text at the fit's note size
};

struct PlacedBox {
    Rect rect; // the box's card (framed) or the room its cells take
    Rect pictogram, time, label;
    int label_lines = 1;
    std::vector<PlacedMember> members;
};

struct PeopleFit {
    bool fits = false; // everything lies inside the area
    float photo = 0;   // photo diameter
    unsigned name_size = 0, note_size = 0, heading_size = 0;
    bool names_whole = true;      // no name is cut or broken inside a word
    std::vector<PlacedBox> boxes; // in the order given
};

// The largest cells at which all boxes fit in `area`. `unit` is the board's scale (1 at 1080 px).
PeopleFit fit_people(const std::vector<PeopleBox>& boxes, const Rect& area,
                     const TextMeasurer& measurer, float unit);

// How readable across the room: `level` 2 with photos of at least 96 and text of at least 22
// pixels at 1080p and every name whole; 1 with a name cut or broken inside a word; 0 smaller.
// Of two fits on the same level, the one with the larger names (then photos) reads better.
struct Readability {
    int level = -1;
    unsigned name_size = 0;
    float photo = 0;
    auto operator<=>(const Readability&) const = default;
};
Readability readability(const PeopleFit& fit, float unit);

} // namespace dagritme::layout
