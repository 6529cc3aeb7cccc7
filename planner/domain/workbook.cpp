// The parents' workbook: activity names, months, the month overview and the checks.
#include "domain/workbook.hpp"

#include "domain/care_log.hpp" // text_length, trimmed
#include "domain/parenting_situations.hpp"

#include <algorithm>
#include <map>

namespace dagritme {
namespace {

constexpr std::array<std::string_view, 6> activity_names{
    "oudergesprek", "video", "opvoedingssituaties", "sociogram", "ok_gym", "muziek"};

bool in_range(Date date, Date today) {
    const auto distance = date.days() - today.days();
    return distance >= -max_days_from_today && distance <= max_days_from_today;
}

void check_text(std::vector<WorkbookProblem>& problems, const std::string& text, const char* field,
                std::size_t max_length, bool required) {
    using Kind = WorkbookProblem::Kind;
    if (required && trimmed(text).empty())
        problems.push_back({Kind::text_empty, field, 0});
    else if (text_length(text) > max_length)
        problems.push_back({Kind::text_too_long, field, static_cast<std::int64_t>(max_length)});
}

} // namespace

std::string_view name_of(WorkbookActivity activity) {
    return activity_names.at(column_of(activity));
}

std::optional<WorkbookActivity> workbook_activity_from(std::string_view name) {
    for (std::size_t i = 0; i < activity_names.size(); ++i)
        if (activity_names[i] == name) return all_workbook_activities[i];
    return std::nullopt;
}

std::size_t column_of(WorkbookActivity activity) {
    return static_cast<std::size_t>(activity);
}

std::optional<Month> Month::parse(std::string_view text) {
    if (text.size() != 7 || text[4] != '-') return std::nullopt;
    const auto date = Date::parse(std::string(text) + "-01");
    if (!date) return std::nullopt;
    return Month{date->year, date->month};
}

Month Month::of(Date date) {
    return Month{date.year, date.month};
}

std::string Month::str() const {
    return first_day().str().substr(0, 7);
}

Date Month::first_day() const {
    return Date{year, month, 1};
}

Date Month::last_day() const {
    return Date::from_days(next().first_day().days() - 1);
}

Month Month::next() const {
    return month == 12 ? Month{year + 1, 1} : Month{year, month + 1};
}

Month Month::previous() const {
    return month == 1 ? Month{year - 1, 12} : Month{year, month - 1};
}

MonthOverview month_overview(Month month, const std::vector<WorkbookItem>& items) {
    std::map<Date, OverviewRow> rows;
    for (const auto& item : items) {
        if (!month.contains(item.date)) continue;
        auto& row = rows[item.date];
        row.date = item.date;
        auto& cell = row.cells.at(column_of(item.type));
        cell.planned = cell.planned || item.planned;
        cell.happened = cell.happened || item.happened;
    }
    MonthOverview overview{month, {}};
    for (auto& [date, row] : rows)
        overview.rows.push_back(row);
    return overview;
}

WorkbookItem item_of(const WorkbookAppointment& appointment) {
    // A workbook appointment exists because it was planned; happened is marked later.
    return WorkbookItem{appointment.date, appointment.type, true, appointment.happened};
}

std::optional<WorkbookItem> item_of(const FamilySessionVisit& visit) {
    if (visit.cancelled) return std::nullopt;
    const auto type = visit.type == SessionType::parent_child_gym
                          ? WorkbookActivity::parent_child_gym
                          : WorkbookActivity::music;
    return WorkbookItem{visit.date, type, true, visit.attended};
}

bool overlaps(const WorkbookAppointment& appointment, Date date, TimeOfDay start, TimeOfDay end) {
    if (!appointment.start || appointment.date != date) return false;
    const auto from = appointment.start->minutes;
    return from < end.minutes && start.minutes < from + appointment_minutes;
}

std::vector<AppointmentClash>
appointment_clashes(const std::vector<WorkbookAppointment>& appointments,
                    const std::vector<FamilySessionVisit>& sessions) {
    std::vector<AppointmentClash> out;
    for (const auto& a : appointments) {
        if (!a.start) continue;
        const TimeOfDay end{a.start->minutes + appointment_minutes};
        for (const auto& other : appointments)
            if (other.id != a.id && overlaps(other, a.date, *a.start, end))
                out.push_back({a.id, other, std::nullopt});
        for (const auto& s : sessions)
            if (!s.cancelled && overlaps(a, s.date, s.start, s.end))
                out.push_back({a.id, std::nullopt, s});
    }
    return out;
}

bool WorkbookReport::same_text(const WorkbookReport& other) const {
    return appointment_id == other.appointment_id && date == other.date &&
           who_present == other.who_present && discussed == other.discussed &&
           intentions == other.intentions && next_appointment == other.next_appointment;
}

std::vector<WorkbookProblem> check_appointment(const WorkbookAppointment& appointment, Date today) {
    std::vector<WorkbookProblem> problems;
    if (!in_range(appointment.date, today))
        problems.push_back({WorkbookProblem::Kind::date_out_of_range, "date", 0});
    check_text(problems, appointment.note, "note", max_appointment_note_length, false);
    if (appointment.happened && appointment.date > today)
        problems.push_back({WorkbookProblem::Kind::happened_in_future, "date", 0});
    return problems;
}

std::optional<WorkbookProblem> check_mark_happened(const WorkbookAppointment& appointment,
                                                   Date today) {
    if (appointment.happened)
        return WorkbookProblem{WorkbookProblem::Kind::already_happened, "appointment",
                               appointment.id};
    if (appointment.date > today)
        return WorkbookProblem{WorkbookProblem::Kind::happened_in_future, "appointment",
                               appointment.id};
    return std::nullopt;
}

std::vector<WorkbookProblem> check_report(const WorkbookReport& report, Date today) {
    using Kind = WorkbookProblem::Kind;
    std::vector<WorkbookProblem> problems;
    if (!in_range(report.date, today))
        problems.push_back({Kind::date_out_of_range, "date", 0});
    else if (report.date > today)
        problems.push_back({Kind::date_in_future, "date", 0});
    check_text(problems, report.who_present, "who_present", max_who_present_length, true);
    check_text(problems, report.discussed, "discussed", max_report_text_length, true);
    check_text(problems, report.intentions, "intentions", max_report_text_length, false);
    if (report.next_appointment) {
        if (*report.next_appointment < report.date)
            problems.push_back({Kind::next_before_report, "next_appointment", 0});
        else if (!in_range(*report.next_appointment, today))
            problems.push_back({Kind::date_out_of_range, "next_appointment", 0});
    }
    return problems;
}

std::vector<WorkbookProblem> check_situation_discussed(int number, Date date, Date today) {
    using Kind = WorkbookProblem::Kind;
    std::vector<WorkbookProblem> problems;
    if (!parenting_situation(number))
        problems.push_back({Kind::unknown_situation, "situation", number});
    if (!in_range(date, today))
        problems.push_back({Kind::date_out_of_range, "date", 0});
    else if (date > today)
        problems.push_back({Kind::date_in_future, "date", 0});
    return problems;
}

std::optional<WorkbookProblem> check_form_key(std::string_view key) {
    if (key.empty() || key.size() > 100)
        return WorkbookProblem{WorkbookProblem::Kind::bad_idempotency_key, "key", 0};
    return std::nullopt;
}

} // namespace dagritme
