// The board's clock keeps Dutch time whatever zone the machine is set to.
#include "screen/wall_clock.hpp"

#include <doctest/doctest.h>

#include <cstdlib>
#include <ctime>

using dagritme::app::WallClock;

TEST_CASE("the board's clock is Europe/Amsterdam time on a machine set to UTC") {
    setenv("TZ", "UTC", 1);
    tzset();
    // 2026-12-01 08:15:30 UTC is 09:15:30 in winter; 2026-07-01 08:15:30 UTC is 10:15:30.
    CHECK(WallClock::seconds_of_day(1796112930) == 9 * 3600 + 15 * 60 + 30);
    CHECK(WallClock::seconds_of_day(1782893730) == 10 * 3600 + 15 * 60 + 30);
    // The last Sunday of March 2026: 00:59:59 UTC is 01:59:59 CET, a second later 03:00 CEST.
    CHECK(WallClock::seconds_of_day(1774745999) == 1 * 3600 + 59 * 60 + 59);
    CHECK(WallClock::seconds_of_day(1774746000) == 3 * 3600);
    // Around midnight in Amsterdam (23:30 UTC in winter).
    CHECK(WallClock::seconds_of_day(1796167800) == 30 * 60);

    const WallClock clock;
    const auto now = std::time(nullptr);
    const auto shown = clock.now_seconds();
    const auto expected = WallClock::seconds_of_day(now);
    CHECK(((shown - expected + 86400) % 86400) <= 2);
    std::tm utc{};
    gmtime_r(&now, &utc);
    const int machine = utc.tm_hour * 3600 + utc.tm_min * 60 + utc.tm_sec;
    const int offset = ((shown - machine) % 86400 + 86400) % 86400;
    CHECK((offset >= 3600 - 2 && offset <= 7200 + 2)); // an hour or two ahead of UTC
    unsetenv("TZ");
    tzset();
}

TEST_CASE("the board's date is the Dutch date; a pretended time alone leaves it to the board") {
    using dagritme::Date;
    setenv("TZ", "UTC", 1);
    tzset();
    // 2026-12-01 23:30 UTC is already 2 December in Amsterdam.
    CHECK(WallClock::date_of(1796167800) == Date{2026, 12, 2});
    CHECK(WallClock::date_of(1796167800 - 3600) == Date{2026, 12, 1});
    unsetenv("TZ");
    tzset();

    CHECK_FALSE(WallClock(10 * 3600).today().has_value());
    CHECK(WallClock(10 * 3600, Date{2026, 12, 7}).today() == Date{2026, 12, 7});
    CHECK(WallClock(std::nullopt, Date{2026, 12, 7}).today() == Date{2026, 12, 7});
    const auto before = WallClock::date_of(std::time(nullptr));
    const auto today = WallClock().today();
    const auto after = WallClock::date_of(std::time(nullptr));
    REQUIRE(today.has_value());
    CHECK((*today == before || *today == after));
}
