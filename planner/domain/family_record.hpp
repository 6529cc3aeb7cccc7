// The family record (gezinsdossier) the mentor keeps: the record's own fields, the parents'
// contact details and custody, the phase history, and the rules for changing them. Pure: the
// store reads and writes these values, the pages word the problems in Dutch. Everything here is
// special-category data: it is read only through the family scope check, never on a board.
#pragma once

#include "domain/goals.hpp"
#include "domain/people.hpp"
#include "domain/time.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace dagritme {

inline constexpr std::size_t max_record_notes_length = 4000;
inline constexpr std::size_t max_contact_length = 200;

// The record's own fields, as the mentor edits them.
struct RecordFields {
    std::optional<Date> help_plan;        // hulpverleningsplan
    std::optional<Date> interview_phase2; // het Ouderschapsgesprek (phase 2)
    std::optional<Date> interview_phase4; // het Ouderschapsgesprek opnieuw (phase 4)
    std::string notes;
};

// A parent's contact details and custody (gezag).
struct ParentContact {
    std::string phone;
    std::string email;
    std::string address;
    std::optional<bool> custody; // nothing: not recorded yet
    std::string custody_note;
};

struct ParentDetails {
    Parent parent;
    ParentContact contact;
    bool contact_order = false; // a court-ordered contact arrangement
    bool mentor_allows = false; // announced and invited anyway, as the mentor decided
};

// One change of a record's intake, a parent or a child: kept with who changed it and when.
struct RecordChange {
    std::string subject; // "gezin", "ouder Petra", "kind Sanne"
    std::string field;   // "telefoon", "plaatser", "dagen"
    std::string old_value;
    std::string new_value;
    std::optional<std::int64_t> changed_by;
    std::string changed_by_name; // the account's name
    Instant changed_at;
};

// What the intake recorded about the family besides its parents.
struct FamilyIntakeFields {
    std::string plaatser_contact;
    std::optional<Date> registered_on; // aanmelding
};

// One step of the phase history: the phase, the day it began, and who set it when (nothing for
// phases recorded before the history kept that).
struct PhaseEntry {
    Phase phase = Phase::introduction;
    Date began;
    std::optional<std::int64_t> changed_by; // account id
    std::string changed_by_name;            // account name
    std::optional<Instant> changed_at;
    std::string note;
};

struct FamilyRecord {
    Family family; // id, name, mentor (staff), plaatser; `phases` is left empty, see below
    std::optional<std::int64_t> mentor_account;
    std::string mentor_account_name;
    std::string mentor_name; // the staff member's first name and surname, or ""
    RecordFields fields;
    std::optional<Instant> closed_at;
    std::optional<Instant> last_changed_at;
    std::vector<ParentDetails> parents;
    std::vector<Child> children;
    std::vector<PhaseEntry> phases; // oldest first; the last is the current phase
    std::vector<FamilyGoal> goals;  // oldest first
    FamilyIntakeFields intake{};

    std::optional<Phase> current_phase() const;
};

// One line of the list of families.
struct FamilySummary {
    std::int64_t id = 0;
    std::string name;
    std::optional<std::int64_t> mentor_account;
    std::string mentor_account_name;
    std::optional<Phase> phase;
    std::optional<Date> phase_began;
    std::vector<Child> children;
};

enum class CareEntryKind { anchorpoint, limit_violation };

// A care log entry of one of the family's children, for linking it to a goal.
struct LinkableEntry {
    CareEntryKind kind = CareEntryKind::anchorpoint;
    std::int64_t id = 0;
    std::int64_t child_id = 0;
    std::string group_id;
    Instant at;
    std::string what; // the emotion's stored word ("fear"), or the limit's text
    std::optional<std::int64_t> goal;
};

// --- the record's fields ------------------------------------------------------------------

enum class RecordField {
    help_plan,
    interview_phase2,
    interview_phase4,
    notes,
    phone,
    email,
    address,
    custody_note
};

struct RecordProblem {
    enum class Kind {
        too_long,
        bad_email,               // not name@domain.tld
        bad_phone,               // other characters than digits, spaces, + - ( ), or too few digits
        interview_before_phase2, // the repeated interview before the first one
    };
    Kind kind = Kind::too_long;
    RecordField field = RecordField::notes;
};

std::vector<RecordProblem> check_record_fields(const RecordFields& fields);
std::vector<RecordProblem> check_parent_contact(const ParentContact& contact);

// --- the phases ---------------------------------------------------------------------------

struct PhaseProblem {
    enum class Kind {
        first_not_introduction, // a record starts in phase 1
        same_phase,             // already in that phase
        skips_phases,           // 1 -> 3: a phase may not be skipped
        not_allowed,            // back to an earlier phase (only 4 -> 3 goes back)
        after_final,            // phase 5 is the last
        before_previous,        // a date before the current phase began
        in_future,              // a date after today
        same_day_again,         // that phase already began on that day
    };
    Kind kind = Kind::same_phase;
    std::optional<Phase> from; // the current phase
    Phase to = Phase::introduction;
    std::optional<Date> previous; // when the current phase began
};

// The phases a family in `from` may move to next: 1->2, 2->3, 3->4, 4->3 or 4->5, 5 none.
std::vector<Phase> next_phases(Phase from);
// Whether moving to `to` on `began` (with `today` the group's date) is allowed after `history`.
std::optional<PhaseProblem> check_phase_change(const std::vector<PhaseEntry>& history, Phase to,
                                               Date began, Date today);

} // namespace dagritme
