// Choosing a text's size: a search over sizes, each one laid out by the measurer.
#include "layout/text_fit.hpp"

#include <algorithm>

namespace dagritme::layout {

namespace {

bool is_blank(std::string_view text) {
    return text.find_first_not_of(" \t\n") == std::string_view::npos;
}

} // namespace

FittedText fit_text(const TextMeasurer& measurer, std::string_view text, float box_w, float box_h,
                    const TextStyle& style) {
    const unsigned min_size = std::max(1u, std::min(style.min_size, style.max_size));
    const unsigned max_size = std::max(min_size, style.max_size);
    const int max_lines = std::max(1, style.max_lines);
    if (is_blank(text) || box_w <= 0) return {min_size, max_lines, {}};

    auto run = [&](unsigned size, int lines) {
        return measurer.measure({text, size, style.weight, box_w, lines});
    };
    auto fits = [&](const TextExtent& e) { return e.whole && e.height <= box_h; };

    // Larger text takes more room: find the largest size that fits by bisection.
    if (const auto e = run(max_size, max_lines); fits(e)) return {max_size, max_lines, e};
    if (fits(run(min_size, max_lines))) {
        unsigned lo = min_size, hi = max_size; // lo fits, hi does not
        while (hi - lo > 1) {
            const unsigned mid = lo + (hi - lo) / 2;
            (fits(run(mid, max_lines)) ? lo : hi) = mid;
        }
        return {lo, max_lines, run(lo, max_lines)};
    }

    // Even the smallest size does not fit: as many lines as the box holds, the last one cut.
    for (int lines = max_lines; lines > 1; --lines)
        if (const auto e = run(min_size, lines); e.height <= box_h) return {min_size, lines, e};
    return {min_size, 1, run(min_size, 1)};
}

} // namespace dagritme::layout
