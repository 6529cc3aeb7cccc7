// Changes to a family record: its fields, a parent's contact details, the phase, the goals,
// a care log entry's goal and the mentor account. Each checks the domain's rules and writes in
// one transaction that also sets the record's last_changed_at; a refused change writes nothing
// and returns its problem. Who may call them is the caller's check (require_family_access).
#pragma once

#include "domain/family_record.hpp"
#include "domain/goals.hpp"
#include "store/database.hpp"
#include "store/family_goals.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace dagritme::app {

// When and by whom: the session's account, the instant and the group's date of today.
struct Change {
    std::optional<std::int64_t> account_id; // nothing: the planner itself (the demo, an import)
    Instant now;
    Date today;
};

std::vector<RecordProblem> update_record_fields(store::Database& db, std::int64_t family_id,
                                                const RecordFields& fields, const Change& change);
// A parent who is not the family's throws store::StoreError.
std::vector<RecordProblem> update_parent_contact(store::Database& db, std::int64_t family_id,
                                                 std::int64_t parent_id,
                                                 const ParentContact& contact,
                                                 const Change& change);
std::optional<PhaseProblem> change_phase(store::Database& db, std::int64_t family_id, Phase to,
                                         Date began, const std::string& note, const Change& change);
std::optional<GoalProblem> choose_goal(store::Database& db, const GoalCatalogue& catalogue,
                                       std::int64_t family_id, const std::string& code,
                                       std::optional<std::int64_t> child, Date chosen,
                                       const Change& change);
// `goal_id` must be a goal of the family (else store::StoreError).
std::optional<GoalProblem> end_goal(store::Database& db, std::int64_t family_id,
                                    std::int64_t goal_id, Date ended, const Change& change);
// Links a care log entry of one of the family's children to one of its goals (or unlinks it,
// `goal_id` empty). The entry and the goal must be the family's (else store::StoreError).
std::optional<GoalProblem> link_entry_to_goal(store::Database& db, std::int64_t family_id,
                                              CareEntryKind kind, std::int64_t entry_id,
                                              std::optional<std::int64_t> goal_id,
                                              const Change& change);

struct MentorProblem {
    enum class Kind { unknown_family, unknown_account, not_a_mentor };
    Kind kind = Kind::unknown_family;
};
// Makes the enabled account `account_id` (role mentor) the family's mentor account; nothing
// leaves the family without one.
std::optional<MentorProblem> set_mentor_account(store::Database& db, std::int64_t family_id,
                                                std::optional<std::int64_t> account_id,
                                                Instant now);

} // namespace dagritme::app
