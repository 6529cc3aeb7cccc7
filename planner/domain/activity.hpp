// What happens on a date besides the routine: activity groups (which group leaders go with
// which children, when) and parent-child sessions (parent-child gym, Zingen op schoot).
#pragma once

#include "domain/time.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dagritme {

struct ActivityGroup {
    std::int64_t id = 0;
    TimeOfDay start;
    TimeOfDay end;
    std::string label;     // "Naar de kinderboerderij"
    std::string pictogram; // sha256
    std::vector<std::int64_t> staff;
    std::vector<std::int64_t> children;
};

enum class SessionType { parent_child_gym, lap_singing };

std::string_view name_of(SessionType type);           // "ouder_kind_gym", "zingen_op_schoot"
std::string_view label_of(SessionType type);          // "Ouder-kind gym", "Zingen op schoot"
std::string_view pictogram_name_of(SessionType type); // "ouder-kind-gym", "zingen-op-schoot"
std::optional<SessionType> session_type_from(std::string_view name);

// A parent-child session on a date: the leader, and the parents who come with their child.
struct ParentChildSession {
    std::int64_t id = 0;
    SessionType type = SessionType::lap_singing;
    TimeOfDay start;
    TimeOfDay end;
    std::optional<std::int64_t> leader; // staff id
    std::string pictogram;              // sha256
    std::vector<std::int64_t> parents;  // the visiting parents; their families are "coming"
};

} // namespace dagritme
