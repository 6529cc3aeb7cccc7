// A child's placement on its group: the weekdays it comes (a whole day, the morning or the
// afternoon), its first and last day, and why it left; and its absences ("ziek vandaag",
// "komt om 10:00", "vakantie 22-26 december"). Pure rules: who is expected on a date, and the
// problems of a placement or an absence as entered. An absence's reason and note are care data:
// they stay in the record and never reach a board.
#pragma once

#include "domain/group.hpp"
#include "domain/time.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace dagritme {

enum class DayPart { day, morning, afternoon };

struct PlacementDay {
    int weekday = 1; // ISO: 1 = Monday ... 7 = Sunday
    DayPart part = DayPart::day;
    bool operator==(const PlacementDay&) const = default;
};

enum class LeaveReason { none, completed, referred, moved, other };

struct Placement {
    std::optional<Date> first_day; // nothing: placed before placements were kept
    std::optional<Date> last_day;  // nothing: no end set
    std::vector<PlacementDay> days;
    LeaveReason leave_reason = LeaveReason::none;
    std::string leave_note;
    bool operator==(const Placement&) const = default;
};

// Whether the placement covers `date`: within its first and last day, on one of its weekdays.
bool placed_on(const Placement& placement, Date date);
// Whether the child has left by `date` (its last day is before it).
bool has_left(const Placement& placement, Date date);

enum class AbsenceReason { ill, holiday, later, appointment, other };

struct Absence {
    std::int64_t id = 0;
    std::int64_t child_id = 0;
    Date first_day;
    Date last_day;
    AbsenceReason reason = AbsenceReason::ill;
    std::optional<TimeOfDay> arrives_at; // "komt om 10:00": expected, later
    std::string note;
    std::optional<std::int64_t> recorded_by; // account id
    Instant recorded_at;
};

// Whether the absence keeps the child away on `date` (a late arrival does not).
bool away_on(const Absence& absence, Date date);
bool covers(const Absence& absence, Date date);

// --- problems as entered -------------------------------------------------------------------

inline constexpr std::size_t max_name_length = 60;
inline constexpr std::size_t max_item_length = 60;
inline constexpr std::size_t max_absence_note_length = 500;
inline constexpr int max_child_age_years = 8;

enum class ChildField {
    first_name,
    surname,
    birth_date,
    family,
    group,
    first_day,
    last_day,
    days,
    own_place_item,
    leave_reason,
};

struct ChildProblem {
    enum class Kind {
        empty,
        too_long,
        in_future,          // a birth date after today
        too_old,            // born more than 8 years ago
        ends_before_start,  // last day before first day
        no_days,            // no weekday chosen
        closed_day,         // a weekday the group is closed (`weekday`)
        part_outside_hours, // a morning or afternoon on a day the group does not open then
        unknown,            // the family or group does not exist
        left_already,       // the placement has already ended
    };
    Kind kind = Kind::empty;
    ChildField field = ChildField::first_name;
    int weekday = 0;
};

// The child's own fields as entered (`today` the group's date).
struct ChildEntry {
    std::string first_name;
    std::string surname;
    std::optional<Date> birth_date;
    std::string own_place_item;
};
std::vector<ChildProblem> check_child(const ChildEntry& child, Date today);
// The placement's days against the group's opening hours, and its dates.
std::vector<ChildProblem> check_placement(const Placement& placement, const Group& group);

enum class AbsenceField { first_day, last_day, arrives_at, note };

struct AbsenceProblem {
    enum class Kind {
        ends_before_start,
        outside_placement, // not one placement day between first and last day
        late_needs_time,   // "komt later" without a time
        time_outside_day,  // the time is not within the group's opening hours that day
        late_one_day,      // "komt later" spans one day
        too_long,
        too_far_ahead, // more than a year ahead
    };
    Kind kind = Kind::ends_before_start;
    AbsenceField field = AbsenceField::first_day;
};
std::vector<AbsenceProblem> check_absence(const Absence& absence, const Placement& placement,
                                          const Group& group, Date today);

// The words as stored and as the forms send them: "dag", "ochtend", "middag"; "ziek",
// "vakantie", "later", "afspraak", "anders"; "afronding", "verwijzing", "verhuizing", "anders".
std::string_view word_of(DayPart part);
std::optional<DayPart> day_part_of(std::string_view word);
std::string_view word_of(AbsenceReason reason);
std::optional<AbsenceReason> absence_reason_of(std::string_view word);
std::string_view word_of(LeaveReason reason); // "" for none
std::optional<LeaveReason> leave_reason_of(std::string_view word);

} // namespace dagritme
