// The goal catalogue's lookups, the rules for a family's goals and the monthly counts.
#include "domain/goals.hpp"

#include <algorithm>

namespace dagritme {

std::optional<GoalSubject> goal_subject_of(std::string_view code) {
    if (code.starts_with("ouder.")) return GoalSubject::parent;
    if (code.starts_with("kind.")) return GoalSubject::child;
    return std::nullopt;
}

const Goal* GoalCatalogue::find(std::string_view code) const {
    for (const auto& section : sections)
        for (const auto& goal : section.goals)
            if (goal.code == code) return &goal;
    return nullptr;
}

const GoalSection* GoalCatalogue::section_of(std::string_view code) const {
    for (const auto& section : sections)
        for (const auto& goal : section.goals)
            if (goal.code == code) return &section;
    return nullptr;
}

std::optional<GoalProblem> check_goal_choice(const GoalCatalogue& catalogue, std::string_view code,
                                             std::optional<std::int64_t> child,
                                             const std::vector<std::int64_t>& children,
                                             const std::vector<FamilyGoal>& current, Date chosen,
                                             Date today) {
    using Kind = GoalProblem::Kind;
    const auto* section = catalogue.section_of(code);
    if (!section) return GoalProblem{Kind::unknown_goal};
    if (section->subject == GoalSubject::parent && child)
        return GoalProblem{Kind::parent_goal_for_child};
    if (section->subject == GoalSubject::child) {
        if (!child) return GoalProblem{Kind::child_goal_without_child};
        if (std::find(children.begin(), children.end(), *child) == children.end())
            return GoalProblem{Kind::child_not_in_family};
    }
    if (chosen > today) return GoalProblem{Kind::in_future};
    for (const auto& goal : current)
        if (goal.active() && goal.code == code && goal.child_id == child)
            return GoalProblem{Kind::already_chosen};
    return std::nullopt;
}

std::optional<GoalProblem> check_goal_end(const FamilyGoal& goal, Date ended, Date today) {
    using Kind = GoalProblem::Kind;
    if (!goal.active()) return GoalProblem{Kind::already_ended};
    if (ended > today) return GoalProblem{Kind::in_future};
    if (ended < goal.chosen) return GoalProblem{Kind::ended_before_chosen};
    return std::nullopt;
}

std::optional<GoalProblem> check_goal_link(const FamilyGoal& goal, std::int64_t entry_child) {
    if (goal.child_id != entry_child) return GoalProblem{GoalProblem::Kind::not_for_this_child};
    return std::nullopt;
}

std::map<std::int64_t, std::vector<MonthCount>>
goal_counts_by_month(const std::vector<GoalLink>& links) {
    // Months as year * 12 + (month - 1), so a range is easy to walk.
    std::map<std::int64_t, std::map<int, MonthCount>> per_goal;
    for (const auto& link : links) {
        const auto date = to_local(link.at).date;
        const int index = date.year * 12 + static_cast<int>(date.month) - 1;
        auto& count = per_goal[link.goal_id][index];
        count.year = date.year;
        count.month = date.month;
        (link.limit_violation ? count.limit_violations : count.anchorpoints) += 1;
    }
    std::map<std::int64_t, std::vector<MonthCount>> out;
    for (const auto& [goal, months] : per_goal) {
        auto& row = out[goal];
        for (int index = months.begin()->first; index <= months.rbegin()->first; ++index) {
            const auto it = months.find(index);
            if (it != months.end())
                row.push_back(it->second);
            else
                row.push_back(MonthCount{index / 12, static_cast<unsigned>(index % 12 + 1), 0, 0});
        }
    }
    return out;
}

} // namespace dagritme
