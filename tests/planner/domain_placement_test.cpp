// Placements and absences: who is expected on a day, the problems of a child, a placement and an
// absence as entered, and the board: only placed children, two of one name told apart, a parent
// who may not be announced left out.
#include "domain/board.hpp"
#include "domain/placement.hpp"

#include <doctest/doctest.h>

namespace dagritme {
namespace {

Date day(const char* text) {
    return *Date::parse(text);
}

Group weekday_group() {
    Group g;
    g.id = "zon";
    g.name = "De Zon";
    for (int d = 1; d <= 5; ++d)
        g.opening[static_cast<std::size_t>(d)] =
            OpeningHours{TimeOfDay::at(7, 30), TimeOfDay::at(18, 0)};
    // Wednesday mornings only.
    g.opening[3] = OpeningHours{TimeOfDay::at(7, 30), TimeOfDay::at(12, 0)};
    return g;
}

Placement mon_tue_thu_mornings() {
    Placement p;
    p.first_day = day("2026-11-02");
    p.days = {{1, DayPart::morning}, {2, DayPart::morning}, {4, DayPart::morning}};
    return p;
}

} // namespace

TEST_CASE("a child is expected on its placement's weekdays between its first and last day") {
    auto p = mon_tue_thu_mornings();
    CHECK(placed_on(p, day("2026-12-07")));       // Monday
    CHECK(placed_on(p, day("2026-12-08")));       // Tuesday
    CHECK_FALSE(placed_on(p, day("2026-12-09"))); // Wednesday
    CHECK(placed_on(p, day("2026-12-10")));       // Thursday
    CHECK_FALSE(placed_on(p, day("2026-12-11"))); // Friday
    CHECK_FALSE(placed_on(p, day("2026-10-26"))); // a Monday before the first day
    p.last_day = day("2026-12-08");
    CHECK(placed_on(p, day("2026-12-08")));
    CHECK_FALSE(placed_on(p, day("2026-12-10")));
    CHECK(has_left(p, day("2026-12-09")));
    CHECK_FALSE(has_left(p, day("2026-12-08")));
}

TEST_CASE("a child's entry: names, a birth date neither in the future nor over 8 years ago") {
    const auto today = day("2026-12-08");
    using Kind = ChildProblem::Kind;
    CHECK(check_child({"Sanne", "Jansen", day("2022-03-14"), "knuffel"}, today).empty());
    const auto empty = check_child({" ", "", std::nullopt, ""}, today);
    REQUIRE(empty.size() == 3);
    CHECK(empty[0].kind == Kind::empty);
    CHECK(empty[0].field == ChildField::first_name);
    CHECK(empty[2].field == ChildField::birth_date);
    const auto future = check_child({"Sanne", "Jansen", day("2026-12-09"), ""}, today);
    REQUIRE(future.size() == 1);
    CHECK(future[0].kind == Kind::in_future);
    CHECK(check_child({"Sanne", "Jansen", day("2018-12-08"), ""}, today).empty());
    const auto old = check_child({"Sanne", "Jansen", day("2018-12-07"), ""}, today);
    REQUIRE(old.size() == 1);
    CHECK(old[0].kind == Kind::too_old);
    CHECK(check_child({"秀英", "王", day("2023-01-01"), ""}, today).empty());
    CHECK(check_child({std::string(61, 'a'), "X", day("2023-01-01"), ""}, today).at(0).kind ==
          Kind::too_long);
}

TEST_CASE("a placement: its days must be open, it ends after it starts") {
    const auto group = weekday_group();
    using Kind = ChildProblem::Kind;
    CHECK(check_placement(mon_tue_thu_mornings(), group).empty());
    auto p = mon_tue_thu_mornings();
    p.last_day = day("2026-11-01");
    p.days.push_back({6, DayPart::day});
    p.days.push_back({3, DayPart::afternoon});
    const auto problems = check_placement(p, group);
    REQUIRE(problems.size() == 3);
    CHECK(problems[0].kind == Kind::ends_before_start);
    CHECK(problems[1].kind == Kind::closed_day);
    CHECK(problems[1].weekday == 6);
    CHECK(problems[2].kind == Kind::part_outside_hours);
    CHECK(problems[2].weekday == 3);
    Placement none;
    none.first_day = day("2026-11-02");
    CHECK(check_placement(none, group).at(0).kind == Kind::no_days);
}

TEST_CASE("an absence: within the placement, a late arrival on one day within the hours") {
    const auto group = weekday_group();
    const auto p = mon_tue_thu_mornings();
    const auto today = day("2026-12-08");
    using Kind = AbsenceProblem::Kind;
    Absence ill{0, 1, today, today, AbsenceReason::ill, std::nullopt, "", std::nullopt, {}};
    CHECK(check_absence(ill, p, group, today).empty());
    CHECK(away_on(ill, today));
    Absence wednesday = ill;
    wednesday.first_day = wednesday.last_day = day("2026-12-09");
    CHECK(check_absence(wednesday, p, group, today).at(0).kind == Kind::outside_placement);
    Absence holiday = ill;
    holiday.reason = AbsenceReason::holiday;
    holiday.first_day = day("2026-12-22");
    holiday.last_day = day("2026-12-26");
    CHECK(check_absence(holiday, p, group, today).empty());
    holiday.last_day = day("2026-12-21");
    CHECK(check_absence(holiday, p, group, today).at(0).kind == Kind::ends_before_start);
    Absence late = ill;
    late.reason = AbsenceReason::later;
    CHECK(check_absence(late, p, group, today).at(0).kind == Kind::late_needs_time);
    late.arrives_at = TimeOfDay::at(10, 0);
    CHECK(check_absence(late, p, group, today).empty());
    CHECK_FALSE(away_on(late, today)); // expected, later
    late.arrives_at = TimeOfDay::at(19, 0);
    CHECK(check_absence(late, p, group, today).at(0).kind == Kind::time_outside_day);
}

TEST_CASE("the board shows placed children only, tells two of one name apart, and names only "
          "announced parents") {
    const auto group = weekday_group();
    const auto tuesday = day("2026-12-08");
    const auto at = [&](int h) { return to_instant({tuesday, TimeOfDay::at(h, 0)}); };
    BoardInputs in;
    in.group = &group;
    in.date = tuesday;
    auto placed = mon_tue_thu_mornings();
    auto wednesdays = placed;
    wednesdays.days = {{3, DayPart::morning}};
    auto left = placed;
    left.last_day = day("2026-12-04");
    const auto child = [&](std::int64_t id, const char* first, const char* surname,
                           const Placement& p) {
        Child c{id, "zon", id, first, surname, day("2022-01-01"), std::nullopt, false, ""};
        c.placement = p;
        return c;
    };
    in.children = {child(1, "Sanne", "Jansen", placed), child(2, "Sanne", "de Vries", placed),
                   child(3, "Daan", "Smit", wednesdays), child(4, "Noor", "Bakker", left)};
    for (std::int64_t id = 1; id <= 4; ++id)
        in.child_events[id] = {AttendanceEvent{at(8), true}};
    const auto board = build_board(in);
    REQUIRE(board.children.size() == 2);
    CHECK(board.children[0].name == "Sanne J.");
    CHECK(board.children[1].name == "Sanne V.");

    ParentChildSession session;
    session.id = 1;
    session.start = TimeOfDay::at(10, 0);
    session.end = TimeOfDay::at(11, 0);
    session.parents = {10, 11};
    in.sessions = {session};
    in.parents = {Parent{10, 1, "Petra", "Jansen", "mama", RelationKind::mother, true},
                  Parent{11, 2, "Tom", "de Vries", "papa", RelationKind::father, false}};
    const auto with_session = build_board(in);
    REQUIRE(with_session.activities.size() == 1);
    REQUIRE(with_session.activities[0].visitors.size() == 1);
    CHECK(with_session.activities[0].visitors[0].label == "mama van Sanne J.");
}

TEST_CASE("who may be announced: custody, a court-ordered arrangement, the mentor's word") {
    CHECK(may_announce(std::nullopt, false, false));
    CHECK(may_announce(true, false, false));
    CHECK_FALSE(may_announce(false, false, false));
    CHECK_FALSE(may_announce(true, true, false));
    CHECK(may_announce(false, true, true));
}

} // namespace dagritme
