// Writes to the care log: logging, correcting and undoing anchorpoints and limit violations.
// Each checks the domain's rules (domain/care_log.hpp) and writes in one transaction; a refused
// write changes nothing and returns the problem. Who may call them is the caller's check
// (Permission::log_care). None touches a board or its revision: care data never reaches a wall
// screen. Shared by the staff pages and anything else that logs.
#pragma once

#include "domain/care_log.hpp"
#include "store/database.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <variant>

namespace dagritme::app {

// The id of the entry written (or corrected), or why not.
using CareLogResult = std::variant<std::int64_t, CareLogProblem>;

// Logs `entry` for a child of `group_id`, by `entry.author` (the id of the session's account;
// an unknown one throws store::StoreError) at `now`
// (entry.id, group_id and created_at are set here). An empty `entry.block` is filled with the
// block of the group's plan that `entry.at` falls in (left empty between or outside blocks).
// `idempotency_key` comes with the form: sent again by the same account, it returns the first
// entry's id and writes nothing (or `submission_undone` when that entry was undone since).
// Keys older than two days are forgotten.
CareLogResult log_anchorpoint(store::Database& db, const std::string& group_id, Anchorpoint entry,
                              const std::string& idempotency_key, Instant now);
CareLogResult log_limit_violation(store::Database& db, const std::string& group_id,
                                  LimitViolation entry, const std::string& idempotency_key,
                                  Instant now);

// Replaces the values of entry `id` of `group_id` with those of `new_value` (its id, group,
// author and created_at are ignored), keeping the former ones in the entry's history with
// `editor` and `now`. An empty block is filled as when logging. A correction that changes
// nothing adds no version. A violation may keep a limit that was retired since it was logged.
CareLogResult correct_anchorpoint(store::Database& db, const std::string& group_id, std::int64_t id,
                                  Anchorpoint new_value, std::int64_t editor, Instant now);
CareLogResult correct_limit_violation(store::Database& db, const std::string& group_id,
                                      std::int64_t id, LimitViolation new_value,
                                      std::int64_t editor, Instant now);

// Deletes entry `id`, with its history: only by its author (`account`), and only within
// undo_window_seconds of when it was logged.
std::optional<CareLogProblem> undo_anchorpoint(store::Database& db, std::int64_t id,
                                               std::int64_t account, Instant now);
std::optional<CareLogProblem> undo_limit_violation(store::Database& db, std::int64_t id,
                                                   std::int64_t account, Instant now);

} // namespace dagritme::app
