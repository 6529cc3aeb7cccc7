// Activity groups and parent-child sessions: their names, and the rules of a day's activities.
#include "domain/activity.hpp"

#include <algorithm>

namespace dagritme {
namespace {

bool contains(const std::vector<std::int64_t>& ids, std::int64_t id) {
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

std::vector<std::int64_t> first_of_each(const std::vector<std::int64_t>& ids) {
    std::vector<std::int64_t> out;
    for (auto id : ids)
        if (!contains(out, id)) out.push_back(id);
    return out;
}

} // namespace

std::optional<ActivityProblem> check_activities(const std::vector<ActivityGroup>& activities,
                                                const GroupMembers& members) {
    using Kind = ActivityProblem::Kind;
    if (activities.size() > max_activities_per_day) return ActivityProblem{Kind::too_many, 0, 0};
    for (std::size_t i = 0; i < activities.size(); ++i) {
        const auto& a = activities[i];
        if (a.end <= a.start) return ActivityProblem{Kind::ends_before_start, i, 0};
        for (auto id : a.staff)
            if (!contains(members.staff, id)) return ActivityProblem{Kind::unknown_staff, i, id};
        for (auto id : a.children)
            if (!contains(members.children, id)) return ActivityProblem{Kind::unknown_child, i, id};
    }
    return std::nullopt;
}

ActivityGroup without_repeated_members(ActivityGroup activity) {
    activity.staff = first_of_each(activity.staff);
    activity.children = first_of_each(activity.children);
    return activity;
}

std::string_view name_of(SessionType type) {
    return type == SessionType::parent_child_gym ? "ouder_kind_gym" : "zingen_op_schoot";
}

std::string_view label_of(SessionType type) {
    return type == SessionType::parent_child_gym ? "Ouder-kind gym" : "Zingen op schoot";
}

std::string_view pictogram_name_of(SessionType type) {
    return type == SessionType::parent_child_gym ? "ouder-kind-gym" : "zingen-op-schoot";
}

std::optional<SessionType> session_type_from(std::string_view name) {
    if (name == "ouder_kind_gym") return SessionType::parent_child_gym;
    if (name == "zingen_op_schoot") return SessionType::lap_singing;
    return std::nullopt;
}

} // namespace dagritme
