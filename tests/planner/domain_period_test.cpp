// The period filter of the pattern pages and ISO weeks: helpers, parsing with its problems, and
// weeks at the year boundary.
#include "domain/period.hpp"

#include <doctest/doctest.h>

#include <variant>

using namespace dagritme;

namespace {

Date date(const char* text) {
    return *Date::parse(text);
}

const Period december_2026{date("2026-12-01"), date("2026-12-31")};

} // namespace

TEST_CASE("ISO weeks and their Mondays") {
    CHECK(iso_week(date("2026-01-01")) == IsoWeek{2026, 1});
    CHECK(iso_week(date("2025-12-29")) == IsoWeek{2026, 1});
    CHECK(iso_week(date("2026-12-01")) == IsoWeek{2026, 49});
    CHECK(iso_week(date("2027-01-03")) == IsoWeek{2026, 53});
    CHECK(iso_week(date("2027-01-04")) == IsoWeek{2027, 1});
    CHECK(monday_of({2026, 1}) == date("2025-12-29"));
    CHECK(monday_of({2026, 53}) == date("2026-12-28"));
    CHECK(monday_of({2027, 1}) == date("2027-01-04"));
    CHECK(weeks_of({date("2026-12-01"), date("2026-12-01")}) == std::vector<IsoWeek>{{2026, 49}});
}

TEST_CASE("the period filter") {
    const Date today = date("2026-12-01");
    CHECK(last_weeks(today, 4) == Period{date("2026-11-04"), today});
    CHECK(last_weeks(today, 4).days() == 28);
    CHECK(this_month(today) == Period{date("2026-12-01"), date("2026-12-31")});
    CHECK(last_month(today) == Period{date("2026-11-01"), date("2026-11-30")});
    CHECK(last_month(date("2027-01-15")) == Period{date("2026-12-01"), date("2026-12-31")});
    CHECK(this_month(date("2028-02-10")).to == date("2028-02-29"));
    CHECK(this_year(today) == Period{date("2026-01-01"), date("2026-12-31")});
    CHECK(december_2026.contains(date("2026-12-31")));
    CHECK_FALSE(december_2026.contains(date("2027-01-01")));

    CHECK(std::get<Period>(parse_period("2026-11-01", "2026-11-30")) ==
          Period{date("2026-11-01"), date("2026-11-30")});
    CHECK(std::get<Period>(parse_period("2026-11-01", "2026-11-01")).days() == 1);
    CHECK(std::get<PeriodProblem>(parse_period("2026-13-01", "2026-11-30")) ==
          PeriodProblem::bad_from);
    CHECK(std::get<PeriodProblem>(parse_period("", "2026-11-30")) == PeriodProblem::bad_from);
    CHECK(std::get<PeriodProblem>(parse_period("2026-11-01", "30-11-2026")) ==
          PeriodProblem::bad_to);
    CHECK(std::get<PeriodProblem>(parse_period("2026-11-02", "2026-11-01")) ==
          PeriodProblem::to_before_from);
    CHECK(std::get<PeriodProblem>(parse_period("2024-01-01", "2026-12-31")) ==
          PeriodProblem::too_long);
}
