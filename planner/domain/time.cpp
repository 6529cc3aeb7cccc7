// Dates and times of day: strict parsing, weekdays, and Europe/Amsterdam local time.
#include "domain/time.hpp"

#include <chrono>
#include <cstdio>

namespace dagritme {
namespace {

namespace chr = std::chrono;

bool all_digits(std::string_view s) {
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return !s.empty();
}

int to_int(std::string_view s) {
    int v = 0;
    for (char c : s)
        v = v * 10 + (c - '0');
    return v;
}

// The instant (UTC) at which summer time begins or ends in the given year.
std::int64_t last_sunday_0100_utc(int year, unsigned month) {
    const chr::year_month_weekday_last last_sunday{chr::year{year}, chr::month{month},
                                                   chr::weekday_last{chr::Sunday}};
    const chr::sys_days day{last_sunday};
    return day.time_since_epoch().count() * 86400 + 3600;
}

} // namespace

std::optional<Date> Date::parse(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    const auto y = text.substr(0, 4), m = text.substr(5, 2), d = text.substr(8, 2);
    if (!all_digits(y) || !all_digits(m) || !all_digits(d)) return std::nullopt;
    const chr::year_month_day ymd{chr::year{to_int(y)},
                                  chr::month{static_cast<unsigned>(to_int(m))},
                                  chr::day{static_cast<unsigned>(to_int(d))}};
    if (!ymd.ok()) return std::nullopt;
    return Date{to_int(y), static_cast<unsigned>(to_int(m)), static_cast<unsigned>(to_int(d))};
}

Date Date::from_days(std::int64_t days_since_epoch) {
    const chr::year_month_day ymd{chr::sys_days{chr::days{days_since_epoch}}};
    return Date{static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                static_cast<unsigned>(ymd.day())};
}

std::int64_t Date::days() const {
    const chr::sys_days d{chr::year{year} / chr::month{month} / chr::day{day}};
    return d.time_since_epoch().count();
}

int Date::weekday() const {
    const chr::weekday wd{chr::sys_days{chr::days{days()}}};
    return static_cast<int>(wd.iso_encoding());
}

std::string Date::str() const {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", year, month, day);
    return buf;
}

std::optional<TimeOfDay> TimeOfDay::parse(std::string_view text) {
    if (text.size() != 5 || text[2] != ':') return std::nullopt;
    const auto h = text.substr(0, 2), m = text.substr(3, 2);
    if (!all_digits(h) || !all_digits(m)) return std::nullopt;
    const int hours = to_int(h), minutes = to_int(m);
    if (hours > 23 || minutes > 59) return std::nullopt;
    return TimeOfDay::at(hours, minutes);
}

std::string TimeOfDay::str() const {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%02d:%02d", minutes / 60, minutes % 60);
    return buf;
}

bool is_supported_timezone(std::string_view name) {
    return name == "Europe/Amsterdam";
}

int utc_offset_seconds(Instant at) {
    const int year =
        Date::from_days(at.seconds >= 0 ? at.seconds / 86400 : (at.seconds - 86399) / 86400).year;
    const bool summer =
        at.seconds >= last_sunday_0100_utc(year, 3) && at.seconds < last_sunday_0100_utc(year, 10);
    return summer ? 7200 : 3600;
}

LocalDateTime to_local(Instant at) {
    const std::int64_t local = at.seconds + utc_offset_seconds(at);
    const std::int64_t days = local >= 0 ? local / 86400 : (local - 86399) / 86400;
    const auto seconds_of_day = static_cast<int>(local - days * 86400);
    return LocalDateTime{Date::from_days(days), TimeOfDay{seconds_of_day / 60}};
}

Instant to_instant(LocalDateTime local) {
    const std::int64_t wall = local.date.days() * 86400 + local.time.minutes * 60;
    // Try summer time first, then standard time; keep the one that maps back to the wall time.
    for (int offset : {7200, 3600}) {
        const Instant candidate{wall - offset};
        if (utc_offset_seconds(candidate) == offset) return candidate;
    }
    return Instant{wall - 3600}; // the skipped spring hour: read as standard time
}

} // namespace dagritme
