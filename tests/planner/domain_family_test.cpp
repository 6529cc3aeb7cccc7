// The family record's rules: phase changes, the record's fields and contacts, choosing,
// ending and linking goals, and the monthly counts of entries per goal.
#include "domain/family_record.hpp"
#include "domain/goals.hpp"

#include <doctest/doctest.h>

using namespace dagritme;

namespace {

Date day(const char* text) {
    return *Date::parse(text);
}

std::vector<PhaseEntry> history(std::initializer_list<std::pair<int, const char*>> steps) {
    std::vector<PhaseEntry> out;
    for (const auto& [phase, began] : steps)
        out.push_back(
            PhaseEntry{static_cast<Phase>(phase), day(began), std::nullopt, "", std::nullopt, ""});
    return out;
}

using Kind = PhaseProblem::Kind;

std::optional<Kind> kind_of(const std::vector<PhaseEntry>& h, int to, const char* began,
                            const char* today = "2026-12-01") {
    const auto problem = check_phase_change(h, static_cast<Phase>(to), day(began), day(today));
    if (!problem) return std::nullopt;
    return problem->kind;
}

GoalCatalogue catalogue() {
    GoalCatalogue c;
    c.sections.push_back({"ouder.I", GoalSubject::parent, "Metapositie", {{"ouder.I.1", "a"}}});
    c.sections.push_back({"kind.II",
                          GoalSubject::child,
                          "Differentiatie",
                          {{"kind.II.5", "b"}, {"kind.II.3", "c"}}});
    return c;
}

} // namespace

TEST_CASE("phases go 1, 2, 3, 4, then back to 3 or on to 5; 5 is the last") {
    const auto h = history({{1, "2026-09-01"}});
    CHECK_FALSE(kind_of(h, 2, "2026-10-01"));
    CHECK_FALSE(kind_of(history({{1, "2026-09-01"}, {2, "2026-09-10"}}), 3, "2026-10-01"));
    const auto in4 =
        history({{1, "2026-06-01"}, {2, "2026-07-01"}, {3, "2026-08-01"}, {4, "2026-11-01"}});
    CHECK_FALSE(kind_of(in4, 3, "2026-11-20"));
    CHECK_FALSE(kind_of(in4, 5, "2026-11-20"));
    CHECK(next_phases(Phase::parenting_interview_again) ==
          std::vector<Phase>{Phase::meta_position_and_floor, Phase::winding_down});
    CHECK(next_phases(Phase::winding_down).empty());

    SUBCASE("skipping a phase is refused, naming where the family is") {
        const auto problem = check_phase_change(h, Phase::meta_position_and_floor,
                                                day("2026-10-01"), day("2026-12-01"));
        REQUIRE(problem);
        CHECK(problem->kind == Kind::skips_phases);
        CHECK(problem->from == Phase::introduction);
        CHECK(problem->to == Phase::meta_position_and_floor);
        CHECK(kind_of(h, 5, "2026-10-01") == Kind::skips_phases);
    }
    SUBCASE("going back is refused except 4 -> 3") {
        CHECK(kind_of(history({{1, "2026-09-01"}, {2, "2026-09-10"}}), 1, "2026-10-01") ==
              Kind::not_allowed);
        CHECK(kind_of(in4, 2, "2026-11-20") == Kind::not_allowed);
    }
    SUBCASE("the same phase again, and anything after 5") {
        CHECK(kind_of(h, 1, "2026-10-01") == Kind::same_phase);
        const auto done = history({{1, "2026-01-01"},
                                   {2, "2026-02-01"},
                                   {3, "2026-03-01"},
                                   {4, "2026-04-01"},
                                   {5, "2026-05-01"}});
        CHECK(kind_of(done, 3, "2026-06-01") == Kind::after_final);
        CHECK(kind_of(done, 5, "2026-06-01") == Kind::same_phase);
    }
    SUBCASE("a new record starts in phase 1") {
        CHECK_FALSE(kind_of({}, 1, "2026-11-01"));
        CHECK(kind_of({}, 2, "2026-11-01") == Kind::first_not_introduction);
        CHECK(kind_of({}, 1, "2026-12-02") == Kind::in_future);
    }
}

TEST_CASE("a phase change has a date from the current phase's start up to today") {
    const auto h = history({{1, "2026-09-01"}});
    CHECK_FALSE(kind_of(h, 2, "2026-09-01")); // the same day is allowed
    CHECK_FALSE(kind_of(h, 2, "2026-12-01")); // today
    const auto before =
        check_phase_change(h, Phase::parenting_interview, day("2026-08-31"), day("2026-12-01"));
    REQUIRE(before);
    CHECK(before->kind == Kind::before_previous);
    CHECK(before->previous == day("2026-09-01"));
    CHECK(kind_of(h, 2, "2026-12-02") == Kind::in_future);
    // 3 -> 4 -> 3 on one day would repeat the first step exactly.
    CHECK(kind_of(history({{3, "2026-11-01"}, {4, "2026-11-01"}}), 3, "2026-11-01") ==
          Kind::same_day_again);
}

