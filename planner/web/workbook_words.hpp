// The parents' workbook in words a parent understands: the activity types, months and dates,
// and the heading every workbook page (and print) starts with.
#pragma once

#include "domain/parenting_situations.hpp"
#include "domain/workbook.hpp"
#include "web/html.hpp"

#include <cstdint>
#include <string>
#include <string_view>

namespace dagritme::web {

std::string_view activity_label(WorkbookActivity activity); // "Oudergesprek", "Ouder-kind gym"
std::string_view theme_label(SituationTheme theme);         // "Gehechtheid", "Grenzen stellen"
std::string month_label(Month month);                       // "december 2026"
// "Oudergesprek om 14:00" (or without the time when it has none)
std::string appointment_summary(const WorkbookAppointment& appointment);

// The workbook's paths of family `family_id`.
std::string workbook_path(std::int64_t family_id);                // /gezin/ID/werkboek
std::string workbook_path(std::int64_t family_id, Month month);   // ...?maand=YYYY-MM
std::string report_path(std::int64_t family_id, std::int64_t id); // .../verslag/N

// "Werkboek van Familie Jansen", with the children's first names under it.
Html workbook_heading(const WorkbookMonth& month, std::string_view title);

} // namespace dagritme::web
