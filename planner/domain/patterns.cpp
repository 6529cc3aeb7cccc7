// The care log's patterns: counting entries by block, weekday, week and hours present.
#include "domain/patterns.hpp"

#include <algorithm>
#include <map>
#include <tuple>

namespace dagritme {
namespace {

Date local_date(Instant at) {
    return to_local(at).date;
}

std::size_t index_of(Emotion value) {
    return static_cast<std::size_t>(value);
}

bool row_before(const std::optional<BlockRef>& a, const std::optional<BlockRef>& b) {
    // Blocks by start time, then label; "outside the blocks" last.
    if (!a || !b) return a.has_value() && !b.has_value();
    return std::tie(a->start, a->label) < std::tie(b->start, b->label);
}

bool is_open(const Group& group, int weekday) {
    return group.opening.at(static_cast<std::size_t>(weekday)).has_value();
}

struct DatedEvent {
    Date date;
    std::size_t position = 0; // in the caller's list: at equal instants the later one wins
    AttendanceEvent event;
};

// Seconds present on one day from its events sorted by instant.
std::int64_t seconds_of_day(const Group& group, Date date, const std::vector<DatedEvent>& day) {
    std::int64_t seconds = 0;
    std::optional<Instant> since;
    for (const auto& [unused_date, unused_position, event] : day) {
        if (event.check_in) {
            if (!since) since = event.at;
        } else if (since) {
            seconds += event.at.seconds - since->seconds;
            since.reset();
        }
    }
    if (since) {
        const auto& hours = group.opening.at(static_cast<std::size_t>(date.weekday()));
        if (hours) {
            const Instant closing = to_instant({date, hours->close});
            seconds += std::max<std::int64_t>(0, closing.seconds - since->seconds);
        }
    }
    return seconds;
}

} // namespace

std::int64_t seconds_present(const std::vector<AttendanceEvent>& events, const Group& group,
                             Period period) {
    std::vector<DatedEvent> dated;
    for (std::size_t i = 0; i < events.size(); ++i) {
        const Date date = local_date(events[i].at);
        if (period.contains(date)) dated.push_back({date, i, events[i]});
    }
    std::sort(dated.begin(), dated.end(), [](const DatedEvent& a, const DatedEvent& b) {
        return std::tie(a.event.at, a.position) < std::tie(b.event.at, b.position);
    });
    std::int64_t seconds = 0;
    for (auto first = dated.begin(); first != dated.end();) {
        const auto last = std::find_if(first, dated.end(),
                                       [&](const DatedEvent& e) { return e.date != first->date; });
        seconds += seconds_of_day(group, first->date, std::vector<DatedEvent>(first, last));
        first = last;
    }
    return seconds;
}

std::pair<Instant, Instant> instants_of(Period period) {
    return {day_range(period.from).first, day_range(period.to).second};
}

// --- Heat map --------------------------------------------------------------------------------

const HeatCell* HeatMap::find(const std::optional<BlockRef>& row, int weekday) const {
    const auto r = std::find(rows.begin(), rows.end(), row);
    const auto c = std::find(weekdays.begin(), weekdays.end(), weekday);
    if (r == rows.end() || c == weekdays.end()) return nullptr;
    return &cells.at(static_cast<std::size_t>(r - rows.begin()))
                .at(static_cast<std::size_t>(c - weekdays.begin()));
}

int HeatMap::max_anchorpoints() const {
    int most = 0;
    for (const auto& row : cells)
        for (const auto& cell : row)
            most = std::max(most, cell.anchorpoints);
    return most;
}

HeatCell HeatMap::total() const {
    HeatCell sum;
    for (const auto& row : cells)
        for (const auto& cell : row) {
            sum.anchorpoints += cell.anchorpoints;
            sum.limit_violations += cell.limit_violations;
        }
    return sum;
}

HeatMap heat_map(const Group& group, Period period, const std::vector<Anchorpoint>& anchorpoints,
                 const std::vector<LimitViolation>& violations) {
    struct Entry {
        std::optional<BlockRef> block;
        int weekday = 1;
        bool anchorpoint = true;
    };
    std::vector<Entry> entries;
    for (const auto& a : anchorpoints)
        if (const Date date = local_date(a.at); period.contains(date))
            entries.push_back({a.block, date.weekday(), true});
    for (const auto& v : violations)
        if (const Date date = local_date(v.at); period.contains(date))
            entries.push_back({v.block, date.weekday(), false});

    HeatMap map;
    bool on_closed_day = false;
    for (int day = 1; day <= 7; ++day) {
        if (!is_open(group, day)) continue;
        map.weekdays.push_back(day);
        for (const auto& block : group.routines.for_weekday(day))
            map.rows.emplace_back(BlockRef{block.start, block.label});
    }
    for (const auto& entry : entries) {
        map.rows.push_back(entry.block);
        on_closed_day = on_closed_day || !is_open(group, entry.weekday);
    }
    if (on_closed_day || map.weekdays.empty()) map.weekdays = {1, 2, 3, 4, 5, 6, 7};
    std::sort(map.rows.begin(), map.rows.end(), row_before);
    map.rows.erase(std::unique(map.rows.begin(), map.rows.end()), map.rows.end());

    map.cells.assign(map.rows.size(), std::vector<HeatCell>(map.weekdays.size()));
    for (const auto& entry : entries) {
        // Both are there: every entry's block became a row, and its weekday a column.
        const auto r = std::find(map.rows.begin(), map.rows.end(), entry.block);
        const auto c = std::find(map.weekdays.begin(), map.weekdays.end(), entry.weekday);
        auto& cell = map.cells.at(static_cast<std::size_t>(r - map.rows.begin()))
                         .at(static_cast<std::size_t>(c - map.weekdays.begin()));
        ++(entry.anchorpoint ? cell.anchorpoints : cell.limit_violations);
    }
    return map;
}

// --- Emotions per week -----------------------------------------------------------------------

int WeekEmotions::count(Emotion emotion) const {
    return counts.at(index_of(emotion));
}

int WeekEmotions::total() const {
    int sum = 0;
    for (const int n : counts)
        sum += n;
    return sum;
}

std::vector<WeekEmotions> emotions_per_week(Period period,
                                            const std::vector<Anchorpoint>& anchorpoints) {
    std::vector<WeekEmotions> weeks;
    for (const IsoWeek week : weeks_of(period))
        weeks.push_back({week, {}});
    for (const auto& a : anchorpoints) {
        const Date date = local_date(a.at);
        if (!period.contains(date)) continue;
        const auto found = std::lower_bound(
            weeks.begin(), weeks.end(), iso_week(date),
            [](const WeekEmotions& w, const IsoWeek& week) { return w.week < week; });
        ++found->counts.at(index_of(a.emotion));
    }
    return weeks;
}

// --- Rates per hour present ------------------------------------------------------------------

namespace {

std::optional<double> per_rate_hours(int count, std::int64_t seconds) {
    if (seconds <= 0) return std::nullopt;
    return static_cast<double>(count) * rate_hours * 3600.0 / static_cast<double>(seconds);
}

} // namespace

std::optional<double> ChildRate::anchorpoints_rate() const {
    return per_rate_hours(anchorpoints, seconds_present);
}

std::optional<double> ChildRate::limit_violations_rate() const {
    return per_rate_hours(limit_violations, seconds_present);
}

std::vector<ChildRate> rates_per_child(const Group& group, Period period,
                                       const AttendanceByPerson& attendance,
                                       const std::vector<Anchorpoint>& anchorpoints,
                                       const std::vector<LimitViolation>& violations) {
    std::map<std::int64_t, ChildRate> by_child;
    const auto row = [&](std::int64_t child) -> ChildRate& {
        auto& rate = by_child[child];
        rate.child_id = child;
        return rate;
    };
    for (const auto& [child, events] : attendance)
        row(child).seconds_present += seconds_present(events, group, period);
    for (const auto& a : anchorpoints)
        if (period.contains(local_date(a.at))) ++row(a.child_id).anchorpoints;
    for (const auto& v : violations)
        if (period.contains(local_date(v.at))) ++row(v.child_id).limit_violations;

    std::vector<ChildRate> rates;
    for (const auto& [child, rate] : by_child)
        rates.push_back(rate);
    return rates;
}

// --- Endings and responses -------------------------------------------------------------------

int CareCounts::ending(Ending value) const {
    return endings.at(static_cast<std::size_t>(value));
}

int CareCounts::response(CareResponse value) const {
    return responses.at(static_cast<std::size_t>(value));
}

CareCounts care_counts(Period period, const std::vector<Anchorpoint>& anchorpoints,
                       const std::vector<LimitViolation>& violations) {
    CareCounts counts;
    for (const auto& a : anchorpoints) {
        if (!period.contains(local_date(a.at))) continue;
        ++counts.endings.at(static_cast<std::size_t>(a.ending));
        for (const auto response : a.responses)
            ++counts.responses.at(static_cast<std::size_t>(response));
    }
    for (const auto& v : violations) {
        if (!period.contains(local_date(v.at)) || !v.holding) continue;
        ++counts.holdings;
        counts.holding_minutes += v.holding->minutes;
    }
    return counts;
}

Patterns patterns_of(const Group& group, Period period, const AttendanceByPerson& attendance,
                     const std::vector<Anchorpoint>& anchorpoints,
                     const std::vector<LimitViolation>& violations) {
    return {period, heat_map(group, period, anchorpoints, violations),
            emotions_per_week(period, anchorpoints),
            rates_per_child(group, period, attendance, anchorpoints, violations),
            care_counts(period, anchorpoints, violations)};
}

} // namespace dagritme
