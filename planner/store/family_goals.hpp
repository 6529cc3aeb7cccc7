// A family's development goals as stored, and the links of care log entries (anchorpoints and
// limit violations of its children) to one of them. Call the writes inside a transaction.
#pragma once

#include "domain/family_record.hpp"
#include "domain/goals.hpp"
#include "store/database.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace dagritme::store {

std::vector<FamilyGoal> family_goals(Database& db, std::int64_t family_id);
std::int64_t add_family_goal(Database& db, const FamilyGoal& goal,
                             std::optional<std::int64_t> chosen_by);
void end_family_goal(Database& db, std::int64_t goal_id, Date ended);

// The entries of the family's children since `since`, newest first, at most `limit`.
std::vector<LinkableEntry> linkable_entries(Database& db, std::int64_t family_id, Instant since,
                                            int limit);
// One entry of a child of the family, or nothing.
std::optional<LinkableEntry> linkable_entry(Database& db, std::int64_t family_id,
                                            CareEntryKind kind, std::int64_t id);
void set_entry_goal(Database& db, CareEntryKind kind, std::int64_t id,
                    std::optional<std::int64_t> goal);
// Every entry linked to a goal of the family.
std::vector<GoalLink> goal_links(Database& db, std::int64_t family_id);

} // namespace dagritme::store
