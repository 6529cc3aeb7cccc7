// Attendance: person kinds by name, a local day in UTC, and who is present after which events.
#include "domain/attendance.hpp"

namespace dagritme {

std::string_view name_of(PersonKind kind) {
    return kind == PersonKind::child ? "child" : "staff";
}

std::optional<PersonKind> person_kind_from(std::string_view name) {
    if (name == "child") return PersonKind::child;
    if (name == "staff") return PersonKind::staff;
    return std::nullopt;
}

std::pair<Instant, Instant> day_range(Date date) {
    const Date next = Date::from_days(date.days() + 1);
    return {to_instant({date, TimeOfDay{0}}), to_instant({next, TimeOfDay{0}})};
}

bool is_present(const std::vector<AttendanceEvent>& events_of_day) {
    const AttendanceEvent* latest = nullptr;
    for (const auto& e : events_of_day)
        if (!latest || e.at >= latest->at) latest = &e;
    return latest && latest->check_in;
}

std::optional<AttendanceEvent> attendance_change(const std::vector<AttendanceEvent>& events_of_day,
                                                 bool check_in, Instant at) {
    if (is_present(events_of_day) == check_in) return std::nullopt;
    return AttendanceEvent{at, check_in};
}

} // namespace dagritme
