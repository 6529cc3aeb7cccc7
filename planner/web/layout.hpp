// The frame every staff page shares: head (styles, htmx, the page script), the header with the
// group's tabs and the user, the banner for a lost connection, and small form pieces.
#pragma once

#include "domain/roles.hpp"
#include "web/form.hpp"
#include "web/html.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace dagritme::web {

// Versioned URLs of the static files (they are cached forever).
struct Assets {
    std::string css = "/static/pages.css";
    std::string htmx = "/static/htmx-4.0.1.min.js";
    std::string script = "/static/pages.js";
    std::string icon = "/static/icon.svg";
};

struct NavGroup {
    std::string id;
    std::string name;
};

// The tabs of a group's pages.
enum class Tab {
    today,
    sessions,
    anchorpoint,
    limit,
    patterns,
    handover,
    limits,
    settings, // a group's name, hours and weekday routine
    groups,   // the list of groups, and a new one
    admin,
    families,
    staff,
    none
};

// The parts of one family's record, shown as a second row of tabs on each of its pages.
enum class FamilyPart { record, workbook, calendar, audit, retention };

struct PageFrame {
    std::string title; // the <title> and the h1's context: "Vandaag"
    Assets assets;
    // Empty on pages without a login (the login page itself).
    std::string user_name;
    Role role = Role::group_leader;
    std::string csrf;
    std::vector<NavGroup> groups; // the groups the user may open
    std::string group_id;         // the group of this page ("" when none)
    Tab tab = Tab::none;
    // On a family's pages: the family (0 on other pages) and which of its parts this is.
    std::int64_t family_id = 0;
    FamilyPart family_part = FamilyPart::record;
};

// A whole page: `main` goes inside <main id="inhoud">.
Html page(const PageFrame& frame, const Html& main);

// Pieces of forms.
Html hidden(std::string_view name, std::string_view value);
Html csrf_field(std::string_view token);
// The problem of a field, next to it (role="alert"), or nothing. Its id is "NAME-fout", for
// aria-describedby.
Html field_error(const FieldErrors& errors, const std::string& name);
// aria-invalid and aria-describedby for a field with a problem; nothing otherwise.
Html invalid_attrs(const FieldErrors& errors, const std::string& name);
// A summary at the top of a refused form: "Er is niets opgeslagen: ..." with one line per field.
Html error_summary(const FieldErrors& errors);

// Dutch dates: "december"; "dinsdag 1 december"; "dinsdag 1 december 2026".
std::string_view month_name(unsigned month);
std::string long_date(Date date);
std::string long_date_year(Date date);

} // namespace dagritme::web
