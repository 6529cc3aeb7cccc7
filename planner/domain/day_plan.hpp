// The day plan of a group on one date: the weekday's routine template plus that day's
// changes (a block added, moved, removed or relabelled). Changed blocks are marked so the
// day board can show the children that today is different.
#pragma once

#include "domain/group.hpp"
#include "domain/routine.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace dagritme {

// A block as planned for one date. Template blocks are "b1".."bN" (their position in the
// weekday's template); blocks added for the day are "x<change id>".
struct PlannedBlock {
    std::string id;
    RoutineBlock block;
    bool changed = false;
    bool operator==(const PlannedBlock&) const = default;
};

using DayPlan = std::vector<PlannedBlock>; // ordered by start time

enum class ChangeOp { add, move, remove, relabel };

std::string_view name_of(ChangeOp op);
std::optional<ChangeOp> change_op_from(std::string_view name);

// One change to one date's plan, applied in the order they were made.
// add: `block` is the new block. move: `block.start`/`block.end` are the new times.
// relabel: `block.label` (and `block.pictogram` when not empty) are the new ones. remove: only
// `target`.
struct DayChange {
    std::int64_t id = 0;
    ChangeOp op = ChangeOp::add;
    std::string target; // block id for move, remove and relabel
    RoutineBlock block;
};

std::string template_block_id(std::size_t position); // 0 -> "b1"
std::string added_block_id(std::int64_t change_id);  // 7 -> "x7"

// The plan of a date. A change whose target no longer exists is skipped (validation at the
// edge refuses it before it is stored; this keeps an old stored change from breaking a day).
DayPlan apply_changes(const DayTemplate& day, const std::vector<DayChange>& changes);

// The plan of `group` on `date`: its weekday's routine with the changes made for that date.
DayPlan day_plan(const Group& group, Date date, const std::vector<DayChange>& changes);

// A group's plan changes at most this often on one date: every change is kept, and every board
// of that date replays them all.
inline constexpr std::size_t max_changes_per_day = 200;

// Why `change` cannot be made to `plan`, or nothing: the target must exist, the result must
// still be a valid day (no block ending before it starts, no overlaps), and the date must have
// fewer than max_changes_per_day changes (`changes_made`). Worded where it is shown.
struct PlanProblem {
    enum class Kind { unknown_block, invalid_plan, too_many_changes };
    Kind kind = Kind::unknown_block;
    std::string target;                 // unknown_block: the id that is not in the plan
    std::optional<BlockProblem> blocks; // invalid_plan: how the changed day would break
    bool operator==(const PlanProblem&) const = default;
};
std::optional<PlanProblem> check_change(const DayPlan& plan, const DayChange& change,
                                        std::size_t changes_made = 0);

} // namespace dagritme
