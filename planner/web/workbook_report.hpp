// A report (verslag) in the parents' workbook, written by the mentor with the parent after an
// activity: /gezin/ID/werkboek/verslag/nieuw and /gezin/ID/werkboek/verslag/N. The five fields
// of the paper form; a new report's next appointment date can be planned in the same step.
#pragma once

#include "domain/workbook.hpp"
#include "web/form.hpp"
#include "web/html.hpp"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace dagritme::web {

struct ReportPageView {
    std::int64_t family_id = 0;
    WorkbookMonth heading;                         // the family's name and children for the heading
    const WorkbookReport* report = nullptr;        // nothing for a new report
    std::vector<WorkbookAppointment> appointments; // that a report may be about
    Date today;
    std::string csrf;
    std::string form_key;                             // a new report's "sleutel"
    std::vector<ReportVersion> versions;              // former texts, oldest first
    std::map<std::int64_t, std::string> editor_names; // account id -> name
    bool saved = false;
};

// Field names: datum, wie, besproken, voornemens, volgende (a date), volgende_soort (an
// activity, or empty: plan nothing; new reports only), afspraak (an appointment id, or empty),
// sleutel (new reports only).
Html report_content(const ReportPageView& view, const Form& values, const FieldErrors& errors);
Form report_values(const WorkbookReport& report);

} // namespace dagritme::web
