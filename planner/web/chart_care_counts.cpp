// How the anchorpoints ended and what the group leaders did: one bar per ending and per
// response with its count written, and how often a child was physically held.
#include "web/care_words.hpp"
#include "web/chart_parts.hpp"
#include "web/charts.hpp"

#include <algorithm>

namespace dagritme::web {
namespace {

constexpr int width = 960;
constexpr int label_width = 240;
constexpr int bar_left = label_width + 10;
constexpr int bar_length = 500;
constexpr int row_height = 30;
constexpr int heading_height = 36;
constexpr std::string_view bar_blue = "#08519c";

std::string times_word(int count) {
    return std::to_string(count) + " keer";
}

Html count_bar(int y, std::string_view label, int count, int most) {
    using namespace chart;
    const int length = std::max(scaled(count, most, bar_length), 2);
    Html h;
    h << "<g><title>" << text(std::string(label) + ": " + times_word(count)) << "</title>"
      << svg_text(label_width, y + 16, label, ink, 14, "end") << "<rect x=\"" << number(bar_left)
      << "\" y=\"" << number(y + 2) << "\" width=\"" << number(length) << "\" height=\"20\" fill=\""
      << attr(bar_blue) << "\"/>"
      << svg_text(bar_left + length + 8, y + 17, std::to_string(count), ink, 14, "start", true)
      << "</g>";
    return h;
}

std::string holding_words(const CareCounts& counts) {
    return "Vastgehouden: " + times_word(counts.holdings) + ", " +
           std::to_string(counts.holding_minutes) + " minuten in totaal";
}

} // namespace

Html care_counts_svg(const CareCounts& counts, std::string_view title) {
    using namespace chart;
    int most = 0;
    for (const int n : counts.endings)
        most = std::max(most, n);
    for (const int n : counts.responses)
        most = std::max(most, n);
    const int responses_top =
        heading_height + static_cast<int>(all_endings.size()) * row_height + 16;
    const int holding_top =
        responses_top + heading_height + static_cast<int>(all_care_responses.size()) * row_height;
    std::string endings_summary;
    for (const Ending ending : all_endings)
        endings_summary += (endings_summary.empty() ? "" : ", ") +
                           std::to_string(counts.ending(ending)) + " " +
                           std::string(ending_word(ending));

    Html h;
    h << svg_open(width, holding_top + 40, "chart-care-counts",
                  std::string(title) + ": " + endings_summary + "; " + holding_words(counts))
      << svg_text(10, 24, "Hoe het afliep", ink, 16, "start", true);
    for (std::size_t i = 0; i < all_endings.size(); ++i)
        h << count_bar(heading_height + static_cast<int>(i) * row_height,
                       ending_word(all_endings.at(i)), counts.ending(all_endings.at(i)), most);
    h << svg_text(10, responses_top + 24, "Wat je deed", ink, 16, "start", true);
    for (std::size_t i = 0; i < all_care_responses.size(); ++i)
        h << count_bar(responses_top + heading_height + static_cast<int>(i) * row_height,
                       response_word(all_care_responses.at(i)),
                       counts.response(all_care_responses.at(i)), most);
    h << svg_text(10, holding_top + 24, holding_words(counts), ink, 15, "start", true) << "</svg>";
    return h;
}

Html care_counts_table(const CareCounts& counts, std::string_view caption) {
    Html h;
    h << "<table class=\"data\"><caption>" << text(caption) << "</caption><thead><tr>"
      << "<th scope=\"col\"></th><th scope=\"col\">Aantal</th></tr></thead><tbody>";
    for (const Ending ending : all_endings)
        h << "<tr><th scope=\"row\">" << text(ending_word(ending)) << "</th><td>"
          << number(counts.ending(ending)) << "</td></tr>";
    for (const CareResponse response : all_care_responses)
        h << "<tr><th scope=\"row\">" << text(response_word(response)) << "</th><td>"
          << number(counts.response(response)) << "</td></tr>";
    h << "<tr><th scope=\"row\">vastgehouden</th><td>" << number(counts.holdings)
      << "</td></tr><tr><th scope=\"row\">minuten vastgehouden</th><td>"
      << number(counts.holding_minutes) << "</td></tr></tbody></table>";
    return h;
}

} // namespace dagritme::web
