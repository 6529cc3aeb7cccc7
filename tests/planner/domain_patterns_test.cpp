// The care log's patterns with known data: hours present (also on the DST days), rates per 10
// hours present, heat map cells by local weekday, emotions per ISO week across a year boundary,
// and endings and responses.
#include "domain/patterns.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace dagritme;

namespace {

Date date(const char* text) {
    return *Date::parse(text);
}

Instant local(const char* day, int hour, int minute = 0) {
    return to_instant({date(day), TimeOfDay::at(hour, minute)});
}

AttendanceEvent in(Instant at) {
    return {at, true};
}

AttendanceEvent out(Instant at) {
    return {at, false};
}

constexpr std::int64_t hour = 3600;

// Open Monday to Friday 08:00-18:00, three blocks each day.
Group weekday_group() {
    Group group;
    group.id = "zonnebloem";
    for (int day = 1; day <= 5; ++day) {
        group.opening.at(static_cast<std::size_t>(day)) =
            OpeningHours{TimeOfDay::at(8, 0), TimeOfDay::at(18, 0)};
        auto& blocks = group.routines.days.at(static_cast<std::size_t>(day));
        for (const auto& [start, label] :
             {std::pair{TimeOfDay::at(12, 0), "Lunch"}, std::pair{TimeOfDay::at(8, 30), "Kring"},
              std::pair{TimeOfDay::at(10, 0), "Fruit eten"}}) {
            RoutineBlock block;
            block.start = start;
            block.end = TimeOfDay{start.minutes + 30};
            block.label = label;
            blocks.push_back(block);
        }
    }
    return group;
}

Group every_day_group() {
    Group group = weekday_group();
    for (int day = 6; day <= 7; ++day)
        group.opening.at(static_cast<std::size_t>(day)) =
            OpeningHours{TimeOfDay::at(8, 0), TimeOfDay::at(18, 0)};
    return group;
}

BlockRef block(int h, int m, const char* label) {
    return {TimeOfDay::at(h, m), label};
}

Anchorpoint anchorpoint(std::int64_t child, Instant at, std::optional<BlockRef> where = {},
                        Emotion emotion = Emotion::anger) {
    Anchorpoint a;
    a.group_id = "zonnebloem";
    a.child_id = child;
    a.at = at;
    a.block = std::move(where);
    a.emotion = emotion;
    a.responses = {CareResponse::named};
    return a;
}

LimitViolation violation(std::int64_t child, Instant at, std::optional<BlockRef> where = {}) {
    LimitViolation v;
    v.group_id = "zonnebloem";
    v.child_id = child;
    v.at = at;
    v.block = std::move(where);
    v.limit_id = 1;
    v.what_happened = "Sloeg een ander kind.";
    return v;
}

const Period december{date("2026-12-01"), date("2026-12-31")};

} // namespace

TEST_CASE("hours present: check-in and check-out pairs per local date") {
    const Group group = weekday_group();
    SUBCASE("one pair") {
        CHECK(seconds_present({in(local("2026-12-01", 8)), out(local("2026-12-01", 12, 30))}, group,
                              december) == 4 * hour + 1800);
    }
    SUBCASE("two pairs on one day, given out of order") {
        CHECK(seconds_present({out(local("2026-12-01", 15)), in(local("2026-12-01", 13)),
                               out(local("2026-12-01", 11)), in(local("2026-12-01", 8))},
                              group, december) == 5 * hour);
    }
    SUBCASE("a second check-in and a check-out without check-in change nothing") {
        CHECK(seconds_present({out(local("2026-12-01", 7)), in(local("2026-12-01", 8)),
                               in(local("2026-12-01", 9)), out(local("2026-12-01", 10)),
                               out(local("2026-12-01", 11))},
                              group, december) == 2 * hour);
    }
    SUBCASE("a check-in without check-out ends at that day's closing time") {
        CHECK(seconds_present({in(local("2026-12-01", 9))}, group, december) == 9 * hour);
    }
    SUBCASE("an open check-in never ends before it began") {
        CHECK(seconds_present({in(local("2026-12-01", 18, 30))}, group, december) == 0);
    }
    SUBCASE("an open check-in on a closed day counts nothing") {
        CHECK(seconds_present({in(local("2026-12-05", 9))}, group, december) == 0); // Saturday
    }
    SUBCASE("an open check-in does not run into the next day") {
        CHECK(seconds_present({in(local("2026-12-01", 9)), out(local("2026-12-02", 10))}, group,
                              december) == 9 * hour);
    }
    SUBCASE("only dates in the period count") {
        const std::vector<AttendanceEvent> events{
            in(local("2026-11-30", 8)), out(local("2026-11-30", 18)),
            in(local("2026-12-31", 8)), out(local("2026-12-31", 10)),
            in(local("2027-01-01", 8)), out(local("2027-01-01", 18))};
        CHECK(seconds_present(events, group, december) == 2 * hour);
    }
}

