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

// The people of a group who can go with an activity.
struct GroupMembers {
    std::vector<std::int64_t> staff;
    std::vector<std::int64_t> children;
};

inline constexpr std::size_t max_activities_per_day = 50;

// Why a date's list of activity groups cannot be set, or nothing: at most
// max_activities_per_day, each ends after it starts, and everyone in it belongs to the group.
// Worded where it is shown.
struct ActivityProblem {
    enum class Kind { too_many, ends_before_start, unknown_staff, unknown_child };
    Kind kind = Kind::too_many;
    std::size_t position = 0; // the activity in the list, from 0 (not for too_many)
    std::int64_t person = 0;  // unknown_staff, unknown_child: the id that is not in the group
    bool operator==(const ActivityProblem&) const = default;
};
std::optional<ActivityProblem> check_activities(const std::vector<ActivityGroup>& activities,
                                                const GroupMembers& members);

// The activity with each member once, in the order first listed: naming someone twice is
// naming them once.
ActivityGroup without_repeated_members(ActivityGroup activity);

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
