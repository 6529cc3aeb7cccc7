// The period filter of the pattern pages: a plain GET form (no script) with presets ("Laatste 4
// weken", "Deze maand", ...) and two dates, read back from the query into a Period. A bad date
// shows the default period with a Dutch message next to its field, and the typed text kept.
#pragma once

#include "domain/period.hpp"
#include "web/html.hpp"

#include <map>
#include <string>
#include <string_view>

namespace dagritme::web {

// Query fields: periode=4-weken|13-weken|maand|vorige-maand|jaar, or van=YYYY-MM-DD&tot=YYYY-MM-DD.
inline constexpr std::string_view preset_field = "periode";
inline constexpr std::string_view from_field = "van";
inline constexpr std::string_view to_field = "tot";

struct PeriodChoice {
    Period period;
    std::string preset;    // the preset shown, "" for own dates
    std::string from_text; // as typed, to show again
    std::string to_text;
    std::map<std::string, std::string> errors; // per field name, in Dutch (a FieldErrors)
};

// The period a page shows for its query values (empty when absent): own dates when either is
// given, else the preset, else the last 4 weeks up to `today`.
PeriodChoice choose_period(std::string_view preset, std::string_view from, std::string_view to,
                           Date today);

// "Kies een geldige begindatum (jjjj-mm-dd)." and so on.
std::string period_problem_words(PeriodProblem problem);
// "4 november 2026 tot en met 1 december 2026"
std::string period_words(Period period);
// "?van=2026-11-04&tot=2026-12-01": the period for links (CSV downloads, other charts).
std::string period_query(Period period);

// The form, sending to `action` (the page's own path).
Html period_filter(const PeriodChoice& choice, std::string_view action);

} // namespace dagritme::web
