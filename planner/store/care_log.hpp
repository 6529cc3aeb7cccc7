// The care log as stored: anchorpoints and limit violations with every version of each, the
// keys of submitted forms, and the day's entries for the handover. None of these writes
// touches a board: care data never reaches a wall screen. Call the writes inside a
// transaction; the rules are checked before, in planner/app.
#pragma once

#include "domain/care_log.hpp"
#include "store/database.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace dagritme::store {

// Anchorpoints. add_ stores `entry` (its author, created_at and all values; the id is ignored)
// as version 1 and returns the new id. correct_ replaces the values of entry `entry.id` (child,
// at, block, emotion, responses, ending, signs, note; group, author and created_at stay) and
// stores them as the next version, by `editor` at `now`. delete_ removes the entry with its
// history. Reads order by `at`, then id; [from, to) are UTC instants.
std::int64_t add_anchorpoint(Database& db, const Anchorpoint& entry);
void correct_anchorpoint(Database& db, const Anchorpoint& entry, std::int64_t editor, Instant now);
void delete_anchorpoint(Database& db, std::int64_t id);
std::optional<Anchorpoint> load_anchorpoint(Database& db, std::int64_t id);
std::vector<EntryVersion<Anchorpoint>> anchorpoint_history(Database& db, std::int64_t id);
std::vector<Anchorpoint> anchorpoints_of_child(Database& db, std::int64_t child_id, Instant from,
                                               Instant to);
std::vector<Anchorpoint> anchorpoints_of_group(Database& db, const std::string& group_id,
                                               Instant from, Instant to);

// Limit violations, the same way (correct_ replaces child, at, block, limit, what happened,
// holding, follow-up and named_apart).
std::int64_t add_limit_violation(Database& db, const LimitViolation& entry);
void correct_limit_violation(Database& db, const LimitViolation& entry, std::int64_t editor,
                             Instant now);
void delete_limit_violation(Database& db, std::int64_t id);
std::optional<LimitViolation> load_limit_violation(Database& db, std::int64_t id);
std::vector<EntryVersion<LimitViolation>> limit_violation_history(Database& db, std::int64_t id);
std::vector<LimitViolation> limit_violations_of_child(Database& db, std::int64_t child_id,
                                                      Instant from, Instant to);
std::vector<LimitViolation> limit_violations_of_group(Database& db, const std::string& group_id,
                                                      Instant from, Instant to);

// The entries of a group on a local date (the day handover), in the order they happened.
struct CareLogOfDay {
    std::vector<Anchorpoint> anchorpoints;
    std::vector<LimitViolation> limit_violations;
};
CareLogOfDay care_log_of_day(Database& db, const std::string& group_id, Date date);

// Submitted forms, so that the same form sent twice (a double tap, a retry after a dropped
// answer) makes one entry. A key is unique per account and kind of entry.
enum class EntryKind { anchorpoint, limit_violation };
std::optional<std::int64_t> submitted_entry(Database& db, std::int64_t account, EntryKind kind,
                                            const std::string& key);
void record_submission(Database& db, std::int64_t account, EntryKind kind, const std::string& key,
                       std::int64_t entry_id, Instant now);
// Forgets the keys submitted before `before`.
void purge_submissions(Database& db, Instant before);

} // namespace dagritme::store
