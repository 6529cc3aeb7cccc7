// Routine kinds by name, and the rule that makes a list of blocks a valid day.
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

std::optional<BlockProblem> check_blocks(const std::vector<RoutineBlock>& blocks) {
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        const auto& b = blocks[i];
        if (b.end <= b.start) return BlockProblem{BlockProblem::Kind::ends_before_start, i, b, {}};
        if (i > 0 && b.start < blocks[i - 1].end)
            return BlockProblem{BlockProblem::Kind::overlaps_previous, i, b, blocks[i - 1]};
    }
    return std::nullopt;
}

} // namespace dagritme
