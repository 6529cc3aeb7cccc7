#include "domain/routine.hpp"

namespace dagritme {

std::string_view name_of(RoutineKind kind) {
    return routine_kind_names.at(static_cast<std::size_t>(kind));
}

std::optional<RoutineKind> routine_kind_from(std::string_view name) {
    for (std::size_t i = 0; i < routine_kind_names.size(); ++i)
        if (routine_kind_names[i] == name) return static_cast<RoutineKind>(i);
    return std::nullopt;
}

std::string routine_kind_list() {
    std::string out;
    for (auto name : routine_kind_names) {
        if (!out.empty()) out += ", ";
        out += name;
    }
    return out;
}

std::optional<std::string> check_blocks(const std::vector<RoutineBlock>& blocks) {
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        const auto& b = blocks[i];
        if (b.end <= b.start)
            return "Blok " + std::to_string(i + 1) + " (" + b.label + ") eindigt om " +
                   b.end.str() + ", niet na het begin om " + b.start.str() + ".";
        if (i > 0 && b.start < blocks[i - 1].end)
            return "Blok " + std::to_string(i + 1) + " (" + b.label + ") begint om " +
                   b.start.str() + ", voordat het vorige blok (" + blocks[i - 1].label + ") om " +
                   blocks[i - 1].end.str() + " eindigt.";
    }
    return std::nullopt;
}

} // namespace dagritme
