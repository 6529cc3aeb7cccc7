// The layout's TextMeasurer backed by the real fonts, so fitted text fits when drawn.
// Render thread only: measuring loads glyphs into the font's textures.
#pragma once

#include "layout/text_measurer.hpp"
#include "render/font_set.hpp"

namespace dagritme::render {

class FontTextMeasurer final : public layout::TextMeasurer {
  public:
    explicit FontTextMeasurer(const FontSet& fonts) : fonts_(fonts) {}
    float width(std::string_view utf8, unsigned size, layout::Weight weight) const override;

  private:
    const FontSet& fonts_;
};

} // namespace dagritme::render
