// How the pure layout learns how a text fits: the text library lays it out (shaping,
// right-to-left, fallback fonts, line breaks, the ellipsis) and says how much room it takes.
// The renderer draws the same run with the same library, so what the layout fitted is what
// is drawn. The display's implementation is text/text_engine.hpp (Pango); it is used on the
// thread that runs the layout (the render thread).
#pragma once

#include "layout/scene.hpp"

#include <cmath>
#include <string_view>

namespace dagritme::layout {

// A text to lay out.
struct TextRun {
    std::string_view text; // UTF-8
    unsigned size = 0;     // pixel size of the font
    Weight weight = Weight::regular;
    // > 0: lines break (between words where they can) to stay this wide, and the last line
    // ends in "…" when the text needs more lines than max_lines. 0: one line, never cut.
    float wrap_width = 0;
    int max_lines = 1;
};

// The room a run takes.
struct TextExtent {
    float width = 0;  // the widest line, in pixels
    float height = 0; // all lines
    int lines = 0;
    bool whole = true; // all of the text is shown, and lines break only between words
};

class TextMeasurer {
  public:
    virtual ~TextMeasurer() = default;
    virtual TextExtent measure(const TextRun& run) const = 0;

    // The width of `utf8` on one line at `size` pixels.
    float width(std::string_view utf8, unsigned size, Weight weight) const {
        return measure({utf8, size, weight, 0, 1}).width;
    }
};

// The room the layout gives one line of text at `size` pixels when it plans boxes; the text
// library's own line height (Noto Sans: 1.36 em; Noto Sans CJK: 1.45 em) fits in it.
inline float line_height(unsigned size) {
    return std::ceil(1.46f * static_cast<float>(size));
}

} // namespace dagritme::layout
