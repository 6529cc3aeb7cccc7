// The heat map: routine blocks down, weekdays across, the number of anchorpoints in each cell
// (its colour too) and the limit violations under it with a dark red border.
#include "web/care_words.hpp"
#include "web/chart_parts.hpp"
#include "web/charts.hpp"

#include <algorithm>
#include <array>

namespace dagritme::web {
namespace {

constexpr int label_width = 290;
constexpr std::size_t label_characters = 30; // longer names end in an ellipsis; the title has all
constexpr int cell_width = 110;
constexpr int cell_height = 56;
constexpr int header_height = 36;
constexpr int legend_height = 76;
// At most `most` characters (not bytes), the last one an ellipsis when cut.
std::string shortened(const std::string& words, std::size_t most) {
    std::size_t characters = 0;
    for (std::size_t i = 0; i < words.size(); ++i) {
        if ((static_cast<unsigned char>(words[i]) & 0xC0u) == 0x80u) continue;
        if (++characters == most) {
            std::size_t rest = i + 1;
            while (rest < words.size() &&
                   (static_cast<unsigned char>(words[rest]) & 0xC0u) == 0x80u)
                ++rest;
            if (rest < words.size()) return words.substr(0, i) + "…";
        }
    }
    return words;
}

constexpr std::string_view limit_red = "#b00020"; // 7.5:1 on white

std::string cell_title(const std::optional<BlockRef>& row, int weekday, const HeatCell& cell) {
    return block_label(row) + ", " + std::string(weekday_word(weekday)) + ": " +
           anchorpoints_word(cell.anchorpoints) + ", " +
           limit_violations_word(cell.limit_violations);
}

std::string summary(const HeatMap& map) {
    const HeatCell total = map.total();
    return anchorpoints_word(total.anchorpoints) + " en " +
           limit_violations_word(total.limit_violations) + ", per blok en weekdag";
}

Html cell_svg(const HeatMap& map, std::size_t r, std::size_t c, int most) {
    using namespace chart;
    const HeatCell& cell = map.cells.at(r).at(c);
    const CellColours colours = heat_cell_colours(cell.anchorpoints, most);
    const int x = label_width + static_cast<int>(c) * cell_width;
    const int y = header_height + static_cast<int>(r) * cell_height;
    const bool limits = cell.limit_violations > 0;
    const bool empty = cell.anchorpoints == 0 && !limits;
    Html h;
    h << "<g class=\"cell\"><title>" << text(cell_title(map.rows.at(r), map.weekdays.at(c), cell))
      << "</title><rect x=\"" << number(x + 3) << "\" y=\"" << number(y + 3) << "\" width=\""
      << number(cell_width - 6) << "\" height=\"" << number(cell_height - 6)
      << "\" rx=\"4\" fill=\"" << attr(colours.fill) << "\" stroke=\""
      << attr(limits ? limit_red : "#c8c8c8") << "\" stroke-width=\"" << number(limits ? 4 : 1)
      << "\"/>"
      << svg_text(x + cell_width / 2, y + (limits ? 27 : 35), std::to_string(cell.anchorpoints),
                  colours.text, empty ? 16 : 20, "middle", !empty);
    if (limits)
        h << svg_text(x + cell_width / 2, y + 45,
                      std::to_string(cell.limit_violations) +
                          (cell.limit_violations == 1 ? " limit" : " limits"),
                      colours.text, 12, "middle");
    h << "</g>";
    return h;
}

Html legend(int y, int most) {
    using namespace chart;
    Html h;
    h << svg_text(10, y + 14, "Kleur: aantal ankerpunten", ink, 14);
    int x = 200;
    h << swatch(x, y, "#ffffff", "#c8c8c8", "0");
    x += 60;
    // Which counts each colour step stands for.
    std::array<std::pair<int, int>, heat_steps> ranges{};
    for (int n = 1; n <= most; ++n) {
        auto& [low, high] = ranges.at(static_cast<std::size_t>(heat_step(n, most) - 1));
        if (low == 0) low = n;
        high = n;
    }
    for (std::size_t step = 0; step < ranges.size(); ++step) {
        const auto [low, high] = ranges.at(step);
        if (low == 0) continue;
        const std::string words =
            low == high ? std::to_string(low) : std::to_string(low) + "–" + std::to_string(high);
        h << swatch(x, y, heat_step_colours(static_cast<int>(step) + 1).fill, "#c8c8c8", words);
        x += 80;
    }
    h << swatch(10, y + 34, "#ffffff", limit_red,
                "rode rand: limit overschreden (aantal in de cel)");
    return h;
}

} // namespace

Html heat_map_svg(const HeatMap& map, std::string_view title) {
    using namespace chart;
    const int columns = static_cast<int>(map.weekdays.size());
    const int rows = static_cast<int>(map.rows.size());
    const int width = std::max(label_width + columns * cell_width + 10, 620);
    const int legend_top = header_height + std::max(rows, 1) * cell_height + 14;
    const int most = map.max_anchorpoints();

    Html h;
    h << svg_open(width, legend_top + legend_height, "chart-heat-map",
                  std::string(title) + ": " + summary(map));
    for (int c = 0; c < columns; ++c)
        h << svg_text(label_width + c * cell_width + cell_width / 2, 24,
                      weekday_word(map.weekdays.at(static_cast<std::size_t>(c))), ink, 15, "middle",
                      true);
    for (std::size_t r = 0; r < map.rows.size(); ++r) {
        h << svg_text(label_width - 10, header_height + static_cast<int>(r) * cell_height + 34,
                      shortened(block_word(map.rows.at(r)), label_characters),
                      map.rows.at(r) ? ink : muted, 14, "end");
        for (std::size_t c = 0; c < map.weekdays.size(); ++c)
            h << cell_svg(map, r, c, most);
    }
    if (rows == 0)
        h << svg_text(10, header_height + 34, "Geen dagindeling en geen ankerpunten.", muted, 14);
    h << legend(legend_top, most) << "</svg>";
    return h;
}

Html heat_map_table(const HeatMap& map, std::string_view caption) {
    Html h;
    h << "<table class=\"data\"><caption>" << text(caption) << "</caption><thead><tr>"
      << "<th scope=\"col\">Blok</th>";
    for (const int day : map.weekdays)
        h << "<th scope=\"col\">" << text(weekday_word(day)) << "</th>";
    h << "</tr></thead><tbody>";
    for (std::size_t r = 0; r < map.rows.size(); ++r) {
        h << "<tr><th scope=\"row\">" << text(block_word(map.rows.at(r))) << "</th>";
        for (const HeatCell& cell : map.cells.at(r)) {
            std::string words = anchorpoints_word(cell.anchorpoints);
            if (cell.limit_violations > 0)
                words += ", " + limit_violations_word(cell.limit_violations);
            h << "<td>" << text(words) << "</td>";
        }
        h << "</tr>";
    }
    h << "</tbody></table>";
    return h;
}

} // namespace dagritme::web