TEST_CASE("the record's fields and a parent's contact details") {
    using RK = RecordProblem::Kind;
    CHECK(check_record_fields({}).empty());
    RecordFields f;
    f.interview_phase2 = day("2026-10-01");
    f.interview_phase4 = day("2026-09-01");
    f.notes = std::string(max_record_notes_length + 1, 'a');
    const auto problems = check_record_fields(f);
    REQUIRE(problems.size() == 2);
    CHECK(problems[0].kind == RK::too_long);
    CHECK(problems[0].field == RecordField::notes);
    CHECK(problems[1].kind == RK::interview_before_phase2);
    CHECK(problems[1].field == RecordField::interview_phase4);

    const auto one = [](ParentContact c) {
        const auto p = check_parent_contact(c);
        return p.size() == 1 ? std::optional<RecordProblem>(p[0]) : std::nullopt;
    };
    CHECK(check_parent_contact({"06 1234 5678", "petra@voorbeeld.nl", "Dorpsstraat 1", true, ""})
              .empty());
    CHECK(check_parent_contact({"+31 (0)30-123 4567", "", "", std::nullopt, ""}).empty());
    for (const char* bad : {"06-1234x5678", "12345", "bel maar"}) {
        CAPTURE(bad);
        const auto p = one({bad, "", "", std::nullopt, ""});
        REQUIRE(p);
        CHECK(p->kind == RK::bad_phone);
        CHECK(p->field == RecordField::phone);
    }
    for (const char* bad : {"petra", "petra@", "@voorbeeld.nl", "petra@voorbeeld", "a b@c.nl",
                            "petra@@voorbeeld.nl", "petra@voorbeeld.n", "petra@voorbeeld..nl"}) {
        CAPTURE(bad);
        const auto p = one({"", bad, "", std::nullopt, ""});
        REQUIRE(p);
        CHECK(p->kind == RK::bad_email);
    }
    const auto long_address = one({"", "", std::string(max_contact_length + 1, 'a'), {}, ""});
    REQUIRE(long_address);
    CHECK(long_address->field == RecordField::address);
}

TEST_CASE("a goal comes from the catalogue and belongs to its subject") {
    using GK = GoalProblem::Kind;
    const auto c = catalogue();
    const std::vector<std::int64_t> children{7, 8};
    const auto today = day("2026-12-01");
    const auto kind = [&](const char* code, std::optional<std::int64_t> child,
                          const std::vector<FamilyGoal>& current = {},
                          const char* chosen = "2026-11-30") -> std::optional<GK> {
        const auto p = check_goal_choice(c, code, child, children, current, day(chosen), today);
        if (!p) return std::nullopt;
        return p->kind;
    };
    CHECK_FALSE(kind("ouder.I.1", std::nullopt));
    CHECK_FALSE(kind("kind.II.5", 7));
    CHECK(kind("ouder.I.9", std::nullopt) == GK::unknown_goal);
    CHECK(kind("ouder.I", std::nullopt) == GK::unknown_goal); // a section is no goal
    CHECK(kind("ouder.I.1", 7) == GK::parent_goal_for_child);
    CHECK(kind("kind.II.5", std::nullopt) == GK::child_goal_without_child);
    CHECK(kind("kind.II.5", 99) == GK::child_not_in_family);
    CHECK(kind("kind.II.5", 7, {}, "2026-12-02") == GK::in_future);
    const std::vector<FamilyGoal> chosen{{1, 1, "kind.II.5", 7, day("2026-11-01"), std::nullopt}};
    CHECK(kind("kind.II.5", 7, chosen) == GK::already_chosen);
    CHECK_FALSE(kind("kind.II.5", 8, chosen)); // the same goal for the other child
    const std::vector<FamilyGoal> ended{
        {1, 1, "kind.II.5", 7, day("2026-11-01"), day("2026-11-20")}};
    CHECK_FALSE(kind("kind.II.5", 7, ended)); // chosen again after it ended

    const FamilyGoal goal{1, 1, "kind.II.5", 7, day("2026-11-01"), std::nullopt};
    CHECK_FALSE(check_goal_end(goal, day("2026-11-01"), today));
    CHECK(check_goal_end(goal, day("2026-10-31"), today)->kind == GK::ended_before_chosen);
    CHECK(check_goal_end(goal, day("2026-12-02"), today)->kind == GK::in_future);
    CHECK(check_goal_end(ended[0], day("2026-11-30"), today)->kind == GK::already_ended);

    CHECK_FALSE(check_goal_link(goal, 7));
    CHECK(check_goal_link(goal, 8)->kind == GK::not_for_this_child);
    const FamilyGoal parent_goal{2, 1, "ouder.I.1", std::nullopt, day("2026-11-01"), std::nullopt};
    CHECK(check_goal_link(parent_goal, 7)->kind == GK::not_for_this_child);
}

TEST_CASE("entries per goal per local month, with empty months between") {
    const auto at = [](const char* date, int hour, int minute) {
        return to_instant({day(date), TimeOfDay::at(hour, minute)});
    };
    const std::vector<GoalLink> links{
        {1, false, at("2026-09-03", 10, 0)},
        {1, true, at("2026-09-30", 9, 0)},
        {1, false, at("2026-11-01", 0, 30)}, // 31 October 23:30 UTC: November here
        {2, false, at("2026-12-01", 9, 0)},
    };
    const auto counts = goal_counts_by_month(links);
    REQUIRE(counts.size() == 2);
    const auto& one = counts.at(1);
    REQUIRE(one.size() == 3);
    CHECK(one[0].month == 9);
    CHECK(one[0].anchorpoints == 1);
    CHECK(one[0].limit_violations == 1);
    CHECK(one[1].month == 10);
    CHECK(one[1].anchorpoints == 0);
    CHECK(one[2].month == 11);
    CHECK(one[2].anchorpoints == 1);
    CHECK(counts.at(2).size() == 1);
    CHECK(goal_counts_by_month({}).empty());
}
