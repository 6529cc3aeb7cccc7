// Ankerpunt loggen: four taps for the common case — the child, the emotion named, what the
// group leader did (one or more), and how it ended; that last tap saves. What was seen and the
// time (with its routine block) are optional, folded away on the same form. An entry's own page
// shows it, the confirmation with undo after saving, the correction form and its history.
// Nothing here asks what a child "deserves": routines are never withheld (DOMAIN.md).
#pragma once

#include "domain/care_log.hpp"
#include "web/care_form.hpp"
#include "web/form.hpp"
#include "web/html.hpp"

#include <vector>

namespace dagritme::web {

// The form for a new anchorpoint (`entry` null) or for correcting one, with `values` filled in
// and each problem next to its field. Field names: kind, emotie, aanpak (repeated), einde,
// signalen (repeated), notitie, tijd, sleutel.
Html anchorpoint_form(const CareView& view, const Form& values, const FieldErrors& errors,
                      const Anchorpoint* entry = nullptr);
// The page of a new anchorpoint: the form, or a notice after an undo.
Html anchorpoint_content(const CareView& view, const Form& values, const FieldErrors& errors,
                         bool undone);
// The page of one entry: what was logged, the confirmation when `saved`, the correction form
// (open when `open_form`), and the history.
Html anchorpoint_entry_content(const CareView& view, const Anchorpoint& entry,
                               const std::vector<EntryVersion<Anchorpoint>>& history, bool saved,
                               bool open_form, const Form& values, const FieldErrors& errors);
// The form values of an entry, for the correction form.
Form anchorpoint_values(const Anchorpoint& entry);

} // namespace dagritme::web
