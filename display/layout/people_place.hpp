// One cell width laid out whole: every name measured at one size, each box given the shape
// (columns and rows) that takes the least height, the boxes packed in lines and placed.
// Internal to the people fit (layout/people_fit.cpp searches over widths with it). Pure.
#pragma once

#include "layout/people_fit.hpp"

#include <algorithm>
#include <vector>

namespace dagritme::layout::people {

// A cell is `w` wide: the photo takes most of it, the name (one or two lines) goes below.
constexpr float photo_part = 0.8f, photo_gap = 0.04f, name_part = 0.24f;

struct Spacing {
    float cell_gap, row_gap, box_gap, pad, heading_gap, note_gap, note_pad_x, note_pad_y;
    explicit Spacing(float u)
        : cell_gap(6 * u), row_gap(8 * u), box_gap(14 * u), pad(8 * u), heading_gap(8 * u),
          note_gap(4 * u), note_pad_x(6 * u), note_pad_y(3 * u) {}
};

inline unsigned at_least(float size) {
    return std::max(1u, static_cast<unsigned>(size));
}

class Placer {
  public:
    Placer(const std::vector<PeopleBox>& boxes, const Rect& area, const TextMeasurer& m, float unit)
        : boxes_(boxes), area_(area), m_(m), unit_(unit), sp_(unit) {}

    PeopleFit place(float w);

  private:
    // One way to set out a box: its columns, its rows' heights and its heading.
    struct Shape {
        int columns = 1;
        std::vector<float> widths; // of the columns
        std::vector<float> rows;
        float heading = 0; // height
        int label_lines = 1;
        bool label_below = false;   // the pictogram and time, then the label
        float side = 0, time_w = 0; // the heading's pictogram and time (0: none)
        float w = 0, h = 0;
    };
    unsigned name_size(float w) const;
    // What one person's cell needs.
    struct Need {
        float w = 0; // wider than a photo's cell for a long word in a name
        int lines = 1;
        float name_h = 0; // the lines' height as the text library sets them
        float note = 0;   // height of the note
    };
    Shape shape(const PeopleBox& box, int columns, const std::vector<Need>& needs) const;
    Need need(const PeopleBox::Member& person, float w, unsigned note_size, bool* whole) const;
    // Boxes in lines, in order: the lines' heights and the boxes that start a new line.
    float pack(const std::vector<const Shape*>& shapes, std::vector<bool>* breaks) const;
    std::vector<Shape> best_shapes(int plain_columns, int across_framed,
                                   const std::vector<std::vector<Need>>& needs) const;
    void set_out(const std::vector<Shape>& shapes, const std::vector<bool>& breaks,
                 const std::vector<std::vector<Need>>& needs, PeopleFit& fit) const;

    const std::vector<PeopleBox>& boxes_;
    Rect area_;
    const TextMeasurer& m_;
    float unit_;
    Spacing sp_;
    unsigned name_size_ = 0, heading_size_ = 0;
    float lh_ = 0, photo_row_ = 0;
};

} // namespace dagritme::layout::people
