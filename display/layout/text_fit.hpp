// Fitting text into a box: the largest font size (between a maximum and a minimum) at which
// the text, wrapped at spaces into at most `max_lines` lines, fits; below the minimum the
// last line is cut with an ellipsis. Pure; runs where the measurer may be used.
#pragma once

#include "layout/text_measurer.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace dagritme::layout {

struct TextStyle {
    unsigned max_size = 40;
    unsigned min_size = 16;
    int max_lines = 1;
    Weight weight = Weight::regular;
};

struct FittedText {
    unsigned size = 0;
    std::vector<std::string> lines;
    float height() const { return static_cast<float>(lines.size()) * line_height(size); }
};

FittedText fit_text(const TextMeasurer& measurer, std::string_view text, float box_w, float box_h,
                    const TextStyle& style);

// `text` cut at a character boundary and ended with "…" so that it is at most `box_w` wide.
std::string ellipsize(const TextMeasurer& measurer, std::string_view text, float box_w,
                      unsigned size, Weight weight);

} // namespace dagritme::layout
