// How the pure layout learns how wide a text is. The renderer implements it with the real
// font (render/font_text_measurer.hpp); tests use a deterministic approximation.
// Implementations are used on the thread that runs the layout (the render thread).
#pragma once

#include "layout/scene.hpp"

#include <cmath>
#include <string_view>

namespace dagritme::layout {

class TextMeasurer {
  public:
    virtual ~TextMeasurer() = default;
    // Advance width in pixels of one line of UTF-8 text at `size` pixels.
    virtual float width(std::string_view utf8, unsigned size, Weight weight) const = 0;
};

// The height a line of text needs at `size` pixels: room for accents and descenders.
// The renderer centres glyphs in this height; keep both in step.
inline float line_height(unsigned size) {
    return std::ceil(1.42f * static_cast<float>(size));
}

} // namespace dagritme::layout
