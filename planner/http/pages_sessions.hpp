// What the session pages' routes share (pages_sessions.cpp, pages_series.cpp): the group's
// staff and families as the forms offer them, and the domain's problems worded next to their
// fields. Reading needs Permission::read_day, every change Permission::write_day: all staff
// plan these sessions.
#pragma once

#include "domain/session_series.hpp"
#include "http/pages.hpp"
#include "web/sessions_page.hpp"

#include <string>
#include <vector>

namespace dagritme::web {

std::vector<LeaderChoice> leader_choices(ApiContext& ctx, const std::string& group_id);
// The families of the group's children, "Familie Jansen (Sanne)", with their parents.
std::vector<FamilyChoice> family_choices(ApiContext& ctx, const std::string& group_id);
// Today in the group's local calendar.
Date today_of(const ApiContext& ctx);

// Records `problem` next to its field, in Dutch. `capacity`: the series' (for "full");
// `start_outside`: whether the start time is the one outside the hours.
// `date_field`: the form's field of the occurrence's date.
void place_session_problem(FormReader& form, const SessionProblem& problem, int capacity,
                           bool start_outside, const std::string& date_field = "datum");

// GET/POST /groep/G/sessies and /groep/G/sessies/ID.
Response route_session_pages(ApiContext& ctx, const Request& req,
                             const std::vector<std::string>& path);
Response series_page(PageContext& page, const std::string& group_id, const std::string& id_text);

} // namespace dagritme::web
