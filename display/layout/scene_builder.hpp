// Helps the layout sections add frames and elements to a scene, with text fitted to its box.
// Holds references: lives only during one layout call. Pure.
#pragma once

#include "layout/scene.hpp"
#include "layout/text_fit.hpp"

#include <string>
#include <string_view>

namespace dagritme::layout {

class SceneBuilder {
  public:
    SceneBuilder(Scene& scene, const TextMeasurer& measurer, float unit)
        : scene_(scene), measurer_(measurer), unit_(unit) {}

    // Scale: 1 at 1080 pixels on the short side of the screen.
    float u(float px) const { return px * unit_; }
    unsigned px(float size) const { return static_cast<unsigned>(size * unit_); }
    const TextMeasurer& measurer() const { return measurer_; }

    int frame(const Rect& rect, std::string tag, int parent = -1);
    void card(int frame, const Rect& rect, Color fill, Color border = {}, float border_width = 0,
              float radius = -1, float shadow = 0, std::string tag = {});
    Picture& picture(int frame, const Rect& rect, std::string hash, std::string fallback,
                     bool round, std::string tag = {});
    void timer(int frame, const Rect& rect, float remaining);

    // Fits `text` into `box` (size and line count) and adds it, vertically centred. Returns
    // the height used.
    float text(int frame, const Rect& box, std::string_view text, const TextStyle& style,
               Color color, Align align, std::string tag = {});
    // One line with a fixed size, cut with an ellipsis when it is too wide.
    void line(int frame, const Rect& box, std::string_view text, unsigned size, Weight weight,
              Color color, Align align, std::string tag = {});

  private:
    Scene& scene_;
    const TextMeasurer& measurer_;
    float unit_;
};

} // namespace dagritme::layout
