// Bewaren: a family record's retention. Close the record when the treatment ends; a closed
// record is kept 20 years from its last change; after that a coordinator asks for its
// destruction, which the administrator carries out (dagritme-planner family destroy).
#pragma once

#include "web/form.hpp"
#include "web/html.hpp"

#include <cstdint>
#include <string>

namespace dagritme::web {

struct RetentionView {
    std::int64_t family_id = 0;
    std::string family;               // "Familie Jansen"
    std::string closed;               // "1 december 2026", or "" while open
    std::string last_changed;         // likewise, or ""
    std::string kept_until;           // closed records: "1 december 2046"
    bool destruction_allowed = false; // closed and past its retention
    std::string waiting;              // a waiting request: "door cor op 1 december 2046: reden"
    bool may_close = false;           // mentor, coordinator, admin
    bool may_manage = false;          // coordinator, admin: reopen, ask for destruction
    std::string csrf;
    std::string notice; // after a change: "Het dossier is gesloten."
    Form values;        // a refused form
    FieldErrors errors;
};

Html retention_content(const RetentionView& view);

} // namespace dagritme::web
