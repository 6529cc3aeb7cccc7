// The intake's writes: a family with its plaatser and date of aanmelding, a parent's whole row.
// Call inside a transaction; each sets the record's last_changed_at.
#pragma once

#include "domain/family_record.hpp"
#include "store/database.hpp"

#include <cstdint>
#include <optional>
#include <string>

namespace dagritme::store {

struct IntakeRow {
    std::string name;
    std::string plaatser;
    std::string plaatser_contact;
    std::optional<std::int64_t> mentor_account;
    std::optional<Date> registered_on;
};

std::int64_t add_family_intake(Database& db, const IntakeRow& row, Instant now);
void save_family_intake(Database& db, std::int64_t family_id, const IntakeRow& row, Instant now);
std::optional<IntakeRow> load_family_intake(Database& db, std::int64_t family_id);

// A parent with contact details, custody and announcement; returns its id.
std::int64_t add_parent_details(Database& db, std::int64_t family_id, const ParentDetails& p,
                                Instant now);
// False when the parent is not one of the family's.
bool save_parent_details(Database& db, std::int64_t family_id, const ParentDetails& p, Instant now);

} // namespace dagritme::store
