// The rules of placements and absences.
#include "domain/placement.hpp"

#include <algorithm>
#include <array>
#include <utility>

namespace dagritme {
namespace {

std::size_t characters(const std::string& text) {
    std::size_t n = 0;
    for (const char c : text)
        n += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    return n;
}

bool blank(const std::string& text) {
    return std::all_of(text.begin(), text.end(),
                       [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

// Noon splits a day into its morning and its afternoon.
const TimeOfDay noon{12 * 60};

} // namespace

bool placed_on(const Placement& placement, Date date) {
    if (placement.first_day && date < *placement.first_day) return false;
    if (placement.last_day && date > *placement.last_day) return false;
    const int weekday = date.weekday();
    return std::any_of(placement.days.begin(), placement.days.end(),
                       [&](const PlacementDay& d) { return d.weekday == weekday; });
}

bool has_left(const Placement& placement, Date date) {
    return placement.last_day && *placement.last_day < date;
}

bool covers(const Absence& absence, Date date) {
    return absence.first_day <= date && date <= absence.last_day;
}

bool away_on(const Absence& absence, Date date) {
    return covers(absence, date) && absence.reason != AbsenceReason::later;
}

std::vector<ChildProblem> check_child(const ChildEntry& child, Date today) {
    using Kind = ChildProblem::Kind;
    std::vector<ChildProblem> problems;
    if (blank(child.first_name))
        problems.push_back({Kind::empty, ChildField::first_name});
    else if (characters(child.first_name) > max_name_length)
        problems.push_back({Kind::too_long, ChildField::first_name});
    if (blank(child.surname))
        problems.push_back({Kind::empty, ChildField::surname});
    else if (characters(child.surname) > max_name_length)
        problems.push_back({Kind::too_long, ChildField::surname});
    if (!child.birth_date)
        problems.push_back({Kind::empty, ChildField::birth_date});
    else if (*child.birth_date > today)
        problems.push_back({Kind::in_future, ChildField::birth_date});
    else {
        const Date limit{today.year - max_child_age_years, today.month,
                         today.month == 2 && today.day == 29 ? 28 : today.day};
        if (*child.birth_date < limit) problems.push_back({Kind::too_old, ChildField::birth_date});
    }
    if (characters(child.own_place_item) > max_item_length)
        problems.push_back({Kind::too_long, ChildField::own_place_item});
    return problems;
}

std::vector<ChildProblem> check_placement(const Placement& placement, const Group& group) {
    using Kind = ChildProblem::Kind;
    std::vector<ChildProblem> problems;
    if (!placement.first_day) problems.push_back({Kind::empty, ChildField::first_day});
    if (placement.first_day && placement.last_day && *placement.last_day < *placement.first_day)
        problems.push_back({Kind::ends_before_start, ChildField::last_day});
    if (placement.days.empty()) problems.push_back({Kind::no_days, ChildField::days});
    for (const auto& day : placement.days) {
        const auto& hours = group.opening[static_cast<std::size_t>(day.weekday)];
        if (day.weekday < 1 || day.weekday > 7 || !hours) {
            problems.push_back({Kind::closed_day, ChildField::days, day.weekday});
            continue;
        }
        if ((day.part == DayPart::morning && hours->open >= noon) ||
            (day.part == DayPart::afternoon && hours->close <= noon))
            problems.push_back({Kind::part_outside_hours, ChildField::days, day.weekday});
    }
    if (characters(placement.leave_note) > max_item_length * 4)
        problems.push_back({Kind::too_long, ChildField::leave_reason});
    return problems;
}

std::vector<AbsenceProblem> check_absence(const Absence& absence, const Placement& placement,
                                          const Group& group, Date today) {
    using Kind = AbsenceProblem::Kind;
    std::vector<AbsenceProblem> problems;
    if (absence.last_day < absence.first_day) {
        problems.push_back({Kind::ends_before_start, AbsenceField::last_day});
        return problems;
    }
    if (absence.first_day.days() > today.days() + 366)
        problems.push_back({Kind::too_far_ahead, AbsenceField::first_day});
    else {
        bool any = false;
        for (auto d = absence.first_day.days(); d <= absence.last_day.days() && !any; ++d)
            any = placed_on(placement, Date::from_days(d));
        if (!any) problems.push_back({Kind::outside_placement, AbsenceField::first_day});
    }
    if (absence.reason == AbsenceReason::later) {
        if (absence.first_day != absence.last_day)
            problems.push_back({Kind::late_one_day, AbsenceField::last_day});
        if (!absence.arrives_at)
            problems.push_back({Kind::late_needs_time, AbsenceField::arrives_at});
        else if (const auto& hours =
                     group.opening[static_cast<std::size_t>(absence.first_day.weekday())];
                 !hours || *absence.arrives_at < hours->open || *absence.arrives_at >= hours->close)
            problems.push_back({Kind::time_outside_day, AbsenceField::arrives_at});
    }
    if (characters(absence.note) > max_absence_note_length)
        problems.push_back({Kind::too_long, AbsenceField::note});
    return problems;
}

namespace {

constexpr std::array<std::pair<DayPart, std::string_view>, 3> part_words{
    {{DayPart::day, "dag"}, {DayPart::morning, "ochtend"}, {DayPart::afternoon, "middag"}}};
constexpr std::array<std::pair<AbsenceReason, std::string_view>, 5> absence_words{
    {{AbsenceReason::ill, "ziek"},
     {AbsenceReason::holiday, "vakantie"},
     {AbsenceReason::later, "later"},
     {AbsenceReason::appointment, "afspraak"},
     {AbsenceReason::other, "anders"}}};
constexpr std::array<std::pair<LeaveReason, std::string_view>, 5> leave_words{
    {{LeaveReason::none, ""},
     {LeaveReason::completed, "afronding"},
     {LeaveReason::referred, "verwijzing"},
     {LeaveReason::moved, "verhuizing"},
     {LeaveReason::other, "anders"}}};

template <typename E, std::size_t N>
std::string_view word_in(const std::array<std::pair<E, std::string_view>, N>& words, E value) {
    for (const auto& [v, w] : words)
        if (v == value) return w;
    return {};
}

template <typename E, std::size_t N>
std::optional<E> value_in(const std::array<std::pair<E, std::string_view>, N>& words,
                          std::string_view word) {
    for (const auto& [v, w] : words)
        if (w == word) return v;
    return std::nullopt;
}

} // namespace

std::string_view word_of(DayPart part) {
    return word_in(part_words, part);
}
std::optional<DayPart> day_part_of(std::string_view word) {
    return value_in(part_words, word);
}
std::string_view word_of(AbsenceReason reason) {
    return word_in(absence_words, reason);
}
std::optional<AbsenceReason> absence_reason_of(std::string_view word) {
    return value_in(absence_words, word);
}
std::string_view word_of(LeaveReason reason) {
    return word_in(leave_words, reason);
}
std::optional<LeaveReason> leave_reason_of(std::string_view word) {
    return value_in(leave_words, word);
}

} // namespace dagritme
