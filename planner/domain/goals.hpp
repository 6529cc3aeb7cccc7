// The development goals of the method (DOMAIN.md "Development goals", handbook chapter 3): the
// catalogue as configured (config/goals.toml), the goals a family chose from it, the rules for
// choosing, ending and linking one, and the count of care log entries linked to each goal per
// month. Pure: the catalogue is read by planner/config, the choices are stored by planner/store.
#pragma once

#include "domain/time.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dagritme {

// A goal is for the parent ("ouder.I.1") or for one child ("kind.II.5").
enum class GoalSubject { parent, child };

// The subject of a code by its first part ("ouder" or "kind"), or nothing.
std::optional<GoalSubject> goal_subject_of(std::string_view code);

struct Goal {
    std::string code;  // "kind.II.5"
    std::string label; // a short line in plain Dutch
};

struct GoalSection {
    std::string code; // "ouder.III.A", "kind.II"
    GoalSubject subject = GoalSubject::parent;
    std::string name; // "Conflicthantering", "Differentiatie"
    std::vector<Goal> goals;
};

struct GoalCatalogue {
    std::vector<GoalSection> sections; // in the handbook's order

    const Goal* find(std::string_view code) const;
    const GoalSection* section_of(std::string_view code) const;
};

// A goal a family works on: for the parent (no child) or for one of its children.
struct FamilyGoal {
    std::int64_t id = 0;
    std::int64_t family_id = 0;
    std::string code;
    std::optional<std::int64_t> child_id; // nothing: a goal of the parent(s)
    Date chosen;
    std::optional<Date> ended;

    bool active() const { return !ended.has_value(); }
};

struct GoalProblem {
    enum class Kind {
        unknown_goal,             // not in the catalogue
        parent_goal_for_child,    // an "ouder." goal chosen for a child
        child_goal_without_child, // a "kind." goal needs the child it is for
        child_not_in_family,      // the child is not one of the family's children
        already_chosen,           // the same goal for the same subject is active already
        in_future,                // a date after today
        ended_before_chosen,      // ending before the goal was chosen
        already_ended,
        not_for_this_child, // linking an entry to a goal of another child or of the parent
    };
    Kind kind = Kind::unknown_goal;
};

// Choosing `code` for the parent (`child` empty) or for `child` of the family (`children`),
// on `chosen`, given the family's goals so far.
std::optional<GoalProblem> check_goal_choice(const GoalCatalogue& catalogue, std::string_view code,
                                             std::optional<std::int64_t> child,
                                             const std::vector<std::int64_t>& children,
                                             const std::vector<FamilyGoal>& current, Date chosen,
                                             Date today);
std::optional<GoalProblem> check_goal_end(const FamilyGoal& goal, Date ended, Date today);
// Linking a care log entry of `entry_child` to `goal`: only a goal chosen for that child.
std::optional<GoalProblem> check_goal_link(const FamilyGoal& goal, std::int64_t entry_child);

// A care log entry linked to a goal, as the store reads it.
struct GoalLink {
    std::int64_t goal_id = 0;
    bool limit_violation = false; // otherwise an anchorpoint
    Instant at;
};

struct MonthCount {
    int year = 1970;
    unsigned month = 1;
    int anchorpoints = 0;
    int limit_violations = 0;
};

// Per goal, the linked entries per local month, from the goal's first month with an entry to
// its last (months between without entries count zero), oldest first.
std::map<std::int64_t, std::vector<MonthCount>>
goal_counts_by_month(const std::vector<GoalLink>& links);

} // namespace dagritme