TEST_CASE("hours present on the DST days come from instants") {
    const Group group = every_day_group();
    for (const char* day : {"2026-03-29", "2026-10-25"}) {
        CAPTURE(day);
        const Period period{date(day), date(day)};
        // 08:00-18:00 local is after the change on both days: exactly 10 hours.
        CHECK(seconds_present({in(local(day, 8)), out(local(day, 18))}, group, period) ==
              10 * hour);
    }
    SUBCASE("across the change: spring loses an hour, autumn gains one") {
        const Period spring{date("2026-03-29"), date("2026-03-29")};
        const Period autumn{date("2026-10-25"), date("2026-10-25")};
        CHECK(seconds_present({in(local("2026-03-29", 1)), out(local("2026-03-29", 4))}, group,
                              spring) == 2 * hour);
        CHECK(seconds_present({in(local("2026-10-25", 1)), out(local("2026-10-25", 4))}, group,
                              autumn) == 4 * hour);
        // An open check-in at 01:00 runs to closing at 18:00.
        CHECK(seconds_present({in(local("2026-03-29", 1))}, group, spring) == 16 * hour);
        CHECK(seconds_present({in(local("2026-10-25", 1))}, group, autumn) == 18 * hour);
    }
}

TEST_CASE("rates per 10 hours present: a child who comes more often does not look worse") {
    const Group group = weekday_group();
    // Child 1 comes two days, child 2 four days, 10 hours each day; both have 4 anchorpoints and
    // 2 limit violations. Child 3 has entries but no attendance.
    AttendanceByPerson attendance;
    for (const char* day : {"2026-12-01", "2026-12-02"})
        attendance[1].insert(attendance[1].end(), {in(local(day, 8)), out(local(day, 18))});
    for (const char* day : {"2026-12-07", "2026-12-08", "2026-12-09", "2026-12-10"})
        attendance[2].insert(attendance[2].end(), {in(local(day, 8)), out(local(day, 18))});
    std::vector<Anchorpoint> anchorpoints;
    std::vector<LimitViolation> violations;
    for (const std::int64_t child : {1, 2, 3}) {
        for (int i = 0; i < 4; ++i)
            anchorpoints.push_back(anchorpoint(child, local("2026-12-02", 9 + i)));
        for (int i = 0; i < 2; ++i)
            violations.push_back(violation(child, local("2026-12-02", 9 + i)));
    }
    anchorpoints.push_back(anchorpoint(1, local("2026-11-30", 9))); // before the period

    const auto rates = rates_per_child(group, december, attendance, anchorpoints, violations);
    REQUIRE(rates.size() == 3);
    CHECK(rates[0].child_id == 1);
    CHECK(rates[0].anchorpoints == 4);
    CHECK(rates[0].limit_violations == 2);
    CHECK(rates[0].hours_present() == doctest::Approx(20.0));
    CHECK(rates[0].anchorpoints_rate() == doctest::Approx(2.0));
    CHECK(rates[0].limit_violations_rate() == doctest::Approx(1.0));
    CHECK(rates[1].child_id == 2);
    CHECK(rates[1].hours_present() == doctest::Approx(40.0));
    CHECK(rates[1].anchorpoints_rate() == doctest::Approx(1.0));
    CHECK(rates[1].limit_violations_rate() == doctest::Approx(0.5));
    SUBCASE("no hours present: counts, but no rate") {
        CHECK(rates[2].child_id == 3);
        CHECK(rates[2].anchorpoints == 4);
        CHECK(rates[2].seconds_present == 0);
        CHECK_FALSE(rates[2].anchorpoints_rate());
        CHECK_FALSE(rates[2].limit_violations_rate());
    }
    SUBCASE("present without entries: a rate of zero") {
        const auto quiet = rates_per_child(group, december, attendance, {}, {});
        REQUIRE(quiet.size() == 2);
        CHECK(quiet[0].anchorpoints_rate() == doctest::Approx(0.0));
    }
}

