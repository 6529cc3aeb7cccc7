// The period a pattern is counted over: local dates from..to inclusive, the filter of the
// pattern pages ("de laatste 4 weken", "deze maand"), and ISO weeks to count per week.
#pragma once

#include "domain/time.hpp"

#include <compare>
#include <optional>
#include <string_view>
#include <variant>
#include <vector>

namespace dagritme {

// Local dates [from, to], both included; from <= to.
struct Period {
    Date from;
    Date to;
    bool contains(Date date) const { return from <= date && date <= to; }
    std::int64_t days() const { return to.days() - from.days() + 1; }
    bool operator==(const Period&) const = default;
};

// The longest period a page may ask for: a little over two years.
inline constexpr std::int64_t max_period_days = 800;

// The `weeks` weeks ending with `today`: 4 -> today and the 27 days before it.
Period last_weeks(Date today, int weeks);
// The calendar month of `today`, up to and including its last day.
Period this_month(Date today);
// The calendar month before the month of `today`.
Period last_month(Date today);
// The calendar year of `today`.
Period this_year(Date today);

// Why a period from a filter cannot be used; worded where it is shown.
enum class PeriodProblem { bad_from, bad_to, to_before_from, too_long };

// A period from the filter's two "YYYY-MM-DD" fields.
std::variant<Period, PeriodProblem> parse_period(std::string_view from, std::string_view to);

// An ISO 8601 week: the week with the year's first Thursday is week 1; weeks start on Monday.
struct IsoWeek {
    int year = 1970;
    int week = 1; // 1 .. 53
    auto operator<=>(const IsoWeek&) const = default;
};

IsoWeek iso_week(Date date);
Date monday_of(IsoWeek week);
// The ISO weeks that overlap the period, in order.
std::vector<IsoWeek> weeks_of(Period period);

} // namespace dagritme
