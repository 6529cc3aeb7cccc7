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

TEST_CASE("check_change refuses what would break the day") {
    const auto plan = apply_changes(morning, {});
    using Kind = PlanProblem::Kind;
    CHECK(check_change(plan, change(1, ChangeOp::remove, "b9")) ==
          PlanProblem{Kind::unknown_block, "Op deze dag is er geen blok 'b9'."});
    CHECK(check_change(
              plan, change(1, ChangeOp::move, "b3", block(8, 45, 9, 15, RoutineKind::eat, ""))) ==
          PlanProblem{Kind::invalid_plan, "Blok 2 (Fruit eten) begint om 08:45, voordat het vorige "
                                          "blok (Kring) om 09:00 eindigt."});
    CHECK(check_change(
              plan, change(1, ChangeOp::move, "b3", block(11, 0, 10, 45, RoutineKind::eat, ""))) ==
          PlanProblem{Kind::invalid_plan,
                      "Blok 3 (Fruit eten) eindigt om 10:45, niet na het begin om 11:00."});
    CHECK_FALSE(check_change(
        plan, change(1, ChangeOp::add, "", block(10, 30, 11, 0, RoutineKind::story, "Voorlezen"))));
    CHECK(change_op_from("relabel") == ChangeOp::relabel);
    CHECK_FALSE(change_op_from("delete"));
}