TEST_CASE("a period's instants: from the first local midnight to the one after the last day") {
    const auto [begin, end] = instants_of({date("2026-03-29"), date("2026-03-29")});
    CHECK(begin == local("2026-03-29", 0));
    CHECK(end == local("2026-03-30", 0));
    CHECK(end.seconds - begin.seconds == 23 * hour);
    const auto [first, last] = instants_of(december);
    CHECK(first.seconds == 1796079600); // 2026-11-30 23:00 UTC
    CHECK(last.seconds == 1798758000);  // 2026-12-31 23:00 UTC
}

TEST_CASE("heat map: blocks by start time and label, local weekdays, 'outside' last") {
    const Group group = weekday_group();
    const BlockRef fruit = block(10, 0, "Fruit eten");
    const BlockRef outside_play = block(10, 0, "Buiten spelen"); // only in entries: a changed day
    const std::vector<Anchorpoint> anchorpoints{
        anchorpoint(1, local("2026-12-01", 10, 5), fruit), // Tuesday
        anchorpoint(2, local("2026-12-01", 10, 10), fruit),
        anchorpoint(1, local("2026-12-08", 10, 15), fruit), // Tuesday a week later
        anchorpoint(1, local("2026-12-02", 10, 30), outside_play),
        anchorpoint(1, local("2026-12-03", 7, 30)),         // Thursday, before the first block
        anchorpoint(1, local("2026-11-24", 10, 5), fruit)}; // before the period
    // 23:30 UTC on Tuesday 1 December is 00:30 on Wednesday in Amsterdam.
    const std::vector<LimitViolation> violations{violation(1, local("2026-12-01", 10, 20), fruit),
                                                 violation(1, Instant{1796167800})};
    REQUIRE(to_local(Instant{1796167800}).date == date("2026-12-02"));

    const HeatMap map = heat_map(group, december, anchorpoints, violations);
    CHECK(map.weekdays == std::vector<int>{1, 2, 3, 4, 5});
    REQUIRE(map.rows.size() == 5);
    CHECK(map.rows[0] == block(8, 30, "Kring"));
    CHECK(map.rows[1] == outside_play);
    CHECK(map.rows[2] == fruit);
    CHECK(map.rows[3] == block(12, 0, "Lunch"));
    CHECK_FALSE(map.rows[4]);
    REQUIRE(map.cells.size() == 5);
    REQUIRE(map.cells[2].size() == 5);

    CHECK(*map.find(fruit, 2) == HeatCell{3, 1});
    CHECK(*map.find(outside_play, 3) == HeatCell{1, 0});
    CHECK(*map.find(std::nullopt, 4) == HeatCell{1, 0});
    CHECK(*map.find(std::nullopt, 3) == HeatCell{0, 1}); // the local weekday, not UTC's
    CHECK(*map.find(std::nullopt, 2) == HeatCell{0, 0});
    CHECK(*map.find(block(8, 30, "Kring"), 1) == HeatCell{0, 0});
    CHECK(map.find(fruit, 6) == nullptr);
    CHECK(map.max_anchorpoints() == 3);
    CHECK(map.total() == HeatCell{5, 2});

    SUBCASE("an entry on a closed day shows all seven weekdays") {
        const HeatMap week =
            heat_map(group, december, {anchorpoint(1, local("2026-12-06", 11))}, {});
        CHECK(week.weekdays == std::vector<int>{1, 2, 3, 4, 5, 6, 7});
        CHECK(*week.find(std::nullopt, 7) == HeatCell{1, 0});
    }
    SUBCASE("no entries: the routine's blocks with empty cells, no 'outside' row") {
        const HeatMap empty = heat_map(group, december, {}, {});
        CHECK(empty.rows.size() == 3);
        CHECK(empty.total() == HeatCell{0, 0});
    }
}

