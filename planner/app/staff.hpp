// The staff as the coordinator keeps them: a person (first name, surname, photo, group) linked
// to at most one login account, whose name then shows as the author of what the account logs.
#pragma once

#include "app/intake.hpp"
#include "domain/people.hpp"
#include "store/database.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace dagritme::app {

struct StaffEntry {
    std::string first_name;
    std::string surname;
    std::string group_id;
    std::optional<std::int64_t> account_id; // linked login account
};

Saved<std::int64_t> add_staff_member(store::Database& db, const StaffEntry& entry,
                                     const Change& change);
std::vector<FieldProblem> update_staff_member(store::Database& db, std::int64_t staff_id,
                                              const StaffEntry& entry, const Change& change);
// No longer works here; false for an unknown staff member.
bool staff_member_leaves(store::Database& db, std::int64_t staff_id, const Change& change);

} // namespace dagritme::app
