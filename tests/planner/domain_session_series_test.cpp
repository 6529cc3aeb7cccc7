// Session series: the weekly rule over DST, first and last date, single changes and
// cancellations, the rules for scheduling and changing, capacity, and clashes.
#include "domain/session_series.hpp"

#include <doctest/doctest.h>

using namespace dagritme;

namespace {

Date day(const char* text) {
    return *Date::parse(text);
}

// Zingen op schoot on Tuesdays 10:30-11:15 in the speelzaal, from 2026-10-06.
SessionSeries singing() {
    SessionSeries s;
    s.id = 7;
    s.group_id = "zonnebloem";
    s.type = SessionType::lap_singing;
    s.weekday = 2;
    s.start = TimeOfDay::at(10, 30);
    s.end = TimeOfDay::at(11, 15);
    s.place = "speelzaal";
    s.leader = 3;
    s.capacity = 6;
    s.first = day("2026-10-06");
    return s;
}

using Kind = SessionProblem::Kind;

} // namespace

TEST_CASE("a series meets on its weekday, at the same wall-clock time across a DST change") {
    // Summer time ends on Sunday 2026-10-25.
    const auto occurrences = expand(singing(), day("2026-10-19"), day("2026-11-04"));
    REQUIRE(occurrences.size() == 3);
    CHECK(occurrences[0].date == day("2026-10-20"));
    CHECK(occurrences[1].date == day("2026-10-27"));
    CHECK(occurrences[2].date == day("2026-11-03"));
    for (const auto& o : occurrences) {
        CHECK(o.date.weekday() == 2);
        CHECK(o.start == TimeOfDay::at(10, 30));
        CHECK(o.end == TimeOfDay::at(11, 15));
        CHECK_FALSE(o.cancelled);
    }
    // 10:30 is 08:30 UTC in summer and 09:30 UTC in winter: a week apart is 7 days and 1 hour.
    const auto before = to_instant({occurrences[0].date, occurrences[0].start});
    const auto after = to_instant({occurrences[1].date, occurrences[1].start});
    CHECK(after.seconds - before.seconds == 7 * 24 * 3600 + 3600);
}

TEST_CASE("a series starts on its first date and ends on its last") {
    auto s = singing();
    s.last = day("2026-10-20");
    const auto occurrences = expand(s, day("2026-09-01"), day("2026-12-31"));
    REQUIRE(occurrences.size() == 3);
    CHECK(occurrences.front().date == day("2026-10-06"));
    CHECK(occurrences.back().date == day("2026-10-20"));
    CHECK(expand(s, day("2026-10-21"), day("2026-12-31")).empty());
    CHECK_FALSE(occurrence_on(s, day("2026-09-29")));
    CHECK_FALSE(occurrence_on(s, day("2026-10-27")));
    CHECK_FALSE(occurrence_on(s, day("2026-10-07"))); // a Wednesday
    CHECK(occurrence_on(s, day("2026-10-13")));

    SUBCASE("a one-off session is a series of one date") {
        s.last = s.first;
        REQUIRE(expand(s, day("2026-01-01"), day("2027-01-01")).size() == 1);
    }
}

TEST_CASE("a cancelled occurrence is marked, a changed one has its change applied") {
    auto s = singing();
    s.exceptions.push_back({day("2026-10-13"), true, "speelzaal bezet", {}});
    s.exceptions.push_back({day("2026-10-20"),
                            false,
                            "",
                            {TimeOfDay::at(9, 30), TimeOfDay::at(10, 15), "gymzaal", 4}});
    const auto o = expand(s, day("2026-10-06"), day("2026-10-27"));
    REQUIRE(o.size() == 4);
    CHECK_FALSE(o[0].cancelled);
    CHECK(o[1].cancelled);
    CHECK(o[1].cancel_reason == "speelzaal bezet");
    CHECK(o[2].changed);
    CHECK(o[2].start == TimeOfDay::at(9, 30));
    CHECK(o[2].end == TimeOfDay::at(10, 15));
    CHECK(o[2].place == "gymzaal");
    CHECK(o[2].leader == 4);
    CHECK_FALSE(o[3].changed);
    CHECK(o[3].place == "speelzaal");
    CHECK(o[3].leader == 3);

    SUBCASE("a change of the place alone keeps the times") {
        s.exceptions = {{day("2026-10-27"), false, "", {std::nullopt, std::nullopt, "hal", {}}}};
        const auto changed = *occurrence_on(s, day("2026-10-27"));
        CHECK(changed.place == "hal");
        CHECK(changed.start == TimeOfDay::at(10, 30));
    }
}

