// Attendance: check-in and check-out of children and staff, stored as UTC instants and
// read per local date of the group.
#pragma once

#include "domain/time.hpp"

#include <cstdint>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

namespace dagritme {

enum class PersonKind { child, staff };
std::string_view name_of(PersonKind kind);
std::optional<PersonKind> person_kind_from(std::string_view name);

struct AttendanceEvent {
    Instant at;
    bool check_in = true; // false: check-out
};

// The UTC instants [begin, end) of a local date (23, 24 or 25 hours long).
std::pair<Instant, Instant> day_range(Date date);

// Whether someone is present after these events of one day: the latest is a check-in.
// Events need not be sorted; at equal instants the later one in the list wins.
bool is_present(const std::vector<AttendanceEvent>& events_of_day);

// The event that checks someone in (`check_in`) or out at `at`, or nothing when it would change
// nothing: checking in someone who is here, or out someone who is not, records no event.
std::optional<AttendanceEvent> attendance_change(const std::vector<AttendanceEvent>& events_of_day,
                                                 bool check_in, Instant at);

} // namespace dagritme
