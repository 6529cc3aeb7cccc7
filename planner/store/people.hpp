// Children, staff, families and parents as stored. Call the writes inside a transaction.
#pragma once

#include "domain/people.hpp"
#include "store/database.hpp"
#include "store/placements.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace dagritme::store {

std::int64_t add_staff(Database& db, const Staff& staff);
std::int64_t add_family(Database& db, const Family& family);
std::int64_t add_parent(Database& db, const Parent& parent);
std::int64_t add_child(Database& db, const Child& child);

// A child's fields (not its photo or consent) and its placement.
void update_child(Database& db, const Child& child);

// Children with their placements, by id; those who left included.
std::vector<Child> children_of_group(Database& db, const std::string& group_id);
std::vector<Child> children_of_family(Database& db, std::int64_t family_id);
std::optional<Child> load_child(Database& db, std::int64_t child_id);

// The group's staff who still work there, by id.
std::vector<Staff> staff_of_group(Database& db, const std::string& group_id);
std::optional<Staff> load_staff(Database& db, std::int64_t staff_id);
// The staff member whose login account this is.
std::optional<Staff> staff_of_account(Database& db, std::int64_t account_id);
// Name, group and account; bumps the board of the old and the new group.
void update_staff(Database& db, const Staff& staff);
// No longer works here: off the lists and the board, kept for the entries they made; their
// account is unlinked.
void staff_leaves(Database& db, std::int64_t staff_id, Instant at);
std::vector<Parent> parents_of_group(Database& db,
                                     const std::string& group_id); // of its children's families
std::optional<Family> load_family(Database& db, std::int64_t id);
std::int64_t count_children(Database& db); // of all groups

// The group a child or staff member belongs to, or nothing for an unknown id.
std::optional<std::string> group_of_child(Database& db, std::int64_t child_id);
std::optional<std::string> group_of_staff(Database& db, std::int64_t staff_id);

} // namespace dagritme::store

namespace dagritme::store {
// Photos and consent; each bumps the board revision of the person's group.
void set_child_photo(Database& db, std::int64_t child_id, const std::optional<std::string>& hash);
void set_staff_photo(Database& db, std::int64_t staff_id, const std::optional<std::string>& hash);
void set_photo_consent(Database& db, std::int64_t child_id, bool consent);
// Who gave the consent and on which day (empty when withdrawn).
void set_consent_details(Database& db, std::int64_t child_id, const std::string& given_by,
                         std::optional<Date> given_on);
} // namespace dagritme::store
