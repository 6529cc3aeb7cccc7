// The board's text, laid out and rasterised by Pango and Cairo: shaping, right-to-left,
// font fallback (Arabic, Chinese, colour emoji), line breaking and the ellipsis all come
// from Pango. It is the layout's TextMeasurer, and it draws exactly what it measured: the
// same run (text, size, weight, wrap width, lines) gives the same lines in both.
//
// Thread affinity: one engine belongs to the thread that uses it (the render thread, or a
// test); it owns its own font map and fontconfig configuration, shared with no other thread.
#pragma once

#include "layout/text_measurer.hpp"
#include "text/font_config.hpp"
#include "text/text_image.hpp"

#include <memory>
#include <string>
#include <unordered_map>

namespace dagritme::text {

class TextEngine final : public layout::TextMeasurer {
  public:
    // Throws FontNotFound when the primary font cannot be used.
    explicit TextEngine(const FontFiles& files = {});
    ~TextEngine() override;
    TextEngine(const TextEngine&) = delete;
    TextEngine& operator=(const TextEngine&) = delete;

    layout::TextExtent measure(const layout::TextRun& run) const override;

    // The run drawn in `color` (emoji keep their own colours), lines aligned within the wrap
    // width. The image's offset places it against the top left corner of the run's box,
    // whose height is measure(run).height. Empty when there is nothing to draw.
    TextImage render(const layout::TextRun& run, layout::Align align, layout::Color color) const;

    // Characters that no installed font can show (each would be drawn as a box).
    int unknown_glyphs(const layout::TextRun& run) const;

    const FontConfig& fonts() const { return fonts_; }

  private:
    struct Pango;
    layout::TextExtent lay_out(const layout::TextRun& run) const;

    FontConfig fonts_;
    std::unique_ptr<Pango> pango_;
    // The layout asks for the same runs again and again (every minute, every fit it tries):
    // their extents, by run. Cleared when it grows large (names and labels change slowly).
    mutable std::unordered_map<std::string, layout::TextExtent> measured_;
};

} // namespace dagritme::text
