// Fitting text into a box: the largest font size (between a maximum and a minimum) at which
// the text lays out whole in at most `max_lines` lines within the box; below the minimum the
// text is set at the minimum size and its last line ends in an ellipsis. The measurer does
// the line breaking; this only chooses the size and the line count. Pure.
#pragma once

#include "layout/text_measurer.hpp"

#include <string_view>

namespace dagritme::layout {

struct TextStyle {
    unsigned max_size = 40;
    unsigned min_size = 16;
    int max_lines = 1;
    Weight weight = Weight::regular;
};

struct FittedText {
    unsigned size = 0;
    int max_lines = 0; // the lines the text may take at that size (the run to draw)
    TextExtent extent; // what it takes; extent.lines == 0: nothing to draw
};

FittedText fit_text(const TextMeasurer& measurer, std::string_view text, float box_w, float box_h,
                    const TextStyle& style);

} // namespace dagritme::layout
