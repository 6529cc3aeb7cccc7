// The database schema as numbered migrations. The schema version is PRAGMA user_version:
// migration N brings a database from version N-1 to N. A shipped migration is never edited;
// a change of schema is a new migration at the end of the list.
#pragma once

#include "store/database.hpp"

namespace dagritme::store {

int latest_schema_version();

// Brings the database to `target` (default: the latest), each step in its own transaction.
// Refuses a database newer than this program knows.
void migrate(Database& db, int target = -1);

} // namespace dagritme::store
