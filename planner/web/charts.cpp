// What the charts share: names, the figure with its table, the colour scales and the SVG
// pieces of chart_parts.hpp.
#include "web/charts.hpp"

#include "web/chart_parts.hpp"

#include <algorithm>
#include <array>
#include <cmath>

namespace dagritme::web {

std::string child_name(const ChildNames& names, std::int64_t child_id) {
    const auto found = names.find(child_id);
    return found != names.end() ? found->second : "kind " + std::to_string(child_id);
}

Html chart_figure(const Html& svg, const Html& table) {
    Html h;
    h << "<figure class=\"chart\">" << svg
      << "<details class=\"chart-table\"><summary>Toon als tabel</summary>" << table
      << "</details></figure>";
    return h;
}

CellColours heat_cell_colours(int count, int most) {
    return chart::heat_step_colours(chart::heat_step(count, most));
}

CellColours emotion_colours(Emotion emotion) {
    // The Okabe-Ito palette, told apart also with colour blindness; white text only on the
    // dark blue.
    switch (emotion) {
    case Emotion::fear:
        return {"#cc79a7", "#1a1a1a"};
    case Emotion::anger:
        return {"#d55e00", "#1a1a1a"};
    case Emotion::sadness:
        return {"#0072b2", "#ffffff"};
    case Emotion::restlessness:
        return {"#e69f00", "#1a1a1a"};
    case Emotion::tension:
        return {"#f0e442", "#1a1a1a"};
    case Emotion::shame:
        return {"#009e73", "#1a1a1a"};
    case Emotion::disappointment:
        return {"#56b4e9", "#1a1a1a"};
    }
    return {"#ffffff", "#1a1a1a"};
}

namespace chart {

int heat_step(int count, int most) {
    if (count <= 0 || most <= 0) return 0;
    return std::min(heat_steps, (count * heat_steps + most - 1) / most);
}

CellColours heat_step_colours(int step) {
    // Sequential blues, light to dark; dark text on the three light steps, white on the darkest
    // (each pair at least 5:1). No anchorpoints: white with a grey 0 (4.5:1).
    static constexpr std::array<CellColours, heat_steps + 1> steps{{{"#ffffff", "#767676"},
                                                                    {"#deebf7", "#1a1a1a"},
                                                                    {"#9ecae1", "#1a1a1a"},
                                                                    {"#4292c6", "#1a1a1a"},
                                                                    {"#08519c", "#ffffff"}}};
    return steps.at(static_cast<std::size_t>(std::clamp(step, 0, heat_steps)));
}

Html svg_open(int width, int height, std::string_view kind, std::string_view label) {
    Html h;
    h << "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " << number(width) << " "
      << number(height) << "\" role=\"img\" aria-label=\"" << attr(label) << "\" class=\"chart "
      << attr(kind) << "\" font-family=\"" << attr(font) << "\">";
    return h;
}

Html svg_text(int x, int y, std::string_view words, std::string_view fill, int size,
              std::string_view anchor, bool bold) {
    Html h;
    h << "<text x=\"" << number(x) << "\" y=\"" << number(y) << "\" fill=\"" << attr(fill)
      << "\" font-size=\"" << number(size) << "\" text-anchor=\"" << attr(anchor) << "\"";
    if (bold) h << " font-weight=\"bold\"";
    h << ">" << text(words) << "</text>";
    return h;
}

Html swatch(int x, int y, std::string_view fill, std::string_view stroke, std::string_view words) {
    Html h;
    h << "<rect x=\"" << number(x) << "\" y=\"" << number(y)
      << "\" width=\"18\" height=\"18\" fill=\"" << attr(fill) << "\" stroke=\"" << attr(stroke)
      << "\" stroke-width=\"2\"/>" << svg_text(x + 26, y + 14, words, ink, 14);
    return h;
}

int scaled(double value, double most, int length) {
    if (most <= 0 || !std::isfinite(value) || value <= 0) return 0;
    return static_cast<int>(std::lround(value / most * length));
}

} // namespace chart
} // namespace dagritme::web