TEST_CASE("emotions per ISO week across the year boundary") {
    const Period turn{date("2026-12-21"), date("2027-01-10")};
    const std::vector<Anchorpoint> anchorpoints{
        anchorpoint(1, local("2026-12-31", 9), {}, Emotion::fear),
        anchorpoint(1, local("2027-01-01", 9), {}, Emotion::fear),
        anchorpoint(2, local("2027-01-03", 9), {}, Emotion::tension),
        // 23:30 UTC on Sunday 3 January is Monday 4 January in Amsterdam: week 1 of 2027.
        anchorpoint(2, Instant{1799019000}, {}, Emotion::sadness),
        anchorpoint(2, local("2027-01-11", 9), {}, Emotion::sadness)}; // after the period
    REQUIRE(to_local(Instant{1799019000}).date == date("2027-01-04"));

    const auto weeks = emotions_per_week(turn, anchorpoints);
    REQUIRE(weeks.size() == 3);
    CHECK(weeks[0].week == IsoWeek{2026, 52});
    CHECK(weeks[0].total() == 0);
    CHECK(weeks[1].week == IsoWeek{2026, 53});
    CHECK(weeks[1].count(Emotion::fear) == 2);
    CHECK(weeks[1].count(Emotion::tension) == 1);
    CHECK(weeks[1].total() == 3);
    CHECK(weeks[2].week == IsoWeek{2027, 1});
    CHECK(weeks[2].count(Emotion::sadness) == 1);
    CHECK(weeks[2].total() == 1);
}

TEST_CASE("endings, responses and holdings are counted") {
    auto calmed = anchorpoint(1, local("2026-12-01", 9));
    calmed.responses = {CareResponse::named, CareResponse::offered_closeness};
    auto escalated = anchorpoint(1, local("2026-12-02", 9));
    escalated.ending = Ending::escalated;
    auto held = violation(1, local("2026-12-02", 9, 10));
    held.holding = Holding{5, {7}, "Rende de straat op."};
    auto earlier = anchorpoint(1, local("2026-11-02", 9));
    earlier.ending = Ending::escalated;

    const CareCounts counts = care_counts(december, {calmed, escalated, earlier},
                                          {held, violation(1, local("2026-12-03", 9))});
    CHECK(counts.ending(Ending::calmed) == 1);
    CHECK(counts.ending(Ending::escalated) == 1);
    CHECK(counts.ending(Ending::limit_crossed) == 0);
    CHECK(counts.response(CareResponse::named) == 2);
    CHECK(counts.response(CareResponse::offered_closeness) == 1);
    CHECK(counts.response(CareResponse::listened) == 0);
    CHECK(counts.holdings == 1);
    CHECK(counts.holding_minutes == 5);
}

TEST_CASE("patterns_of gathers every pattern of the same period") {
    const Group group = weekday_group();
    AttendanceByPerson attendance;
    attendance[1] = {in(local("2026-12-01", 8)), out(local("2026-12-01", 13))};
    auto calmed = anchorpoint(1, local("2026-12-01", 10, 5), block(10, 0, "Fruit eten"));
    const Patterns patterns =
        patterns_of(group, december, attendance, {calmed}, {violation(1, local("2026-12-01", 11))});
    CHECK(patterns.period == december);
    CHECK(patterns.heat_map.total() == HeatCell{1, 1});
    CHECK(patterns.weeks.size() == 5); // weeks 49 to 53
    REQUIRE(patterns.rates.size() == 1);
    CHECK(patterns.rates[0].anchorpoints_rate() == doctest::Approx(2.0));
    CHECK(patterns.care.ending(Ending::calmed) == 1);
}
