// Pieces the charts share (internal to planner/web/chart_*.cpp): the <svg> element, a text
// element, a legend swatch, and the geometry of a bar scale.
#pragma once

#include "web/charts.hpp"
#include "web/html.hpp"

#include <string_view>

namespace dagritme::web::chart {

inline constexpr std::string_view font = "system-ui, sans-serif";
inline constexpr std::string_view ink = "#1a1a1a";   // text on the white background
inline constexpr std::string_view muted = "#595959"; // secondary text: 7:1 on white

// The heat map's colour steps: 0 for no anchorpoints, else 1..heat_steps by `count` relative
// to `most`; and the colours of a step.
inline constexpr int heat_steps = 4;
int heat_step(int count, int most);
CellColours heat_step_colours(int step);

// <svg viewBox="0 0 width height" role="img" aria-label="label" class="chart chart-kind">
Html svg_open(int width, int height, std::string_view kind, std::string_view label);

// <text x y fill ...>words</text>; anchor: "start", "middle" or "end".
Html svg_text(int x, int y, std::string_view words, std::string_view fill, int size,
              std::string_view anchor = "start", bool bold = false);

// A legend entry: a square of `fill` (with `stroke`) and its words to the right.
Html swatch(int x, int y, std::string_view fill, std::string_view stroke, std::string_view words);

// The length in whole units of `value` on a scale where `most` is `length` long.
int scaled(double value, double most, int length);

} // namespace dagritme::web::chart
