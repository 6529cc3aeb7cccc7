// What the care log's page routes share (pages_care.cpp, pages_limit.cpp): the group as the
// forms show it, the time of an entry read from a form, and the domain's problems worded next
// to their fields. Refusals that are not about one field (another group's child or entry, not
// the author, the undo window) are thrown as ApiError and shown as an error page.
#pragma once

#include <functional>

#include "http/pages.hpp"
#include "web/care_form.hpp"

#include <optional>
#include <string>

namespace dagritme::web {

CareView care_view(PageContext& page, const std::string& group_id);
// The instant of the form's "tijd" on `date` (local), or nothing (the problem recorded).
std::optional<Instant> read_time(FormReader& form, Date date);
// The form's "kind": an id, or nothing (the problem recorded).
std::optional<std::int64_t> read_child(FormReader& form);
// Records `problem` next to its field, in Dutch; throws for those that are no field's.
// `fields` maps the domain's field names to the form's.
void place_problem(FormReader& form, const CareLogProblem& problem);
// The full page around `content`, or `fragment` alone for htmx.
Response care_page(PageContext& page, Status status, const std::string& title, Tab tab,
                   const std::string& group_id, const Html& content, const Html& fragment);

// Opens /groep/G/NOUN, /groep/G/NOUN/ID or /groep/G/NOUN/ID/ongedaan (NOUN "ankerpunt" or
// "limit") through open_care_page(): the empty form shows no care data (only a refusal is
// logged); an entry is read (GET), corrected (POST) or undone, logged with its child.
// `child_of_entry`: the child of entry ID when it is in group G.
using ChildOfEntry =
    std::function<std::optional<std::int64_t>(store::Database&, std::int64_t, const std::string&)>;
PageContext open_care_entry_page(ApiContext& ctx, const Request& req,
                                 const std::vector<std::string>& path, const std::string& client,
                                 Permission permission, const std::string& noun,
                                 const ChildOfEntry& child_of_entry);

Response route_anchorpoint_pages(ApiContext& ctx, const Request& req,
                                 const std::vector<std::string>& path, const std::string& client);
Response route_limit_pages(ApiContext& ctx, const Request& req,
                           const std::vector<std::string>& path, const std::string& client);
Response route_limits_register(ApiContext& ctx, const Request& req,
                               const std::vector<std::string>& path);

} // namespace dagritme::web
