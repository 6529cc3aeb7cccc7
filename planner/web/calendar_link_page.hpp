// The page where a family's mentor manages the parents' calendar link (/gezin/ID/agenda): make
// it (the whole link shown once, to copy, with a short explanation for the parents) and revoke
// it, after which a new one can be made.
#pragma once

#include "domain/time.hpp"
#include "web/html.hpp"

#include <cstdint>
#include <string>

namespace dagritme::web {

struct CalendarLinkView {
    std::int64_t family_id = 0;
    std::string family_name;
    std::string csrf;
    bool live = false;   // the family has a link that works
    std::string made_by; // who made it ("" when unknown)
    Date made_on;        // when
    std::string new_url; // the link just made: shown this once, never again
    std::string notice;  // after an action: "De link is ingetrokken."
};

// The page's content (inside <main>).
Html calendar_link_content(const CalendarLinkView& view);

} // namespace dagritme::web
