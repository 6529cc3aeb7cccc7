// Recurring parent-child sessions (ouder-kind gym, Zingen op schoot): a weekly series with its
// single changes and cancellations, expanded into the occurrences of a period; the rules for
// scheduling, changing and inviting (typed problems, worded where they are shown); and the
// clashes of a family's sessions on a day. A one-off session is a series whose first and last
// date are the same day. Times are local wall-clock times of the group: a series at 10:30 is
// at 10:30 in summer and in winter (to_instant() gives the moment when one is needed).
#pragma once

#include "domain/activity.hpp"
#include "domain/time.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace dagritme {

// One occurrence changed: another time, place or leader on that date (what is not set stays).
struct OccurrenceChange {
    std::optional<TimeOfDay> start;
    std::optional<TimeOfDay> end;
    std::optional<std::string> place;
    std::optional<std::int64_t> leader; // staff id
    bool operator==(const OccurrenceChange&) const = default;
};

// An exception to the weekly rule on one date: cancelled (with a reason) or changed.
struct SessionException {
    Date date;
    bool cancelled = false;
    std::string reason; // why it was cancelled ("gymzaal bezet")
    OccurrenceChange change;
    bool operator==(const SessionException&) const = default;
};

// A weekly series of a group. `exceptions` holds at most one per date.
struct SessionSeries {
    std::int64_t id = 0;
    std::string group_id;
    SessionType type = SessionType::lap_singing;
    int weekday = 1; // ISO: 1 = Monday ... 7 = Sunday
    TimeOfDay start;
    TimeOfDay end;
    std::string place;                  // "gymzaal"
    std::optional<std::int64_t> leader; // staff id
    int capacity = 1;                   // families
    Date first;
    std::optional<Date> last; // none: open-ended
    std::string pictogram;    // sha256
    std::vector<SessionException> exceptions;
};

// One date of a series, with its change applied.
struct SessionOccurrence {
    std::int64_t series_id = 0;
    SessionType type = SessionType::lap_singing;
    Date date;
    TimeOfDay start;
    TimeOfDay end;
    std::string place;
    std::optional<std::int64_t> leader;
    bool cancelled = false;
    std::string cancel_reason;
    bool changed = false; // a single change applies on this date
    bool operator==(const SessionOccurrence&) const = default;
};

// Every occurrence of `series` in [from, to] (both included), in date order: the series'
// weekday between its first and last date, each exception applied. Cancelled ones are
// included (marked), so a page can show them; the board leaves them out.
std::vector<SessionOccurrence> expand(const SessionSeries& series, Date from, Date to);
// The occurrence on `date`, or nothing when the series does not meet that day.
std::optional<SessionOccurrence> occurrence_on(const SessionSeries& series, Date date);

inline constexpr int earliest_session_minute = 6 * 60; // 06:00
inline constexpr int latest_session_minute = 20 * 60;  // 20:00
inline constexpr int max_session_capacity = 40;
inline constexpr std::size_t max_place_length = 80;
inline constexpr std::size_t max_reason_length = 200;

// Why a series, a change or an invitation cannot be made. `field` says what it is about.
struct SessionProblem {
    enum class Kind {
        ends_before_start,    // end is not after start
        outside_hours,        // a time before 06:00 or after 20:00
        bad_weekday,          // not 1..7
        bad_capacity,         // not 1..40
        empty_place,          // no place given
        place_too_long,       // longer than max_place_length
        last_before_first,    // the last date is before the first
        first_not_on_weekday, // the first date is not on the series' weekday
        not_an_occurrence,    // a change or cancellation on a date the series does not meet
        reason_too_long,      // a cancellation's reason is too long
        full,                 // inviting beyond the capacity
        already_invited,      // the family is invited already
        not_invited,          // uninviting or recording a family that is not invited
        unknown_leader,       // the leader is not staff of the group
        unknown_family,       // the family has no child in the group
        unknown_parent,       // a parent who is not of an invited family
        in_future,            // recording who came to an occurrence that is still to come
    };
    Kind kind = Kind::ends_before_start;
    bool operator==(const SessionProblem&) const = default;
};

// The series' own rules: times (end after start, within 06:00-20:00), weekday, capacity, place,
// first and last date (the first on the weekday, the last not before it). Leader and group are
// checked against the store by the caller.
std::optional<SessionProblem> check_series(const SessionSeries& series);
// A change or cancellation of `exception.date`: on a date the series meets, its times (as they
// will be with the change) within the rules, its place and reason short enough.
std::optional<SessionProblem> check_exception(const SessionSeries& series,
                                              const SessionException& exception);
// One more family for an occurrence (or the series) that already has `invited` families.
std::optional<SessionProblem> check_invitation(int capacity, std::size_t invited);

// Another session of the same family overlapping one occurrence in time on its date.
struct SessionClash {
    SessionOccurrence other;
    bool operator==(const SessionClash&) const = default;
};
bool operator==(const SessionOccurrence& a, const SessionOccurrence& b);
// The occurrences in `others` that overlap `occurrence` (same date, not cancelled, another
// series, start before the other's end and end after its start). A clash is a warning: the
// invitation stands.
std::vector<SessionClash> clashes_of(const SessionOccurrence& occurrence,
                                     const std::vector<SessionOccurrence>& others);

// A family's place in one occurrence, for the parents' workbook: P "gepland" for every
// occurrence it is invited to, G "gebeurd" when `attended` (one of its parents came).
struct FamilySessionVisit {
    std::int64_t series_id;
    Date date;
    SessionType type;
    TimeOfDay start;
    TimeOfDay end;
    std::string place;
    bool cancelled;
    bool attended;
};

} // namespace dagritme
