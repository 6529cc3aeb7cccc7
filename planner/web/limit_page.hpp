// Limit overschreden: the child, which of the group's limits, what happened, whether the child
// was physically held (then how long, by whom and why, all required: a freedom-restricting
// measure is recorded in full), the follow-up, and the reminder to name person and behaviour
// apart. An entry's own page shows it, the confirmation with undo, corrections and history.
#pragma once

#include "domain/care_log.hpp"
#include "web/care_form.hpp"
#include "web/form.hpp"
#include "web/html.hpp"

#include <vector>

namespace dagritme::web {

// Field names: kind, limit, wat, vastgehouden ("ja"/"nee"), minuten, door (repeated), waarom,
// vervolg, apart ("ja"), tijd, sleutel, ankerpunt (the anchorpoint it followed, shown only).
Html limit_form(const CareView& view, const Form& values, const FieldErrors& errors,
                const LimitViolation* entry = nullptr);
Html limit_content(const CareView& view, const Form& values, const FieldErrors& errors,
                   bool undone);
Html limit_entry_content(const CareView& view, const LimitViolation& entry,
                         const std::vector<EntryVersion<LimitViolation>>& history, bool saved,
                         bool open_form, const Form& values, const FieldErrors& errors);
Form limit_values(const LimitViolation& entry);

} // namespace dagritme::web
