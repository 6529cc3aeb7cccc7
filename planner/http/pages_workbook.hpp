// What the workbook's page routes share (pages_workbook.cpp, pages_workbook_report.cpp): the
// family id and month of a request, today's date, the month's values, the domain's problems
// worded in Dutch next to their fields, and the page around the content. Every route opens the
// family record with open_family_page() first, which checks the scope and writes the audit log.
#pragma once

#include "http/pages.hpp"

#include "domain/workbook.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace dagritme::web {

// The group's local date now.
Date workbook_today(const ApiContext& ctx);
// The workbook's month `month` of the family; 404 when the family does not exist.
WorkbookMonth workbook_values(ApiContext& ctx, std::int64_t family_id, Month month);
// The form field of a domain field name ("who_present" -> "wie").
std::string workbook_field(const std::string& domain_field);
// Records `problem` next to its form field, in Dutch. Problems that are no field's (an unknown
// appointment or report, a broken form key) are thrown as ApiError.
void place_workbook_problem(FormReader& form, const WorkbookProblem& problem);
// The whole page: the frame without a group's tabs.
Response workbook_page(PageContext& page, std::int64_t family_id, Status status,
                       const std::string& title, const Html& content);

// /gezin/ID/werkboek/verslag/...: `path` is the whole path, `family_id` its second part.
Outcome route_workbook_reports(ApiContext& ctx, const Request& req,
                               const std::vector<std::string>& path, const std::string& client,
                               std::int64_t family_id);

} // namespace dagritme::web
