// The workbook page of a family, /gezin/ID/werkboek: the month's "Overzicht activiteiten" laid
// out like the paper form, month navigation, planning an appointment and marking it happened,
// the month's reports, and the parenting situations with their ticks. The overview tables are
// shared with the print view.
#pragma once

#include "domain/workbook.hpp"
#include "web/form.hpp"
#include "web/html.hpp"

#include <cstdint>
#include <string>

namespace dagritme::web {

struct WorkbookPageView {
    std::int64_t family_id = 0;
    WorkbookMonth month;
    Date today;
    std::string csrf;
    std::string form_key; // for the plan form's "sleutel"
    std::string notice;   // after a change: "De afspraak is gepland."
};

// Field names of the plan form (POST .../werkboek/afspraak): soort, datum, tijd, notitie,
// sleutel. Of a situation (POST .../werkboek/situatie): nummer, datum, op ("aan"/"uit"); its
// problems are keyed "situatie-N".
Html workbook_content(const WorkbookPageView& view, const Form& values, const FieldErrors& errors);

// The month's overview as two tables of three activity types each, as on the paper form, with
// the legend of "gepland" and "gebeurd".
Html overview_tables(const MonthOverview& overview);

} // namespace dagritme::web
