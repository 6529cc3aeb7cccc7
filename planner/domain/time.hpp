// Calendar dates, times of day and the group's local time (Europe/Amsterdam).
// Pure value types: plans are in local time, events are UTC instants; the conversions
// between the two follow the EU daylight-saving rule, so the two DST days come out right.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace dagritme {

// A calendar date in the group's local time.
struct Date {
    int year = 1970;
    unsigned month = 1;
    unsigned day = 1;

    // "YYYY-MM-DD" of a real calendar day, or nothing.
    static std::optional<Date> parse(std::string_view text);
    static Date from_days(std::int64_t days_since_epoch);
    std::int64_t days() const; // days since 1970-01-01
    int weekday() const;       // ISO: 1 = Monday ... 7 = Sunday
    std::string str() const;   // "YYYY-MM-DD"
    auto operator<=>(const Date&) const = default;
};

// A time of day in minutes after midnight, 00:00 to 23:59.
struct TimeOfDay {
    int minutes = 0;

    // "HH:MM" with HH 00-23 and MM 00-59, or nothing.
    static std::optional<TimeOfDay> parse(std::string_view text);
    static TimeOfDay at(int hour, int minute) { return TimeOfDay{hour * 60 + minute}; }
    std::string str() const; // "HH:MM"
    auto operator<=>(const TimeOfDay&) const = default;
};

// A moment in UTC, seconds since the epoch.
struct Instant {
    std::int64_t seconds = 0;
    auto operator<=>(const Instant&) const = default;
};

// The local civil time of a moment.
struct LocalDateTime {
    Date date;
    TimeOfDay time;
    auto operator<=>(const LocalDateTime&) const = default;
};

// Time zones Dagritme knows; plans are interpreted in the group's zone.
// Europe/Amsterdam: CET (UTC+1), CEST (UTC+2) from the last Sunday of March 01:00 UTC
// to the last Sunday of October 01:00 UTC.
bool is_supported_timezone(std::string_view name);
int utc_offset_seconds(Instant at);
LocalDateTime to_local(Instant at);
// The instant of a local time. In the hour skipped in spring, the time is taken as standard
// time (02:30 -> 03:30 CEST); in the hour repeated in autumn, the first (summer) one.
Instant to_instant(LocalDateTime local);

} // namespace dagritme
