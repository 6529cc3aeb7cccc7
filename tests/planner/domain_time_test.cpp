#include "domain/attendance.hpp"
#include "domain/time.hpp"

#include <doctest/doctest.h>

using namespace dagritme;

namespace {
Instant utc(const char* date, int h, int m) {
    return Instant{Date::parse(date)->days() * 86400 + h * 3600 + m * 60};
}
} // namespace

TEST_CASE("dates parse only real calendar days") {
    CHECK(Date::parse("2026-12-01")->str() == "2026-12-01");
    CHECK(Date::parse("2028-02-29").has_value());
    CHECK_FALSE(Date::parse("2026-02-29").has_value());
    CHECK_FALSE(Date::parse("2026-13-01").has_value());
    CHECK_FALSE(Date::parse("2026-12-1").has_value());
    CHECK_FALSE(Date::parse("2026/12/01").has_value());
    CHECK_FALSE(Date::parse("").has_value());
    CHECK(Date::parse("2026-11-30")->weekday() == 1); // Monday
    CHECK(Date::parse("2026-12-06")->weekday() == 7); // Sunday
    CHECK(Date::from_days(Date::parse("2026-12-01")->days()) == *Date::parse("2026-12-01"));
}

TEST_CASE("times of day are HH:MM from 00:00 to 23:59") {
    CHECK(TimeOfDay::parse("07:30")->minutes == 450);
    CHECK(TimeOfDay::parse("23:59")->str() == "23:59");
    CHECK(TimeOfDay::parse("00:00")->minutes == 0);
    CHECK_FALSE(TimeOfDay::parse("25:00").has_value());
    CHECK_FALSE(TimeOfDay::parse("24:00").has_value());
    CHECK_FALSE(TimeOfDay::parse("12:60").has_value());
    CHECK_FALSE(TimeOfDay::parse("7:30").has_value());
    CHECK_FALSE(TimeOfDay::parse("07-30").has_value());
}

TEST_CASE("Europe/Amsterdam local time across the two daylight-saving days") {
    SUBCASE("winter and summer offsets") {
        CHECK(utc_offset_seconds(utc("2026-01-15", 12, 0)) == 3600);
        CHECK(utc_offset_seconds(utc("2026-07-15", 12, 0)) == 7200);
    }
    SUBCASE("spring: 29 March 2026, 02:00 CET becomes 03:00 CEST") {
        CHECK(to_local(utc("2026-03-29", 0, 59)).time.str() == "01:59");
        CHECK(to_local(utc("2026-03-29", 1, 0)).time.str() == "03:00");
        CHECK(to_instant({*Date::parse("2026-03-29"), TimeOfDay::at(8, 0)}) ==
              utc("2026-03-29", 6, 0));
        CHECK(to_instant({*Date::parse("2026-03-29"), TimeOfDay::at(1, 30)}) ==
              utc("2026-03-29", 0, 30));
        // The skipped hour reads as standard time: 02:30 -> 03:30 CEST.
        CHECK(to_local(to_instant({*Date::parse("2026-03-29"), TimeOfDay::at(2, 30)})).time.str() ==
              "03:30");
        const auto [begin, end] = day_range(*Date::parse("2026-03-29"));
        CHECK(end.seconds - begin.seconds == 23 * 3600);
    }
    SUBCASE("autumn: 25 October 2026, 03:00 CEST becomes 02:00 CET") {
        CHECK(to_local(utc("2026-10-25", 0, 59)).time.str() == "02:59");
        CHECK(to_local(utc("2026-10-25", 1, 0)).time.str() == "02:00");
        CHECK(to_instant({*Date::parse("2026-10-25"), TimeOfDay::at(8, 0)}) ==
              utc("2026-10-25", 7, 0));
        CHECK(to_instant({*Date::parse("2026-10-25"), TimeOfDay::at(2, 30)}) ==
              utc("2026-10-25", 0, 30));
        const auto [begin, end] = day_range(*Date::parse("2026-10-25"));
        CHECK(end.seconds - begin.seconds == 25 * 3600);
    }
    SUBCASE("local midnight belongs to the new date") {
        const auto local = to_local(utc("2026-11-30", 23, 0)); // 00:00 CET on 1 December
        CHECK(local.date.str() == "2026-12-01");
        CHECK(local.time.str() == "00:00");
    }
}

TEST_CASE("presence follows the latest event of the day") {
    CHECK_FALSE(is_present({}));
    CHECK(is_present({{Instant{100}, true}}));
    CHECK_FALSE(is_present({{Instant{100}, true}, {Instant{200}, false}}));
    CHECK(is_present({{Instant{300}, true}, {Instant{100}, true}, {Instant{200}, false}}));
}
