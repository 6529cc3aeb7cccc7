// What Vandaag's routes share (pages_today.cpp, pages_absence.cpp): the page's view of now.
#pragma once

#include "http/pages.hpp"
#include "web/today_page.hpp"

#include <string>

namespace dagritme::web {

// Vandaag of `group_id` as it is now: people (with today's absences), plan, groups, the board.
TodayView today_view(PageContext& page, const std::string& group_id);

// POST /groep/ID/afwezig: report a child absent or coming later (op=afmelden), or withdraw that
// (op=intrekken). The reason stays with the staff; it never reaches a board.
Response post_absence(PageContext& page, const std::string& group_id);

} // namespace dagritme::web
