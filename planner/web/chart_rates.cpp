// Rates per 10 hours present: per child a bar for anchorpoints and one for limit violations,
// each with its value written; a child who was not present has no bar and says so.
#include "web/care_words.hpp"
#include "web/chart_parts.hpp"
#include "web/charts.hpp"

#include <algorithm>

namespace dagritme::web {
namespace {

constexpr int width = 960;
constexpr int name_width = 200;
constexpr int bar_left = name_width + 10;
constexpr int bar_length = 420;
constexpr int top = 48;
constexpr int row_height = 64;
constexpr int bar_height = 22;
constexpr std::string_view anchor_blue = "#08519c"; // 7.9:1 on white
constexpr std::string_view limit_red = "#b00020";

std::string hours_word(const ChildRate& rate) {
    return decimal_comma(rate.hours_present(), 1) + " uur";
}

Html rate_bar(int y, double value, double most, std::string_view fill, const std::string& words,
              const std::string& title) {
    using namespace chart;
    const int length = scaled(value, most, bar_length);
    Html h;
    h << "<g><title>" << text(title) << "</title><rect x=\"" << number(bar_left) << "\" y=\""
      << number(y) << "\" width=\"" << number(std::max(length, 2)) << "\" height=\""
      << number(bar_height) << "\" fill=\"" << attr(fill) << "\"/>"
      << svg_text(bar_left + std::max(length, 2) + 8, y + 16, words, ink, 14) << "</g>";
    return h;
}

Html child_row(const ChildRate& rate, const std::string& name, int y, double most) {
    using namespace chart;
    Html h;
    h << svg_text(name_width, y + row_height / 2 + 2, name, ink, 15, "end", true);
    const auto anchor_rate = rate.anchorpoints_rate();
    const auto limit_rate = rate.limit_violations_rate();
    if (!anchor_rate || !limit_rate) {
        h << svg_text(bar_left, y + row_height / 2 + 2,
                      "geen uren aanwezig: " + anchorpoints_word(rate.anchorpoints) + ", " +
                          limit_violations_word(rate.limit_violations),
                      muted, 14);
        return h;
    }
    const std::string anchor_value = decimal_comma(*anchor_rate, 2);
    const std::string limit_value = decimal_comma(*limit_rate, 2);
    h << rate_bar(y + 8, *anchor_rate, most, anchor_blue,
                  anchor_value + " (" + anchorpoints_word(rate.anchorpoints) + " in " +
                      hours_word(rate) + ")",
                  name + ": " + anchor_value + " ankerpunten per 10 uur aanwezig (" +
                      std::to_string(rate.anchorpoints) + " in " + hours_word(rate) + ")")
      << rate_bar(y + 8 + bar_height + 4, *limit_rate, most, limit_red,
                  limit_value + " (" + limit_violations_word(rate.limit_violations) + ")",
                  name + ": " + limit_value + " limits overschreden per 10 uur aanwezig (" +
                      std::to_string(rate.limit_violations) + " in " + hours_word(rate) + ")");
    return h;
}

} // namespace

Html rates_svg(const std::vector<ChildRate>& rates, const ChildNames& names,
               std::string_view title) {
    using namespace chart;
    double most = 0;
    for (const auto& rate : rates)
        for (const auto value : {rate.anchorpoints_rate(), rate.limit_violations_rate()})
            if (value) most = std::max(most, *value);
    const int height = top + std::max<int>(1, static_cast<int>(rates.size())) * row_height + 10;

    Html h;
    h << svg_open(width, height, "chart-rates",
                  std::string(title) +
                      ": ankerpunten en limits overschreden per 10 uur aanwezig, " +
                      std::to_string(rates.size()) + (rates.size() == 1 ? " kind" : " kinderen"))
      << swatch(bar_left, 10, anchor_blue, anchor_blue, "ankerpunten per 10 uur aanwezig")
      << swatch(bar_left + 330, 10, limit_red, limit_red,
                "limits overschreden per 10 uur aanwezig");
    if (rates.empty())
        h << svg_text(bar_left, top + 34, "Geen kinderen aanwezig in deze periode.", muted, 14);
    for (std::size_t i = 0; i < rates.size(); ++i)
        h << child_row(rates[i], child_name(names, rates[i].child_id),
                       top + static_cast<int>(i) * row_height, most);
    h << "</svg>";
    return h;
}

Html rates_table(const std::vector<ChildRate>& rates, const ChildNames& names,
                 std::string_view caption) {
    Html h;
    h << "<table class=\"data\"><caption>" << text(caption) << "</caption><thead><tr>"
      << "<th scope=\"col\">Kind</th><th scope=\"col\">Uren aanwezig</th>"
      << "<th scope=\"col\">Ankerpunten</th><th scope=\"col\">Ankerpunten per 10 uur aanwezig</th>"
      << "<th scope=\"col\">Limits overschreden</th>"
      << "<th scope=\"col\">Limits overschreden per 10 uur aanwezig</th></tr></thead><tbody>";
    for (const auto& rate : rates) {
        const auto anchor_rate = rate.anchorpoints_rate();
        const auto limit_rate = rate.limit_violations_rate();
        h << "<tr><th scope=\"row\">" << text(child_name(names, rate.child_id)) << "</th><td>"
          << text(decimal_comma(rate.hours_present(), 1)) << "</td><td>"
          << number(rate.anchorpoints) << "</td><td>"
          << text(anchor_rate ? decimal_comma(*anchor_rate, 2) : "geen uren aanwezig")
          << "</td><td>" << number(rate.limit_violations) << "</td><td>"
          << text(limit_rate ? decimal_comma(*limit_rate, 2) : "geen uren aanwezig")
          << "</td></tr>";
    }
    h << "</tbody></table>";
    return h;
}

} // namespace dagritme::web
