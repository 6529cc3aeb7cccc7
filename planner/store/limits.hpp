// A group's limits register as stored: stable ids, an order, retired limits kept for the
// violations that name them. The configuration seeds it (sync_group in store/groups.hpp);
// these writes are the coordinator's. None touches a board. Call the writes inside a transaction.
#pragma once

#include "domain/group.hpp"
#include "store/database.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace dagritme::store {

// The whole register in order, retired limits included (see Limit::retired_at).
std::vector<Limit> limits_register(Database& db, const std::string& group_id);
// Adds a limit at the end of the register; returns its id.
std::int64_t add_limit(Database& db, const std::string& group_id, const std::string& text);
void set_limit_text(Database& db, std::int64_t id, const std::string& text);
void retire_limit(Database& db, std::int64_t id, Instant at);
// Puts the limits of `ids` in this order (positions 0, 1, ...); others keep theirs.
void order_limits(Database& db, const std::vector<std::int64_t>& ids);

} // namespace dagritme::store
