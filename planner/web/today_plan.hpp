// Vandaag's plan and activity groups: the day's blocks with their pictograms (add, move,
// rename, remove) and the activity groups (children with a group leader for a time).
// A refused form comes back with its values and the problem next to the field.
#pragma once

#include "web/form.hpp"
#include "web/html.hpp"
#include "web/today_page.hpp"

namespace dagritme::web {

// `sent` is the refused form (when any) and `errors` its problems.
Html plan_section(const TodayView& view, const Form& sent, const FieldErrors& errors);
Html activities_section(const TodayView& view, const Form& sent, const FieldErrors& errors);

// Dutch names of the kinds of routine block, as the form offers them.
std::string_view dutch_name(RoutineKind kind);

} // namespace dagritme::web
