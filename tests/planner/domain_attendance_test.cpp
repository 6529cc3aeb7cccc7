// Attendance as pure functions: who is present after which events, and which check-in or
// check-out changes anything.
#include "domain/attendance.hpp"

#include <doctest/doctest.h>

using namespace dagritme;

namespace {

const Date day = *Date::parse("2026-12-01");

Instant at(int hour, int minute) {
    return to_instant({day, TimeOfDay::at(hour, minute)});
}

} // namespace

TEST_CASE("present: the latest event of the day is a check-in") {
    CHECK_FALSE(is_present({}));
    CHECK(is_present({{at(8, 0), true}}));
    CHECK_FALSE(is_present({{at(8, 0), true}, {at(12, 0), false}}));
    CHECK(is_present({{at(12, 0), false}, {at(8, 0), false}, {at(13, 0), true}})); // unsorted
    SUBCASE("at equal instants the later one in the list wins") {
        CHECK_FALSE(is_present({{at(8, 0), true}, {at(8, 0), false}}));
        CHECK(is_present({{at(8, 0), false}, {at(8, 0), true}}));
    }
}

TEST_CASE("a check-in or check-out records an event only when it changes who is here") {
    const std::vector<AttendanceEvent> none;
    const std::vector<AttendanceEvent> here{{at(8, 0), true}};
    const std::vector<AttendanceEvent> gone{{at(8, 0), true}, {at(12, 0), false}};
    SUBCASE("check in someone who is not here") {
        const auto event = attendance_change(none, true, at(8, 30));
        REQUIRE(event);
        CHECK(event->at == at(8, 30));
        CHECK(event->check_in);
        CHECK(attendance_change(gone, true, at(13, 0)));
    }
    SUBCASE("check in twice: the second changes nothing") {
        const auto first = attendance_change(none, true, at(8, 0));
        REQUIRE(first);
        CHECK_FALSE(attendance_change({*first}, true, at(8, 5)));
        CHECK_FALSE(attendance_change(here, true, at(9, 0)));
    }
    SUBCASE("check out someone who is here") {
        const auto event = attendance_change(here, false, at(12, 0));
        REQUIRE(event);
        CHECK_FALSE(event->check_in);
    }
    SUBCASE("check out someone who is not here changes nothing") {
        CHECK_FALSE(attendance_change(none, false, at(12, 0)));
        CHECK_FALSE(attendance_change(gone, false, at(13, 0)));
    }
}

TEST_CASE("person kinds by name") {
    CHECK(person_kind_from("child") == PersonKind::child);
    CHECK(person_kind_from("staff") == PersonKind::staff);
    CHECK_FALSE(person_kind_from("parent"));
    CHECK(name_of(PersonKind::staff) == "staff");
}
