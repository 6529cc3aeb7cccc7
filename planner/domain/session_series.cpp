// The weekly rule of a session series, its exceptions, and the rules for changing it.
#include "domain/session_series.hpp"

#include <algorithm>

namespace dagritme {
namespace {

const SessionException* exception_on(const SessionSeries& series, Date date) {
    for (const auto& e : series.exceptions)
        if (e.date == date) return &e;
    return nullptr;
}

bool meets_on(const SessionSeries& series, Date date) {
    return date.weekday() == series.weekday && date >= series.first &&
           (!series.last || date <= *series.last);
}

SessionOccurrence occurrence(const SessionSeries& series, Date date) {
    SessionOccurrence o{series.id,    series.type,   date,  series.start, series.end,
                        series.place, series.leader, false, {},           false};
    if (const auto* e = exception_on(series, date)) {
        o.cancelled = e->cancelled;
        o.cancel_reason = e->reason;
        const auto& c = e->change;
        o.changed = c != OccurrenceChange{};
        o.start = c.start.value_or(o.start);
        o.end = c.end.value_or(o.end);
        o.place = c.place.value_or(o.place);
        if (c.leader) o.leader = c.leader;
    }
    return o;
}

bool within_hours(TimeOfDay t) {
    return t.minutes >= earliest_session_minute && t.minutes <= latest_session_minute;
}

std::optional<SessionProblem> check_times(TimeOfDay start, TimeOfDay end) {
    using Kind = SessionProblem::Kind;
    if (!within_hours(start) || !within_hours(end)) return SessionProblem{Kind::outside_hours};
    if (end <= start) return SessionProblem{Kind::ends_before_start};
    return std::nullopt;
}

std::optional<SessionProblem> check_place(const std::string& place) {
    using Kind = SessionProblem::Kind;
    if (place.empty()) return SessionProblem{Kind::empty_place};
    if (place.size() > max_place_length) return SessionProblem{Kind::place_too_long};
    return std::nullopt;
}

} // namespace

std::vector<SessionOccurrence> expand(const SessionSeries& series, Date from, Date to) {
    std::vector<SessionOccurrence> out;
    if (series.weekday < 1 || series.weekday > 7) return out;
    const Date begin = std::max(from, series.first);
    const Date end = series.last ? std::min(to, *series.last) : to;
    if (end < begin) return out;
    // The first day on the weekday, then every seventh day: dates, not instants, so a
    // change to or from summer time moves nothing.
    auto day = begin.days() + (series.weekday - begin.weekday() + 7) % 7;
    for (; day <= end.days(); day += 7)
        out.push_back(occurrence(series, Date::from_days(day)));
    return out;
}

std::optional<SessionOccurrence> occurrence_on(const SessionSeries& series, Date date) {
    if (!meets_on(series, date)) return std::nullopt;
    return occurrence(series, date);
}

std::optional<SessionProblem> check_series(const SessionSeries& series) {
    using Kind = SessionProblem::Kind;
    if (series.weekday < 1 || series.weekday > 7) return SessionProblem{Kind::bad_weekday};
    if (auto p = check_times(series.start, series.end)) return p;
    if (series.capacity < 1 || series.capacity > max_session_capacity)
        return SessionProblem{Kind::bad_capacity};
    if (auto p = check_place(series.place)) return p;
    if (series.first.weekday() != series.weekday) return SessionProblem{Kind::first_not_on_weekday};
    if (series.last && *series.last < series.first) return SessionProblem{Kind::last_before_first};
    return std::nullopt;
}

std::optional<SessionProblem> check_exception(const SessionSeries& series,
                                              const SessionException& exception) {
    using Kind = SessionProblem::Kind;
    if (!meets_on(series, exception.date)) return SessionProblem{Kind::not_an_occurrence};
    if (exception.reason.size() > max_reason_length) return SessionProblem{Kind::reason_too_long};
    const auto& c = exception.change;
    if (auto p = check_times(c.start.value_or(series.start), c.end.value_or(series.end))) return p;
    if (c.place)
        if (auto p = check_place(*c.place)) return p;
    return std::nullopt;
}

std::optional<SessionProblem> check_invitation(int capacity, std::size_t invited) {
    if (capacity < 0 || invited >= static_cast<std::size_t>(capacity))
        return SessionProblem{SessionProblem::Kind::full};
    return std::nullopt;
}

bool operator==(const SessionOccurrence& a, const SessionOccurrence& b) {
    return a.series_id == b.series_id && a.type == b.type && a.date == b.date &&
           a.start == b.start && a.end == b.end && a.place == b.place && a.leader == b.leader &&
           a.cancelled == b.cancelled && a.cancel_reason == b.cancel_reason &&
           a.changed == b.changed;
}

std::vector<SessionClash> clashes_of(const SessionOccurrence& occurrence,
                                     const std::vector<SessionOccurrence>& others) {
    std::vector<SessionClash> out;
    if (occurrence.cancelled) return out;
    for (const auto& o : others)
        if (o.series_id != occurrence.series_id && !o.cancelled && o.date == occurrence.date &&
            o.start < occurrence.end && occurrence.start < o.end)
            out.push_back({o});
    return out;
}

} // namespace dagritme
