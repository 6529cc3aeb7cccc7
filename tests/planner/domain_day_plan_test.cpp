#include "domain/day_plan.hpp"

#include <doctest/doctest.h>

using namespace dagritme;

namespace {

RoutineBlock block(int sh, int sm, int eh, int em, RoutineKind kind, const char* label) {
    return RoutineBlock{TimeOfDay::at(sh, sm), TimeOfDay::at(eh, em), kind,
                        "hash-" + std::string(label), label};
}

const DayTemplate morning{
    block(8, 30, 9, 0, RoutineKind::circle, "Kring"),
    block(9, 0, 10, 0, RoutineKind::free_play, "Vrij spelen"),
    block(10, 0, 10, 30, RoutineKind::eat, "Fruit eten"),
};

DayChange change(std::int64_t id, ChangeOp op, const char* target, RoutineBlock b = {}) {
    return DayChange{id, op, target, std::move(b)};
}

} // namespace

TEST_CASE("a day without changes is the template, nothing marked changed") {
    const auto plan = apply_changes(morning, {});
    REQUIRE(plan.size() == 3);
    CHECK(plan[0].id == "b1");
    CHECK(plan[2].id == "b3");
    for (const auto& p : plan)
        CHECK_FALSE(p.changed);
    CHECK(plan[1].block == morning[1]);
}

TEST_CASE("day plan = template + changes, in order, each marked changed") {
    SUBCASE("add: a new block in time order with its own id") {
        const auto plan = apply_changes(
            morning, {change(7, ChangeOp::add, "",
                             block(7, 45, 8, 30, RoutineKind::arrival, "Binnenkomen"))});
        REQUIRE(plan.size() == 4);
        CHECK(plan[0].id == "x7");
        CHECK(plan[0].changed);
        CHECK(plan[0].block.label == "Binnenkomen");
    }
    SUBCASE("move: new times, re-sorted") {
        const auto plan = apply_changes(
            morning,
            {change(1, ChangeOp::move, "b1", block(10, 30, 11, 0, RoutineKind::circle, ""))});
        REQUIRE(plan.size() == 3);
        CHECK(plan[2].id == "b1");
        CHECK(plan[2].block.start.str() == "10:30");
        CHECK(plan[2].block.label == "Kring"); // a move keeps the label
        CHECK(plan[2].changed);
        CHECK_FALSE(plan[0].changed);
    }
    SUBCASE("remove") {
        const auto plan = apply_changes(morning, {change(1, ChangeOp::remove, "b2")});
        REQUIRE(plan.size() == 2);
        CHECK(plan[0].id == "b1");
        CHECK(plan[1].id == "b3");
    }
    SUBCASE("relabel: label and pictogram, times kept") {
        const auto plan =
            apply_changes(morning, {change(1, ChangeOp::relabel, "b2",
                                           block(0, 0, 0, 0, RoutineKind::free_play, "Bouwhoek"))});
        CHECK(plan[1].block.label == "Bouwhoek");
        CHECK(plan[1].block.pictogram == "hash-Bouwhoek");
        CHECK(plan[1].block.start.str() == "09:00");
        CHECK(plan[1].changed);
    }
    SUBCASE("a change to a removed block is skipped") {
        const auto plan = apply_changes(
            morning,
            {change(1, ChangeOp::remove, "b2"),
             change(2, ChangeOp::relabel, "b2", block(0, 0, 0, 0, RoutineKind::eat, "Weg"))});
        CHECK(plan.size() == 2);
    }
}

TEST_CASE("check_change refuses what would break the day, with what breaks it") {
    const auto plan = apply_changes(morning, {});
    using Kind = PlanProblem::Kind;
    using Broken = BlockProblem::Kind;
    SUBCASE("a target that is not in the day") {
        CHECK(check_change(plan, change(1, ChangeOp::remove, "b9")) ==
              PlanProblem{Kind::unknown_block, "b9", std::nullopt});
    }
    SUBCASE("a date that has had its share of changes") {
        const auto fine = change(1, ChangeOp::remove, "b1");
        CHECK_FALSE(check_change(plan, fine, max_changes_per_day - 1));
        CHECK(check_change(plan, fine, max_changes_per_day) ==
              PlanProblem{Kind::too_many_changes, "", std::nullopt});
    }
    SUBCASE("a block moved into the one before it") {
        const auto moved = block(8, 45, 9, 15, RoutineKind::eat, "Fruit eten");
        const auto problem = check_change(plan, change(1, ChangeOp::move, "b3", moved));
        REQUIRE(problem);
        CHECK(problem->kind == Kind::invalid_plan);
        REQUIRE(problem->blocks);
        CHECK(problem->blocks->kind == Broken::overlaps_previous);
        CHECK(problem->blocks->position == 1);
        CHECK(problem->blocks->block.label == "Fruit eten");
        CHECK(problem->blocks->block.start.str() == "08:45");
        CHECK(problem->blocks->previous.label == "Kring");
        CHECK(problem->blocks->previous.end.str() == "09:00");
    }
    SUBCASE("a block moved to end before it starts") {
        const auto problem = check_change(
            plan, change(1, ChangeOp::move, "b3", block(11, 0, 10, 45, RoutineKind::eat, "")));
        REQUIRE(problem);
        REQUIRE(problem->blocks);
        CHECK(problem->blocks->kind == Broken::ends_before_start);
        CHECK(problem->blocks->position == 2);
        CHECK(problem->blocks->block.end.str() == "10:45");
    }
    SUBCASE("a block that ends as it starts") {
        const auto problem = check_change(
            plan, change(1, ChangeOp::add, "", block(11, 0, 11, 0, RoutineKind::story, "Boek")));
        REQUIRE(problem);
        REQUIRE(problem->blocks);
        CHECK(problem->blocks->kind == Broken::ends_before_start);
    }
    SUBCASE("a block right after the last one fits") {
        CHECK_FALSE(
            check_change(plan, change(1, ChangeOp::add, "",
                                      block(10, 30, 11, 0, RoutineKind::story, "Voorlezen"))));
    }
    CHECK(change_op_from("relabel") == ChangeOp::relabel);
    CHECK_FALSE(change_op_from("delete"));
}

TEST_CASE("check_blocks names the first block that breaks the day") {
    CHECK_FALSE(check_blocks({}));
    CHECK_FALSE(check_blocks(morning));
    auto overlapping = morning;
    overlapping[2].start = TimeOfDay::at(9, 59);
    const auto problem = check_blocks(overlapping);
    REQUIRE(problem);
    CHECK(*problem ==
          BlockProblem{BlockProblem::Kind::overlaps_previous, 2, overlapping[2], overlapping[1]});
}

TEST_CASE("the day plan of a date is its weekday's routine with that date's changes") {
    Group group;
    group.routines.days[2] = morning; // Tuesday
    const Date tuesday = *Date::parse("2026-12-01");
    const Date wednesday = *Date::parse("2026-12-02");
    CHECK(day_plan(group, tuesday, {}) == apply_changes(morning, {}));
    CHECK(day_plan(group, wednesday, {}).empty());
    const auto changed = day_plan(group, tuesday, {change(1, ChangeOp::remove, "b1")});
    REQUIRE(changed.size() == 2);
    CHECK(changed[0].id == "b2");
}
