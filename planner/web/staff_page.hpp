// Medewerkers: the staff as the coordinator keeps them. Each person (first name, surname, the
// group they work on) may be linked to one login account; a person who leaves goes off the
// lists and the board and stays named in what they logged.
#pragma once

#include "domain/people.hpp"
#include "web/form.hpp"
#include "web/html.hpp"
#include "web/intake_page.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace dagritme::web {

struct StaffRow {
    Staff staff;
    std::string group_name;
    std::string account_name; // "" when not linked
};

struct StaffPageView {
    std::string csrf;
    std::vector<StaffRow> staff;
    std::vector<NamedChoice> groups;
    std::vector<NamedChoice> accounts; // enabled accounts to link
    std::string notice;
    // A refused form: the staff id it was for (0: the new one), what was sent, the problems.
    std::int64_t failed_id = -1;
    Form values;
    FieldErrors errors;
};

Html staff_page_content(const StaffPageView& view);

} // namespace dagritme::web
