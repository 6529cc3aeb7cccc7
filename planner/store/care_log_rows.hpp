// Inside the store only: how the care log's lists and blocks are written into and read from
// their columns. Lists are space-separated English words or ids ("named bounded", "3 7").
#pragma once

#include "domain/care_log.hpp"
#include "store/database.hpp"

#include <charconv>
#include <string>
#include <string_view>
#include <vector>

namespace dagritme::store::rows {

template <class T> std::string words(const std::vector<T>& values) {
    std::string out;
    for (const auto& v : values) {
        if (!out.empty()) out += ' ';
        if constexpr (std::is_same_v<T, std::int64_t>)
            out += std::to_string(v);
        else
            out += name_of(v);
    }
    return out;
}

inline std::vector<std::string_view> split(std::string_view text) {
    std::vector<std::string_view> out;
    while (!text.empty()) {
        const auto space = text.find(' ');
        out.push_back(text.substr(0, space));
        if (space == std::string_view::npos) break;
        text.remove_prefix(space + 1);
    }
    return out;
}

// Each word read back by `from`; an unknown one fails loudly, naming the row.
template <class T, class From>
std::vector<T> from_words(const std::string& text, From from, std::string_view table,
                          std::int64_t row, std::string_view column) {
    std::vector<T> out;
    for (const auto word : split(text))
        out.push_back(known_value(from(word), table, row, column, word));
    return out;
}

inline std::optional<std::int64_t> id_from(std::string_view word) {
    std::int64_t id = 0;
    const auto [end, ec] = std::from_chars(word.data(), word.data() + word.size(), id);
    if (ec != std::errc{} || end != word.data() + word.size()) return std::nullopt;
    return id;
}

inline std::optional<std::int64_t> block_start(const std::optional<BlockRef>& block) {
    if (!block) return std::nullopt;
    return block->start.minutes;
}
inline std::optional<std::string> block_label(const std::optional<BlockRef>& block) {
    if (!block) return std::nullopt;
    return block->label;
}
inline std::optional<BlockRef> block(const Statement& st, int start_column) {
    if (st.is_null(start_column)) return std::nullopt;
    return BlockRef{TimeOfDay{st.integer(start_column)}, st.text(start_column + 1)};
}

} // namespace dagritme::store::rows
