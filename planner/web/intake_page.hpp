// The intake pages' HTML: a new family with its parents (Gezinnen > Nieuw gezin), and a child
// with its placement, photo consent and leaving (from the family's record). Plain functions from
// values to escaped markup; a refused form shows the values sent with a problem per field.
#pragma once

#include "domain/group.hpp"
#include "domain/people.hpp"
#include "web/form.hpp"
#include "web/html.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace dagritme::web {

struct NamedChoice {
    std::string value; // an account id, a group id
    std::string label;
};

struct IntakeFormView {
    std::string csrf;
    std::vector<NamedChoice> mentors; // accounts that may be a family's mentor
    Date today;
    Form values; // what was sent (a refused form) or nothing
    FieldErrors errors;
};
Html intake_form_content(const IntakeFormView& view);

struct ChildFormView {
    std::string csrf;
    std::int64_t family_id = 0;
    std::string family_name;
    std::optional<Child> child; // editing this child; nothing: a new one
    std::vector<Group> groups;  // to choose from
    Date today;
    Form values; // what was sent (a refused form); empty: from `child`
    bool refused = false;
    FieldErrors errors;
    std::string notice;
    bool may_set_consent = false;
};
Html child_form_content(const ChildFormView& view);

// "ma, di, do ochtend"
std::string placement_days_text(const Placement& placement);

} // namespace dagritme::web
