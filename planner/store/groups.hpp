// Groups as stored: name, hours, limits, routine template and the board revision.
// sync_group() writes a whole group: from the configuration when it seeds a group the database
// does not hold yet (app/config_sync), or from the settings pages (app/group_settings), so that
// boards are built from the database alone.
#pragma once

#include "domain/group.hpp"
#include "store/database.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace dagritme::store {

// Writes the group's settings and routine (its limits only as the seed of an empty limits
// register); bumps its revision when anything the board shows changed.
// Returns true when something changed. Call inside a transaction.
bool sync_group(Database& db, const Group& group);

std::optional<Group> load_group(Database& db, const std::string& id);
std::vector<std::string> group_ids(Database& db);

// Bumped once per transaction that changed the board: see Database::touch_board.
std::int64_t board_revision(Database& db, const std::string& group_id);

} // namespace dagritme::store
