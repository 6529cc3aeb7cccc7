// The rules of a group's settings and weekday routine beyond the order of its blocks
// (check_blocks in routine.hpp): a group's id, a routine that fits the opening hours, and hours
// that leave no routine behind. Shared by the configuration loader and the settings pages, so
// both refuse the same things; each words the problem where it is shown.
#pragma once

#include "domain/group.hpp"
#include "domain/routine.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dagritme {

inline constexpr std::size_t max_group_id_length = 40;
inline constexpr std::size_t max_group_name_length = 60;

// Lowercase letters, digits and '-', 1 to 40: used in URLs and the configuration.
bool valid_group_id(std::string_view id);
// The id a name suggests: "De Zonnebloem" -> "de-zonnebloem" (letters without their accents;
// anything else becomes one '-'). Empty when the name has no letter or digit.
std::string group_id_from_name(std::string_view name);

// Why a weekday's blocks do not fit its opening hours.
struct HoursProblem {
    enum class Kind {
        closed_day,     // the group is closed that day, yet the day has blocks
        before_opening, // the block starts before the group opens
        after_closing,  // the block ends after the group closes
    };
    Kind kind = Kind::closed_day;
    std::size_t position = 0; // of the block, from 0
    RoutineBlock block;
    std::optional<OpeningHours> hours;
    bool operator==(const HoursProblem&) const = default;
};

// The first block that does not fit `hours` (nothing: closed), or nothing when all fit.
std::optional<HoursProblem> check_hours(const DayTemplate& blocks,
                                        const std::optional<OpeningHours>& hours);

// Why a group's hours cannot be saved.
struct SettingsProblem {
    enum Kind {
        closes_before_opens, // a weekday's closing time is not after its opening time
        screen_off_before_on,
        routine_outside_hours, // changed hours would leave that weekday's routine outside them
    };
    Kind kind = closes_before_opens;
    int weekday = 0;                     // 1..7; 0 for the screen hours
    std::optional<HoursProblem> routine; // routine_outside_hours: the first block left out
    bool operator==(const SettingsProblem&) const = default;
};

// Every problem of `edited`'s hours, at most one per weekday. A weekday whose hours did not
// change from `stored` is not held to its routine: a problem found there was not made now.
std::vector<SettingsProblem> check_settings(const Group& stored, const Group& edited);

} // namespace dagritme
