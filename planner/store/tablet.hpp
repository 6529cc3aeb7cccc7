// The group's shared tablet: who may switch to themselves there with a PIN (staff of the group
// whose login account has one), the PINs' hashes, and the short sessions a PIN opens. Such a
// session acts as a group leader of that one group (find_session), whatever the account's role.
#pragma once

#include "store/database.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace dagritme::store {

struct TabletPerson {
    std::int64_t account_id = 0;
    std::string account_name;
    std::string first_name;
    std::optional<std::string> photo;
};

// The group's staff with an enabled account (not an administrator's) that has a PIN, by name.
std::vector<TabletPerson> tablet_people(Database& db, const std::string& group_id);
// The PIN hash of the enabled account `name`, when it is one of `group_id`'s tablet people.
std::optional<std::string> tablet_pin_hash(Database& db, const std::string& group_id,
                                           const std::string& name);
bool has_pin(Database& db, std::int64_t account_id);
// Sets (or with nothing, removes) the account's PIN hash; ends the account's tablet sessions.
void set_pin_hash(Database& db, std::int64_t account_id, const std::optional<std::string>& hash);
void add_tablet_session(Database& db, const std::string& token_hash, std::int64_t user_id,
                        const std::string& csrf_token, std::int64_t now, std::int64_t expires_at,
                        const std::string& group_id);

} // namespace dagritme::store
