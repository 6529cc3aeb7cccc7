// Text fitting for the layout. Measuring with the real font loads glyphs for every size it
// sees, so sizes are estimated by scaling one exact measurement and then checked exactly.
#include "layout/text_fit.hpp"

#include <algorithm>
#include <cmath>

namespace dagritme::layout {

namespace {

std::vector<std::string> split_words(std::string_view text) {
    std::vector<std::string> words;
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && text[i] == ' ')
            ++i;
        std::size_t j = i;
        while (j < text.size() && text[j] != ' ')
            ++j;
        if (j > i) words.emplace_back(text.substr(i, j - i));
        i = j;
    }
    return words;
}

// Greedy wrap with a width function; empty result when a single word is wider than the box
// or more than max_lines are needed.
template <class WidthFn>
std::vector<std::string> wrap(const std::vector<std::string>& words, float box_w, int max_lines,
                              WidthFn width) {
    std::vector<std::string> lines;
    std::string line;
    for (const auto& word : words) {
        std::string candidate = line.empty() ? word : line + " " + word;
        if (width(candidate) <= box_w) {
            line = std::move(candidate);
            continue;
        }
        if (line.empty()) return {};
        lines.push_back(std::move(line));
        line = word;
        if (width(line) > box_w) return {};
    }
    if (!line.empty()) lines.push_back(std::move(line));
    if (static_cast<int>(lines.size()) > max_lines) return {};
    return lines;
}

bool is_continuation_byte(char c) {
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

} // namespace

std::string ellipsize(const TextMeasurer& measurer, std::string_view text, float box_w,
                      unsigned size, Weight weight) {
    if (measurer.width(text, size, weight) <= box_w) return std::string(text);
    std::string cut(text);
    while (!cut.empty()) {
        do
            cut.pop_back();
        while (!cut.empty() && is_continuation_byte(cut.back()));
        while (!cut.empty() && cut.back() == ' ')
            cut.pop_back();
        std::string candidate = cut + "\u2026";
        if (measurer.width(candidate, size, weight) <= box_w) return candidate;
    }
    return {};
}

FittedText fit_text(const TextMeasurer& measurer, std::string_view text, float box_w, float box_h,
                    const TextStyle& style) {
    const auto words = split_words(text);
    const unsigned min_size = std::max(1u, std::min(style.min_size, style.max_size));
    if (words.empty() || box_w <= 0) return {min_size, {}};

    // The height limits the size for each line count.
    auto size_for_height = [&](int lines) {
        float s = box_h / (1.42f * static_cast<float>(lines));
        while (s >= 1 && line_height(static_cast<unsigned>(s)) * static_cast<float>(lines) > box_h)
            s -= 1;
        return static_cast<unsigned>(std::max(0.f, s));
    };

    // Exact word widths at the largest size; other sizes are estimated by scaling.
    const unsigned ref = style.max_size;
    auto estimate = [&](unsigned size) {
        const float scale = static_cast<float>(size) / static_cast<float>(ref);
        return [&measurer, &style, ref, scale](const std::string& s) {
            return measurer.width(s, ref, style.weight) * scale;
        };
    };
    auto exact = [&](unsigned size) {
        return [&measurer, &style, size](const std::string& s) {
            return measurer.width(s, size, style.weight);
        };
    };

    unsigned best_size = 0;
    std::vector<std::string> best_lines;
    for (int lines = 1; lines <= std::max(1, style.max_lines); ++lines) {
        unsigned size = std::min(style.max_size, size_for_height(lines));
        if (size <= best_size || size < min_size) continue;
        // Largest estimated size that wraps into `lines` lines.
        while (size >= min_size && size > best_size &&
               wrap(words, box_w, lines, estimate(size)).empty())
            size = static_cast<unsigned>(std::floor(static_cast<float>(size) * 0.97f));
        // Then exact checks, one pixel size at a time (hinting makes small sizes a bit wider).
        while (size >= min_size && size > best_size) {
            auto wrapped = wrap(words, box_w, lines, exact(size));
            if (!wrapped.empty()) {
                best_size = size;
                best_lines = std::move(wrapped);
                break;
            }
            --size;
        }
    }
    if (best_size > 0) return {best_size, best_lines};

    // Even the smallest size does not fit: as many lines as the box holds, the last one cut.
    const int fit_lines =
        std::max(1, std::min(style.max_lines, static_cast<int>(box_h / line_height(min_size))));
    std::vector<std::string> lines;
    std::string rest(text);
    for (int i = 0; i < fit_lines - 1; ++i) {
        auto words_left = split_words(rest);
        std::string line;
        std::size_t used = 0;
        for (const auto& w : words_left) {
            std::string candidate = line.empty() ? w : line + " " + w;
            if (measurer.width(candidate, min_size, style.weight) > box_w) break;
            line = std::move(candidate);
            ++used;
        }
        if (used == 0) break;
        lines.push_back(line);
        std::string remaining;
        for (std::size_t k = used; k < words_left.size(); ++k)
            remaining += (remaining.empty() ? "" : " ") + words_left[k];
        rest = remaining;
    }
    if (!rest.empty()) lines.push_back(ellipsize(measurer, rest, box_w, min_size, style.weight));
    return {min_size, lines};
}

} // namespace dagritme::layout
