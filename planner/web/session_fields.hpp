// Form fields the session pages share: a labelled input, the leader's select, and the words
// of a series. Internal to web/sessions_page.cpp and web/series_page.cpp.
#pragma once

#include "web/sessions_page.hpp"

#include <string>
#include <vector>

namespace dagritme::web {

// <div class="veld"> with a label, an <input> and the field's problem. `id` is unique on the
// page; `name` is the form's field name (its errors are shown when `errors` has it).
Html input_field(const std::string& id, const std::string& name, const char* label,
                 const char* type, const std::string& value, const FieldErrors& errors,
                 const char* extra = "");
// A select of the group's staff (value: id), with "geen" first when `optional`.
Html leader_field(const std::string& id, const std::vector<LeaderChoice>& staff,
                  const std::string& chosen, const FieldErrors& errors, bool optional);
std::string staff_name(const std::vector<LeaderChoice>& staff, std::optional<std::int64_t> id);
std::string family_label(const std::vector<FamilyChoice>& families, std::int64_t id);

} // namespace dagritme::web