TEST_CASE("the rules of a series") {
    auto s = singing();
    REQUIRE_FALSE(check_series(s));
    SUBCASE("end after start") {
        s.end = s.start;
        CHECK(check_series(s) == SessionProblem{Kind::ends_before_start});
    }
    SUBCASE("times within 06:00-20:00") {
        s.start = TimeOfDay::at(5, 59);
        CHECK(check_series(s) == SessionProblem{Kind::outside_hours});
        s.start = TimeOfDay::at(19, 0);
        s.end = TimeOfDay::at(20, 1);
        CHECK(check_series(s) == SessionProblem{Kind::outside_hours});
        s.end = TimeOfDay::at(20, 0);
        CHECK_FALSE(check_series(s));
    }
    SUBCASE("weekday 1..7") {
        s.weekday = 8;
        CHECK(check_series(s) == SessionProblem{Kind::bad_weekday});
        s.weekday = 0;
        CHECK(check_series(s) == SessionProblem{Kind::bad_weekday});
    }
    SUBCASE("capacity 1..40") {
        s.capacity = 0;
        CHECK(check_series(s) == SessionProblem{Kind::bad_capacity});
        s.capacity = 41;
        CHECK(check_series(s) == SessionProblem{Kind::bad_capacity});
        s.capacity = 40;
        CHECK_FALSE(check_series(s));
    }
    SUBCASE("a place of reasonable length") {
        s.place = "";
        CHECK(check_series(s) == SessionProblem{Kind::empty_place});
        s.place = std::string(max_place_length + 1, 'x');
        CHECK(check_series(s) == SessionProblem{Kind::place_too_long});
    }
    SUBCASE("first date on the weekday, last not before it") {
        s.first = day("2026-10-07");
        CHECK(check_series(s) == SessionProblem{Kind::first_not_on_weekday});
        s.first = day("2026-10-06");
        s.last = day("2026-10-05");
        CHECK(check_series(s) == SessionProblem{Kind::last_before_first});
    }
}

TEST_CASE("a change or cancellation only on a date the series meets, within the rules") {
    const auto s = singing();
    CHECK(check_exception(s, {day("2026-10-14"), true, "", {}}) ==
          SessionProblem{Kind::not_an_occurrence});
    CHECK(check_exception(s, {day("2026-09-29"), true, "", {}}) ==
          SessionProblem{Kind::not_an_occurrence});
    CHECK_FALSE(check_exception(s, {day("2026-10-13"), true, "ziek", {}}));
    CHECK(check_exception(s, {day("2026-10-13"), true, std::string(201, 'x'), {}}) ==
          SessionProblem{Kind::reason_too_long});
    CHECK(check_exception(s, {day("2026-10-13"), false, "", {TimeOfDay::at(11, 30), {}, {}, {}}}) ==
          SessionProblem{Kind::ends_before_start});
    CHECK(check_exception(s, {day("2026-10-13"), false, "", {{}, TimeOfDay::at(21, 0), {}, {}}}) ==
          SessionProblem{Kind::outside_hours});
    CHECK(check_exception(s, {day("2026-10-13"), false, "", {{}, {}, "", {}}}) ==
          SessionProblem{Kind::empty_place});
}

TEST_CASE("inviting beyond the capacity is refused") {
    CHECK_FALSE(check_invitation(6, 0));
    CHECK_FALSE(check_invitation(6, 5));
    CHECK(check_invitation(6, 6) == SessionProblem{Kind::full});
    CHECK(check_invitation(1, 1) == SessionProblem{Kind::full});
}

TEST_CASE("a family's other session overlapping an occurrence is a clash") {
    const auto mine = *occurrence_on(singing(), day("2026-10-13"));
    auto gym = mine;
    gym.series_id = 8;
    gym.type = SessionType::parent_child_gym;
    gym.start = TimeOfDay::at(11, 0);
    gym.end = TimeOfDay::at(12, 0);
    auto later = gym;
    later.series_id = 9;
    later.start = TimeOfDay::at(11, 15); // starts as mine ends: no clash
    auto other_day = gym;
    other_day.series_id = 10;
    other_day.date = day("2026-10-14");
    auto cancelled = gym;
    cancelled.series_id = 11;
    cancelled.cancelled = true;
    const auto found = clashes_of(mine, {mine, gym, later, other_day, cancelled});
    REQUIRE(found.size() == 1);
    CHECK(found[0].other == gym);
}
