// The day handover: one local date's entries per child, in the group's order, by time.
#include "domain/handover.hpp"

#include <doctest/doctest.h>

using namespace dagritme;

namespace {

Instant local(const char* day, int hour, int minute = 0) {
    return to_instant({*Date::parse(day), TimeOfDay::at(hour, minute)});
}

Anchorpoint anchorpoint(std::int64_t id, std::int64_t child, Instant at) {
    Anchorpoint a;
    a.id = id;
    a.child_id = child;
    a.at = at;
    a.responses = {CareResponse::named};
    return a;
}

LimitViolation violation(std::int64_t id, std::int64_t child, Instant at, bool held = false) {
    LimitViolation v;
    v.id = id;
    v.child_id = child;
    v.at = at;
    v.what_happened = "Beet.";
    if (held) v.holding = Holding{3, {9}, "Beet door."};
    return v;
}

} // namespace

TEST_CASE("handover: the day's entries per child, in the group's order, by time") {
    const Date day = *Date::parse("2026-12-01");
    const std::vector<Anchorpoint> anchorpoints{
        anchorpoint(11, 2, local("2026-12-01", 14)), anchorpoint(12, 2, local("2026-12-01", 9)),
        anchorpoint(13, 1, local("2026-11-30", 9)),  // the day before
        anchorpoint(14, 7, local("2026-12-01", 10)), // not in the list
        anchorpoint(15, 2, local("2026-12-01", 10))};
    // 23:30 UTC on 30 November is 00:30 on 1 December here.
    const std::vector<LimitViolation> violations{violation(21, 2, local("2026-12-01", 10), true),
                                                 violation(22, 3, Instant{1796081400})};
    REQUIRE(to_local(Instant{1796081400}).date == day);

    const auto children = handover(day, {3, 2, 1}, anchorpoints, violations);
    REQUIRE(children.size() == 4);
    CHECK(children[0].child_id == 3);
    CHECK(children[0].limit_violations == 1);
    CHECK(children[1].child_id == 2);
    CHECK(children[1].anchorpoints == 3);
    CHECK(children[1].limit_violations == 1);
    CHECK(children[1].holdings == 1);
    REQUIRE(children[1].entries.size() == 4);
    // 09:00, then at 10:00 the anchorpoint before the violation, then 14:00.
    CHECK(std::get<Anchorpoint>(children[1].entries[0]).id == 12);
    CHECK(std::get<Anchorpoint>(children[1].entries[1]).id == 15);
    CHECK(std::get<LimitViolation>(children[1].entries[2]).id == 21);
    CHECK(std::get<Anchorpoint>(children[1].entries[3]).id == 11);
    SUBCASE("a child in the list without entries is there, empty") {
        CHECK(children[2].child_id == 1);
        CHECK(children[2].entries.empty());
        CHECK(children[2].anchorpoints == 0);
    }
    SUBCASE("a child with entries outside the list comes last") {
        CHECK(children[3].child_id == 7);
        CHECK(children[3].anchorpoints == 1);
    }
}
