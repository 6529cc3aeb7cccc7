// Groups as stored: name, hours, limits, routine template and the board revision.
// The configuration is the source of a group's settings; sync_group() writes it here so
// that boards can be built from the database alone.
#pragma once

#include "domain/group.hpp"
#include "store/database.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace dagritme::store {

// Writes the group as configured (its limits only as the seed of an empty limits register);
// bumps its revision when anything the board shows changed.
// Returns true when something changed. Call inside a transaction.
bool sync_group(Database& db, const Group& group);

std::optional<Group> load_group(Database& db, const std::string& id);
std::vector<std::string> group_ids(Database& db);

// Bumped once per transaction that changed the board: see Database::touch_board.
std::int64_t board_revision(Database& db, const std::string& group_id);

} // namespace dagritme::store
