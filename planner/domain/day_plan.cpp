// A day plan: the routine template of a weekday with the changes of one date applied.
#include "domain/day_plan.hpp"

#include <algorithm>
#include <array>

namespace dagritme {
namespace {

constexpr std::array<std::string_view, 4> op_names{"add", "move", "remove", "relabel"};

void sort_by_start(DayPlan& plan) {
    std::stable_sort(plan.begin(), plan.end(), [](const PlannedBlock& a, const PlannedBlock& b) {
        return a.block.start < b.block.start;
    });
}

DayPlan::iterator find_block(DayPlan& plan, const std::string& id) {
    return std::find_if(plan.begin(), plan.end(),
                        [&](const PlannedBlock& p) { return p.id == id; });
}

// Applies one change; false when its target does not exist.
bool apply_one(DayPlan& plan, const DayChange& change) {
    if (change.op == ChangeOp::add) {
        plan.push_back(PlannedBlock{added_block_id(change.id), change.block, true});
        sort_by_start(plan);
        return true;
    }
    auto it = find_block(plan, change.target);
    if (it == plan.end()) return false;
    switch (change.op) {
    case ChangeOp::remove:
        plan.erase(it);
        return true;
    case ChangeOp::move:
        it->block.start = change.block.start;
        it->block.end = change.block.end;
        break;
    case ChangeOp::relabel:
        it->block.label = change.block.label;
        if (!change.block.pictogram.empty()) it->block.pictogram = change.block.pictogram;
        break;
    case ChangeOp::add:
        break;
    }
    it->changed = true;
    sort_by_start(plan);
    return true;
}

} // namespace

std::string_view name_of(ChangeOp op) {
    return op_names.at(static_cast<std::size_t>(op));
}

std::optional<ChangeOp> change_op_from(std::string_view name) {
    for (std::size_t i = 0; i < op_names.size(); ++i)
        if (op_names[i] == name) return static_cast<ChangeOp>(i);
    return std::nullopt;
}

std::string template_block_id(std::size_t position) {
    return "b" + std::to_string(position + 1);
}
std::string added_block_id(std::int64_t change_id) {
    return "x" + std::to_string(change_id);
}

DayPlan apply_changes(const DayTemplate& day, const std::vector<DayChange>& changes) {
    DayPlan plan;
    plan.reserve(day.size() + changes.size());
    for (std::size_t i = 0; i < day.size(); ++i)
        plan.push_back(PlannedBlock{template_block_id(i), day[i], false});
    for (const auto& change : changes)
        apply_one(plan, change);
    return plan;
}

DayPlan day_plan(const Group& group, Date date, const std::vector<DayChange>& changes) {
    return apply_changes(group.routines.for_weekday(date.weekday()), changes);
}

std::optional<PlanProblem> check_change(const DayPlan& plan, const DayChange& change,
                                        std::size_t changes_made) {
    if (changes_made >= max_changes_per_day)
        return PlanProblem{PlanProblem::Kind::too_many_changes, "", std::nullopt};
    DayPlan next = plan;
    if (!apply_one(next, change))
        return PlanProblem{PlanProblem::Kind::unknown_block, change.target, std::nullopt};
    std::vector<RoutineBlock> blocks;
    blocks.reserve(next.size());
    for (const auto& p : next)
        blocks.push_back(p.block);
    if (auto problem = check_blocks(blocks))
        return PlanProblem{PlanProblem::Kind::invalid_plan, "", std::move(problem)};
    return std::nullopt;
}

} // namespace dagritme
