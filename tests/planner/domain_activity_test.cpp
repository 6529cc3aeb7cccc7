// The rules of a date's activity groups as pure functions: how many, their times, who may go.
#include "domain/activity.hpp"

#include <doctest/doctest.h>

using namespace dagritme;

namespace {

using Kind = ActivityProblem::Kind;

const GroupMembers members{{1, 2}, {10, 11, 12}};

ActivityGroup activity(int start_hour, int end_hour, std::vector<std::int64_t> staff = {1},
                       std::vector<std::int64_t> children = {10}) {
    ActivityGroup a;
    a.start = TimeOfDay::at(start_hour, 0);
    a.end = TimeOfDay::at(end_hour, 0);
    a.label = "Naar de kinderboerderij";
    a.pictogram = "buiten-spelen";
    a.staff = std::move(staff);
    a.children = std::move(children);
    return a;
}

} // namespace

TEST_CASE("a day of activities with the group's own people is fine") {
    CHECK_FALSE(check_activities({}, members));
    CHECK_FALSE(check_activities({activity(10, 11), activity(10, 12, {2}, {11, 12})}, members));
    CHECK_FALSE(check_activities({activity(10, 11, {}, {})}, members)); // nobody yet
}

TEST_CASE("a day has at most 50 activities") {
    const std::vector<ActivityGroup> fifty(max_activities_per_day, activity(10, 11));
    CHECK(max_activities_per_day == 50);
    CHECK_FALSE(check_activities(fifty, members));
    auto fifty_one = fifty;
    fifty_one.push_back(activity(10, 11));
    CHECK(check_activities(fifty_one, members) == ActivityProblem{Kind::too_many, 0, 0});
}

TEST_CASE("an activity ends after it starts") {
    SUBCASE("end == start") {
        CHECK(check_activities({activity(10, 11), activity(11, 11)}, members) ==
              ActivityProblem{Kind::ends_before_start, 1, 0});
    }
    SUBCASE("end before start") {
        CHECK(check_activities({activity(12, 11)}, members) ==
              ActivityProblem{Kind::ends_before_start, 0, 0});
    }
    SUBCASE("one minute is enough") {
        auto a = activity(10, 10);
        a.end = TimeOfDay::at(10, 1);
        CHECK_FALSE(check_activities({a}, members));
    }
}

TEST_CASE("everyone in an activity belongs to the group") {
    SUBCASE("a staff member of another group") {
        CHECK(check_activities({activity(10, 11, {1, 7})}, members) ==
              ActivityProblem{Kind::unknown_staff, 0, 7});
    }
    SUBCASE("a child of another group, in the second activity") {
        CHECK(check_activities({activity(9, 10), activity(10, 11, {2}, {11, 77})}, members) ==
              ActivityProblem{Kind::unknown_child, 1, 77});
    }
    SUBCASE("a staff id is not a child id") {
        CHECK(check_activities({activity(10, 11, {1}, {2})}, members) ==
              ActivityProblem{Kind::unknown_child, 0, 2});
    }
    SUBCASE("the time is checked before the people") {
        CHECK(check_activities({activity(11, 10, {7}, {77})}, members)->kind ==
              Kind::ends_before_start);
    }
}

TEST_CASE("someone listed twice in an activity is in it once, in the order first listed") {
    const auto a = activity(10, 11, {2, 1, 2}, {12, 10, 12, 12, 11});
    CHECK_FALSE(check_activities({a}, members)); // repeating is not a mistake
    const auto once = without_repeated_members(a);
    CHECK(once.staff == std::vector<std::int64_t>{2, 1});
    CHECK(once.children == std::vector<std::int64_t>{12, 10, 11});
    CHECK(once.label == a.label);
    CHECK(once.start == a.start);
}
