// A group (leefgroep): its name, opening hours, the wall screens' hours, its limits and
// its routine template.
#pragma once

#include "domain/routine.hpp"
#include "domain/time.hpp"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace dagritme {

struct OpeningHours {
    TimeOfDay open;
    TimeOfDay close;
    bool operator==(const OpeningHours&) const = default;
};

// One entry of the group's limits register: the short list of absolute boundaries the group
// agreed on. The configuration seeds the register; afterwards the coordinator keeps it. A
// retired limit stays, so that old violations still name it.
struct Limit {
    std::string text;                  // "We doen elkaar geen pijn."
    std::int64_t id = 0;               // stable; 0 until stored
    std::optional<Instant> retired_at; // no longer in use since then
    bool operator==(const Limit&) const = default;
};

struct Group {
    std::string id;   // "zonnebloem": stable, used in URLs and config
    std::string name; // "De Zonnebloem"
    std::string timezone = "Europe/Amsterdam";
    std::array<std::optional<OpeningHours>, 8> opening; // per ISO weekday (1..7); empty: closed
    TimeOfDay screen_on = TimeOfDay::at(7, 0);
    TimeOfDay screen_off = TimeOfDay::at(18, 0);
    std::vector<Limit> limits; // the register in order, without the retired ones
    RoutineTemplate routines;
    bool operator==(const Group&) const = default;
};

} // namespace dagritme
