// Periods of local dates and ISO weeks, by day counts since the epoch.
#include "domain/period.hpp"

namespace dagritme {
namespace {

Date first_of_month(Date date) {
    return Date{date.year, date.month, 1};
}

Date last_of_month(Date date) {
    const Date next =
        date.month == 12 ? Date{date.year + 1, 1, 1} : Date{date.year, date.month + 1, 1};
    return Date::from_days(next.days() - 1);
}

} // namespace

Period last_weeks(Date today, int weeks) {
    const std::int64_t length = weeks < 1 ? 7 : 7 * static_cast<std::int64_t>(weeks);
    return {Date::from_days(today.days() - length + 1), today};
}

Period this_month(Date today) {
    return {first_of_month(today), last_of_month(today)};
}

Period last_month(Date today) {
    return this_month(Date::from_days(first_of_month(today).days() - 1));
}

Period this_year(Date today) {
    return {Date{today.year, 1, 1}, Date{today.year, 12, 31}};
}

std::variant<Period, PeriodProblem> parse_period(std::string_view from, std::string_view to) {
    const auto first = Date::parse(from);
    if (!first) return PeriodProblem::bad_from;
    const auto last = Date::parse(to);
    if (!last) return PeriodProblem::bad_to;
    const Period period{*first, *last};
    if (period.to < period.from) return PeriodProblem::to_before_from;
    if (period.days() > max_period_days) return PeriodProblem::too_long;
    return period;
}

IsoWeek iso_week(Date date) {
    // The week belongs to the year of its Thursday; that Thursday's day of the year numbers it.
    const Date thursday = Date::from_days(date.days() + 4 - date.weekday());
    const std::int64_t day_of_year = thursday.days() - Date{thursday.year, 1, 1}.days();
    return {thursday.year, static_cast<int>(day_of_year / 7) + 1};
}

Date monday_of(IsoWeek week) {
    // January 4th is always in week 1.
    const Date january_4{week.year, 1, 4};
    const std::int64_t week_1_monday = january_4.days() - (january_4.weekday() - 1);
    return Date::from_days(week_1_monday + 7 * static_cast<std::int64_t>(week.week - 1));
}

std::vector<IsoWeek> weeks_of(Period period) {
    std::vector<IsoWeek> weeks;
    const Date first_monday = monday_of(iso_week(period.from));
    for (std::int64_t day = first_monday.days(); day <= period.to.days(); day += 7)
        weeks.push_back(iso_week(Date::from_days(day)));
    return weeks;
}

} // namespace dagritme
