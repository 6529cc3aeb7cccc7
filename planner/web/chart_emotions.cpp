// Emotions per ISO week: one bar per week, stacked by emotion, the week's total above it.
#include "web/care_words.hpp"
#include "web/chart_parts.hpp"
#include "web/charts.hpp"

#include <algorithm>

namespace dagritme::web {
namespace {

constexpr int width = 960;
constexpr int left = 50;
constexpr int plot_width = 890;
constexpr int top = 30;
constexpr int plot_height = 240;
constexpr int legend_top = top + plot_height + 40;
constexpr int height = legend_top + 64;

Html bar_svg(const WeekEmotions& week, int x, int bar_width, int most) {
    using namespace chart;
    const int base = top + plot_height;
    Html h;
    h << "<g class=\"bar\"><title>"
      << text(week_word(week.week) + ": " + anchorpoints_word(week.total())) << "</title>";
    int below = 0; // anchorpoints already stacked
    for (const Emotion emotion : all_emotions) {
        const int count = week.count(emotion);
        if (count == 0) continue;
        const int bottom = base - scaled(below, most, plot_height);
        const int upper = base - scaled(below + count, most, plot_height);
        below += count;
        const CellColours colours = emotion_colours(emotion);
        h << "<g><title>"
          << text(week_word(week.week) + ": " + std::to_string(count) + " " +
                  std::string(emotion_word(emotion)))
          << "</title><rect x=\"" << number(x) << "\" y=\"" << number(upper) << "\" width=\""
          << number(bar_width) << "\" height=\"" << number(bottom - upper) << "\" fill=\""
          << attr(colours.fill) << "\" stroke=\"#ffffff\" stroke-width=\"1\"/>";
        if (bottom - upper >= 16 && bar_width >= 18)
            h << svg_text(x + bar_width / 2, bottom - (bottom - upper) / 2 + 5,
                          std::to_string(count), colours.text, 12, "middle");
        h << "</g>";
    }
    if (bar_width >= 12)
        h << svg_text(x + bar_width / 2, base - scaled(below, most, plot_height) - 6,
                      std::to_string(below), ink, 13, "middle", true);
    h << "</g>";
    return h;
}

} // namespace

Html emotions_svg(const std::vector<WeekEmotions>& weeks, std::string_view title) {
    using namespace chart;
    int most = 0;
    int total = 0;
    for (const auto& week : weeks) {
        most = std::max(most, week.total());
        total += week.total();
    }
    const int count = std::max<int>(1, static_cast<int>(weeks.size()));
    const int step = plot_width / count;
    const int bar_width = std::max(2, step * 7 / 10);
    const int label_every = std::max(1, (40 + step - 1) / std::max(step, 1));
    const int base = top + plot_height;

    Html h;
    h << svg_open(width, height, "chart-emotions",
                  std::string(title) + ": " + anchorpoints_word(total) + " in " +
                      std::to_string(weeks.size()) + (weeks.size() == 1 ? " week" : " weken") +
                      ", per emotie");
    h << "<line x1=\"" << number(left) << "\" y1=\"" << number(base) << "\" x2=\""
      << number(left + plot_width) << "\" y2=\"" << number(base)
      << "\" stroke=\"#1a1a1a\" stroke-width=\"1\"/>"
      << svg_text(left - 8, base + 5, "0", muted, 12, "end");
    if (most > 0)
        h << "<line x1=\"" << number(left) << "\" y1=\"" << number(top) << "\" x2=\""
          << number(left + plot_width) << "\" y2=\"" << number(top)
          << "\" stroke=\"#d0d0d0\" stroke-width=\"1\" stroke-dasharray=\"4 4\"/>"
          << svg_text(left - 8, top + 5, std::to_string(most), muted, 12, "end");
    else
        h << svg_text(left + 10, top + plot_height / 2, "Geen ankerpunten in deze periode.", muted,
                      16);
    for (std::size_t i = 0; i < weeks.size(); ++i) {
        const int x = left + static_cast<int>(i) * step + (step - bar_width) / 2;
        if (most > 0) h << bar_svg(weeks[i], x, bar_width, most);
        if (static_cast<int>(i) % label_every == 0)
            h << svg_text(x + bar_width / 2, base + 18, "wk " + std::to_string(weeks[i].week.week),
                          muted, 12, "middle");
    }
    for (std::size_t i = 0; i < all_emotions.size(); ++i) {
        const Emotion emotion = all_emotions.at(i);
        h << swatch(left + static_cast<int>(i % 4) * 220, legend_top + static_cast<int>(i / 4) * 28,
                    emotion_colours(emotion).fill, "#1a1a1a", emotion_word(emotion));
    }
    h << "</svg>";
    return h;
}

Html emotions_table(const std::vector<WeekEmotions>& weeks, std::string_view caption) {
    Html h;
    h << "<table class=\"data\"><caption>" << text(caption) << "</caption><thead><tr>"
      << "<th scope=\"col\">Week</th>";
    for (const Emotion emotion : all_emotions)
        h << "<th scope=\"col\">" << text(emotion_word(emotion)) << "</th>";
    h << "<th scope=\"col\">totaal</th></tr></thead><tbody>";
    for (const auto& week : weeks) {
        h << "<tr><th scope=\"row\">" << text(week_word(week.week)) << "</th>";
        for (const Emotion emotion : all_emotions)
            h << "<td>" << number(week.count(emotion)) << "</td>";
        h << "<td>" << number(week.total()) << "</td></tr>";
    }
    h << "</tbody></table>";
    return h;
}

} // namespace dagritme::web
