// The care log's patterns as SVG written by the planner: a heat map per routine block x
// weekday, emotions per ISO week as stacked bars, and rates per 10 hours present as horizontal
// bars. Each chart is an <svg role="img" aria-label="..."> sized by its viewBox (it scales to a
// 1280x800 tablet and prints sharp); every cell or bar carries its number as visible text and a
// <title>. Each chart has a companion <table> with the same numbers for screen readers and
// "toon als tabel". All text is escaped; names and labels may contain anything.
#pragma once

#include "domain/patterns.hpp"
#include "web/html.hpp"

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace dagritme::web {

// Display names by id (children, staff); a child missing here is shown as "kind <id>".
using NamesById = std::map<std::int64_t, std::string>;
using ChildNames = NamesById;
std::string child_name(const ChildNames& names, std::int64_t child_id);

// The heat map; `title` starts the aria-label ("Ankerpunten van Sanne, 4 november - 1 december
// 2026"). The colour shows the number of anchorpoints; a cell with limit violations has a dark
// red border and says how many.
Html heat_map_svg(const HeatMap& map, std::string_view title);
Html heat_map_table(const HeatMap& map, std::string_view caption);

// Anchorpoints per ISO week, stacked by emotion, with the week's total above each bar.
Html emotions_svg(const std::vector<WeekEmotions>& weeks, std::string_view title);
Html emotions_table(const std::vector<WeekEmotions>& weeks, std::string_view caption);

// Anchorpoints and limit violations per 10 hours present, two bars per child with the value
// written; a child without hours present has no bar and says so.
Html rates_svg(const std::vector<ChildRate>& rates, const ChildNames& names,
               std::string_view title);
Html rates_table(const std::vector<ChildRate>& rates, const ChildNames& names,
                 std::string_view caption);

// How the anchorpoints ended ("tot rust gekomen", "escalatie", ...), what was done (each
// response), and how often and how long a child was physically held.
Html care_counts_svg(const CareCounts& counts, std::string_view title);
Html care_counts_table(const CareCounts& counts, std::string_view caption);

// A chart with its table behind "Toon als tabel": <figure> svg <details> table </details>.
Html chart_figure(const Html& svg, const Html& table);

// The colours of a heat map cell: the fill from a light-to-dark scale by `count` relative to
// `most`, and a text colour that keeps WCAG AA contrast (4.5:1) on it. `count` 0 is white with a
// grey text.
struct CellColours {
    std::string_view fill;
    std::string_view text;
};
CellColours heat_cell_colours(int count, int most);

// The fill and text colour of an emotion's bar segment.
CellColours emotion_colours(Emotion emotion);

} // namespace dagritme::web
