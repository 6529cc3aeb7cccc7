// Routine blocks and the weekly routine template of a group: what a child always gets,
// at the same times every day (handbook 6.4, "Routines").
#pragma once

#include "domain/time.hpp"

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dagritme {

enum class RoutineKind {
    arrival,
    eat,
    drink,
    sleep,
    care,
    free_play,
    outdoor_play,
    circle,
    music,
    gym,
    story,
    activity,
    going_home,
};

inline constexpr std::array<std::string_view, 13> routine_kind_names{
    "arrival", "eat",   "drink", "sleep", "care",     "free_play", "outdoor_play",
    "circle",  "music", "gym",   "story", "activity", "going_home"};

std::string_view name_of(RoutineKind kind);
std::optional<RoutineKind> routine_kind_from(std::string_view name);
std::string routine_kind_list(); // "arrival, eat, ..." for error messages

// One block of the day: from start to end (end exclusive), what kind, which pictogram.
struct RoutineBlock {
    TimeOfDay start;
    TimeOfDay end;
    RoutineKind kind = RoutineKind::free_play;
    std::string pictogram; // sha256 of the image in the media store
    std::string label;     // Dutch, as the children hear it: "Fruit eten"
    bool operator==(const RoutineBlock&) const = default;
};

// The blocks of one weekday, in order of start time, not overlapping.
using DayTemplate = std::vector<RoutineBlock>;

// A group's routine template: one day template per ISO weekday (index 1..7; 0 unused).
struct RoutineTemplate {
    std::array<DayTemplate, 8> days;
    const DayTemplate& for_weekday(int iso_weekday) const {
        return days.at(static_cast<std::size_t>(iso_weekday));
    }
    bool operator==(const RoutineTemplate&) const = default;
};

// Why a list of blocks is not a valid day: each block ends after it starts, and no block
// begins before the previous one ended. Worded where it is shown (Dutch in the API, English in
// config errors).
struct BlockProblem {
    enum class Kind { ends_before_start, overlaps_previous };
    Kind kind = Kind::ends_before_start;
    std::size_t position = 0; // of the block in the list, from 0
    RoutineBlock block;       // the block that breaks the day
    RoutineBlock previous;    // overlaps_previous: the block it starts inside of
    bool operator==(const BlockProblem&) const = default;
};

// The first problem of the list, or nothing when it is a valid day.
std::optional<BlockProblem> check_blocks(const std::vector<RoutineBlock>& blocks);

} // namespace dagritme
