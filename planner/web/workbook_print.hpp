// The workbook on paper, for the parent to keep and reread at home (A4, print CSS in
// assets/web/pages.css): a month's "Overzicht activiteiten", /gezin/ID/werkboek/afdrukken, and
// one report, /gezin/ID/werkboek/verslag/N/afdrukken. The family name and the children's first
// names at the top, plain words, large type; on screen a bar with "Afdrukken" and the way back,
// which the printout leaves out.
#pragma once

#include "domain/workbook.hpp"
#include "web/html.hpp"

#include <cstdint>

namespace dagritme::web {

Html month_print_content(std::int64_t family_id, const WorkbookMonth& month);
Html report_print_content(std::int64_t family_id, const WorkbookMonth& heading,
                          const WorkbookReport& report);

} // namespace dagritme::web
