// What the family record's page routes share (pages_family.cpp, pages_family_forms.cpp): the
// record page with a refused form's problems, and the POST routes of its forms.
#pragma once

#include "http/pages.hpp"
#include "web/family_page.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace dagritme::web {

// What a record page shows besides the record: a notice after a change, or a refused form.
struct RecordPageState {
    std::string notice;
    FamilyForm failed = FamilyForm::none;
    std::int64_t failed_id = 0;
    FieldErrors errors;
};

// The whole record page of `family_id` (the scope already checked by `page`).
Response family_record_page(PageContext& page, std::int64_t family_id, Status status,
                            const RecordPageState& state);

// POST /gezin/ID/PART[/PID]: each checks the scope with its audit action, reads its form and
// answers 303 to the record or 422 with the problems next to the fields.
Response post_family_form(ApiContext& ctx, const Request& req, const std::vector<std::string>& path,
                          const std::string& client, std::int64_t family_id);

} // namespace dagritme::web
