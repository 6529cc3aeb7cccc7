// The names of staff accounts by id: who logged or corrected an entry of the care log.
#pragma once

#include "store/database.hpp"

#include <cstdint>
#include <map>
#include <string>

namespace dagritme::store {

// Every account's name, disabled accounts included (their entries stay theirs).
std::map<std::int64_t, std::string> account_names(Database& db);
// Who wrote an entry, by account id: the staff member's first name and surname where the account
// is a person's, the account's name otherwise.
std::map<std::int64_t, std::string> author_names(Database& db);

} // namespace dagritme::store
