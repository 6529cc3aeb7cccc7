// The parents' workbook (werkboek, handbook appendix 3; DOMAIN.md "The parents' workbook"):
// appointments of the six activity types, planned (P on the paper form) and happened (G), the
// month overview laid out like the paper form, and the short reports written after an activity
// with the parent. Pure values and rules: the store keeps them, the pages word the problems.
#pragma once

#include "domain/session_series.hpp"
#include "domain/time.hpp"

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dagritme {

// The columns of the paper form, in its order.
enum class WorkbookActivity {
    parent_talk,          // Oudergesprek
    video,                // Video
    parenting_situations, // Opvoedingssituaties
    sociogram,            // Sociogram
    parent_child_gym,     // O-K gym (ouder-kind gym)
    music,                // Muziek (Zingen op schoot)
};
inline constexpr std::array<WorkbookActivity, 6> all_workbook_activities{
    WorkbookActivity::parent_talk,          WorkbookActivity::video,
    WorkbookActivity::parenting_situations, WorkbookActivity::sociogram,
    WorkbookActivity::parent_child_gym,     WorkbookActivity::music};

// Stored as "oudergesprek", "video", "opvoedingssituaties", "sociogram", "ok_gym", "muziek".
std::string_view name_of(WorkbookActivity activity);
std::optional<WorkbookActivity> workbook_activity_from(std::string_view name);
std::size_t column_of(WorkbookActivity activity); // 0..5, the form's order

// A calendar month, "YYYY-MM".
struct Month {
    int year = 1970;
    unsigned month = 1;

    static std::optional<Month> parse(std::string_view text); // "2026-11", months 01..12
    static Month of(Date date);
    std::string str() const;
    Date first_day() const;
    Date last_day() const;
    Month next() const;
    Month previous() const;
    bool contains(Date date) const { return date.year == year && date.month == month; }
    auto operator<=>(const Month&) const = default;
};

// One tick pair on the form, from any source: a workbook appointment, or a parent-child session
// the family was invited to (planned) and came to (happened).
struct WorkbookItem {
    Date date;
    WorkbookActivity type = WorkbookActivity::parent_talk;
    bool planned = false;
    bool happened = false;
};

struct OverviewCell {
    bool planned = false;
    bool happened = false;
    bool operator==(const OverviewCell&) const = default;
};

struct OverviewRow {
    Date date;
    std::array<OverviewCell, all_workbook_activities.size()> cells{}; // by column_of()
};

// The "Overzicht activiteiten" of one month: a row for each date with at least one item of the
// month, earliest first; a cell is ticked when any item of that date and type is.
struct MonthOverview {
    Month month;
    std::vector<OverviewRow> rows;
};
MonthOverview month_overview(Month month, const std::vector<WorkbookItem>& items);

// An appointment in the workbook.
struct WorkbookAppointment {
    std::int64_t id = 0;
    std::int64_t family_id = 0;
    WorkbookActivity type = WorkbookActivity::parent_talk;
    Date date;
    std::optional<TimeOfDay> start;
    std::optional<std::int64_t> planned_by; // account
    Instant planned_at;
    bool happened = false;
    std::optional<Instant> happened_at; // when it was marked
    std::string note;                   // may be empty
};
WorkbookItem item_of(const WorkbookAppointment& appointment);
// A parent-child session the family was invited to: P (planned), and G when one of its parents
// came. A cancelled occurrence is no appointment: nothing.
std::optional<WorkbookItem> item_of(const FamilySessionVisit& visit);

// How long an appointment with a start time takes (the workbook has no end): in the parents'
// calendar, and when looking for clashes.
inline constexpr int appointment_minutes = 60;
// Clashes: two things of one family at the same time. An appointment without a time clashes
// with nothing (its time is not known). A clash is a warning on the page, never a refusal: the
// mentor knows whether the two really collide.
// Whether `appointment` overlaps [start, end) on `date`.
bool overlaps(const WorkbookAppointment& appointment, Date date, TimeOfDay start, TimeOfDay end);
// What overlaps one appointment: another appointment or a session (not cancelled).
struct AppointmentClash {
    std::int64_t appointment_id = 0;
    std::optional<WorkbookAppointment> appointment;
    std::optional<FamilySessionVisit> session;
};
// What overlaps one session occurrence for one invited family: its other sessions and its
// workbook appointments.
struct FamilyClashes {
    std::vector<SessionClash> sessions;
    std::vector<WorkbookAppointment> appointments;
    bool empty() const { return sessions.empty() && appointments.empty(); }
};
// Each clash of each appointment in `appointments`, in their order.
std::vector<AppointmentClash>
appointment_clashes(const std::vector<WorkbookAppointment>& appointments,
                    const std::vector<FamilySessionVisit>& sessions);

// The report (verslag) written with the parent after an activity: the five fields of the form.
struct WorkbookReport {
    std::int64_t id = 0;
    std::int64_t family_id = 0;
    std::optional<std::int64_t> appointment_id;
    Date date;
    std::string who_present; // Wie waren erbij?
    std::string discussed;   // Wat is er besproken?
    std::string intentions;  // Voornemens
    std::optional<Date> next_appointment;
    std::int64_t author = 0; // account
    Instant created_at;
    Instant updated_at;
    bool same_text(const WorkbookReport& other) const; // the five fields and the link
};

// A report's text as it was before an edit: version 1 is the text as first written.
struct ReportVersion {
    int number = 0;
    WorkbookReport text;     // its five fields and link (id, author and times of the report)
    std::int64_t editor = 0; // who replaced it
    Instant replaced_at;
};

// A parenting situation (domain/parenting_situations.hpp) ticked as discussed with the family:
// one tick per situation, with the latest date.
struct SituationTick {
    int number = 0;
    Date discussed_on;
    std::optional<std::int64_t> report_id;
};

// What the workbook pages show of one month.
struct WorkbookMonth {
    Month month;
    std::string family_name;
    std::vector<std::string> children; // first names, eldest first
    std::vector<WorkbookAppointment> appointments;
    std::vector<WorkbookReport> reports;
    std::vector<SituationTick> situations; // all of the family's, any month
    MonthOverview overview;
    std::vector<AppointmentClash> clashes; // of the month's appointments
};

inline constexpr std::size_t max_who_present_length = 300;
inline constexpr std::size_t max_report_text_length = 4000; // discussed, intentions
inline constexpr std::size_t max_appointment_note_length = 300;
// Dates are accepted within this many days of today, either side (a typo such as 2062 is
// refused; a year back or ahead covers a whole treatment's planning).
inline constexpr int max_days_from_today = 400;

// Why a workbook write was refused; `field` is the domain's field name ("date", "start",
// "who_present", "discussed", "intentions", "next_appointment", "note", "appointment",
// "situation").
struct WorkbookProblem {
    enum class Kind {
        date_out_of_range,   // more than max_days_from_today from today
        text_empty,          // a required text
        text_too_long,       // value: the maximum length
        next_before_report,  // the next appointment lies before the report's date
        date_in_future,      // a report or a discussed situation: something that happened
        happened_in_future,  // an appointment cannot have happened after today
        already_happened,    // marked twice
        unknown_appointment, // value: the id (none of this family)
        unknown_report,      // value: the id (none of this family)
        unknown_situation,   // value: the number (not 1..20)
        bad_idempotency_key, // empty or too long
    };
    Kind kind = Kind::date_out_of_range;
    std::string field;
    std::int64_t value = 0;
    bool operator==(const WorkbookProblem&) const = default;
};

// Every problem of a new appointment, given today's local date.
std::vector<WorkbookProblem> check_appointment(const WorkbookAppointment& appointment, Date today);
// Whether `appointment` may be marked as happened today.
std::optional<WorkbookProblem> check_mark_happened(const WorkbookAppointment& appointment,
                                                   Date today);
// Every problem of a report: its date not after today (and in range), who was there and what
// was discussed not empty, the texts not too long, the next appointment not before its date.
std::vector<WorkbookProblem> check_report(const WorkbookReport& report, Date today);
// A parenting situation ticked as discussed on `date`.
std::vector<WorkbookProblem> check_situation_discussed(int number, Date date, Date today);
// The idempotency key of a form that creates something: not empty, at most 100 characters.
std::optional<WorkbookProblem> check_form_key(std::string_view key);

} // namespace dagritme
