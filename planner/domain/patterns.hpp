// The patterns of the care log over a period, as pure functions of the entries and the
// attendance: hours actually present, a heat map per routine block x weekday, emotions per ISO
// week, rates per 10 hours present (a child who comes more days must not look worse), and how
// often each ending and response occurred. The pages draw them (planner/web/charts) and export
// them (planner/web/csv); nothing here reads a store.
#pragma once

#include "domain/attendance.hpp"
#include "domain/care_log.hpp"
#include "domain/group.hpp"
#include "domain/period.hpp"
#include "domain/time.hpp"

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <utility>
#include <vector>

namespace dagritme {

// --- Hours present ---------------------------------------------------------------------------

// Seconds present in the period from one person's attendance events (any order, any dates).
// Per local date: a check-in opens, the next check-out closes (a second check-in or a check-out
// without a check-in changes nothing, as attendance_change records it). A check-in without a
// check-out that day ends at that day's closing time, never before the check-in; on a day the
// group is closed it counts nothing, as there is no closing time to end it at. Durations are
// differences of instants, so the DST days are 23 and 25 hours long.
std::int64_t seconds_present(const std::vector<AttendanceEvent>& events, const Group& group,
                             Period period);

// Attendance events per person id (as the store reads them for a period).
using AttendanceByPerson = std::map<std::int64_t, std::vector<AttendanceEvent>>;

// The UTC instants [begin, end) of the period's local dates: what to read from the store.
std::pair<Instant, Instant> instants_of(Period period);

// --- Heat map --------------------------------------------------------------------------------

struct HeatCell {
    int anchorpoints = 0;
    int limit_violations = 0;
    bool operator==(const HeatCell&) const = default;
};

// Rows are routine blocks (ordered by start time, then label), the last row "buiten de
// dagindeling" (no block) when an entry had none; columns are ISO weekdays.
struct HeatMap {
    std::vector<std::optional<BlockRef>> rows;
    std::vector<int> weekdays;                // ISO 1..7, ascending
    std::vector<std::vector<HeatCell>> cells; // [row][column]

    // The cell of a block (nothing: outside the blocks) on an ISO weekday, if it has one.
    const HeatCell* find(const std::optional<BlockRef>& row, int weekday) const;
    int max_anchorpoints() const;
    HeatCell total() const;
};

// The entries in the period (by the local date of their instant) counted per block and local
// weekday. Rows: the blocks of the group's routine template on its open days and every block an
// entry names. Columns: the weekdays the group is open, or all seven when an entry falls on a
// closed day.
HeatMap heat_map(const Group& group, Period period, const std::vector<Anchorpoint>& anchorpoints,
                 const std::vector<LimitViolation>& violations);

// --- Emotions per week -----------------------------------------------------------------------

struct WeekEmotions {
    IsoWeek week;
    std::array<int, all_emotions.size()> counts{}; // indexed like all_emotions
    int count(Emotion emotion) const;
    int total() const;
};

// Every ISO week overlapping the period (also the quiet ones, so the time axis has no gaps),
// with the anchorpoints in the period counted per emotion.
std::vector<WeekEmotions> emotions_per_week(Period period,
                                            const std::vector<Anchorpoint>& anchorpoints);

// --- Rates per hour present ------------------------------------------------------------------

inline constexpr double rate_hours = 10.0; // rates are per 10 hours present

struct ChildRate {
    std::int64_t child_id = 0;
    int anchorpoints = 0;
    int limit_violations = 0;
    std::int64_t seconds_present = 0;
    double hours_present() const { return static_cast<double>(seconds_present) / 3600.0; }
    // Per 10 hours present; nothing when the child was not present at all (not 0, not infinity).
    std::optional<double> anchorpoints_rate() const;
    std::optional<double> limit_violations_rate() const;
};

// One row per child that has attendance or an entry in the period, ordered by child id.
std::vector<ChildRate> rates_per_child(const Group& group, Period period,
                                       const AttendanceByPerson& attendance,
                                       const std::vector<Anchorpoint>& anchorpoints,
                                       const std::vector<LimitViolation>& violations);

// --- Endings and responses -------------------------------------------------------------------

struct CareCounts {
    std::array<int, all_endings.size()> endings{};          // indexed like all_endings
    std::array<int, all_care_responses.size()> responses{}; // indexed like all_care_responses
    int holdings = 0;                                       // violations with physical holding
    int holding_minutes = 0;
    int ending(Ending value) const;
    int response(CareResponse value) const;
};

// How the anchorpoints in the period ended and what was done, and how often a child was held.
CareCounts care_counts(Period period, const std::vector<Anchorpoint>& anchorpoints,
                       const std::vector<LimitViolation>& violations);

// --- All of them --------------------------------------------------------------------------

// What a pattern page shows, for a child (its own entries and attendance) or a group (all).
struct Patterns {
    Period period;
    HeatMap heat_map;
    std::vector<WeekEmotions> weeks;
    std::vector<ChildRate> rates;
    CareCounts care;
};

Patterns patterns_of(const Group& group, Period period, const AttendanceByPerson& attendance,
                     const std::vector<Anchorpoint>& anchorpoints,
                     const std::vector<LimitViolation>& violations);

} // namespace dagritme
