// The limits register of a group: the short list of absolute boundaries the group agreed on.
// Everyone of the group reads it; a coordinator (Permission::manage_limits) adds a limit,
// changes its text or stops using it (a retired limit stays for the violations naming it).
#pragma once

#include "domain/group.hpp"
#include "web/form.hpp"
#include "web/html.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace dagritme::web {

struct LimitsView {
    std::string group_id;
    std::string group_name;
    std::string csrf;
    std::vector<Limit> limits; // the register in order, retired included
    bool may_edit = false;
};

// `failed` is the limit whose form was refused (0: the form to add one), with `values` and
// `errors` shown there. Fields: op ("toevoegen", "wijzigen", "stoppen"), id, tekst.
Html limits_content(const LimitsView& view, std::int64_t failed, const Form& values,
                    const FieldErrors& errors, const std::string& notice);

} // namespace dagritme::web
