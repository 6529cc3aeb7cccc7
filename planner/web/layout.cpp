// The shared page frame and form pieces.
#include "web/layout.hpp"

#include <array>

namespace dagritme::web {
namespace {

struct TabLink {
    Tab tab;
    const char* path; // after /groep/ID
    const char* label;
};

constexpr std::array<TabLink, 8> group_tabs{{
    {Tab::today, "", "Vandaag"},
    {Tab::sessions, "/sessies", "Sessies"},
    {Tab::anchorpoint, "/ankerpunt", "Ankerpunt"},
    {Tab::limit, "/limit", "Limit"},
    {Tab::patterns, "/patronen", "Patronen"},
    {Tab::handover, "/overdracht", "Overdracht"},
    {Tab::limits, "/limits", "Limits"},
    {Tab::settings, "/instellingen", "Instellingen"},
}};

bool shows(const PageFrame& frame, Tab tab) {
    switch (tab) {
    case Tab::anchorpoint:
    case Tab::limit:
        return may(frame.role, Permission::log_care);
    case Tab::patterns:
    case Tab::handover:
        return may(frame.role, Permission::read_care_log);
    case Tab::settings:
        return may(frame.role, Permission::manage_groups);
    default: // the limits register too: everyone reads it; manage_limits edits it
        return true;
    }
}

struct FamilyLink {
    FamilyPart part;
    const char* path; // after /gezin/ID
    const char* label;
};

constexpr std::array<FamilyLink, 5> family_tabs{{
    {FamilyPart::record, "", "Dossier"},
    {FamilyPart::workbook, "/werkboek", "Werkboek"},
    {FamilyPart::calendar, "/agenda", "Agenda voor de ouders"},
    {FamilyPart::audit, "/inzage", "Wie las dit dossier"},
    {FamilyPart::retention, "/bewaren", "Bewaren"},
}};

Html family_nav(const PageFrame& frame) {
    const auto base = "/gezin/" + std::to_string(frame.family_id);
    Html h;
    h << "<nav class=\"tabs gezin-tabs\" aria-label=\"Dit gezin\">";
    for (const auto& t : family_tabs) {
        if (t.part == FamilyPart::audit && !may(frame.role, Permission::read_audit_log)) continue;
        h << "<a href=\"" << attr(base) << raw(t.path) << "\"";
        if (t.part == frame.family_part) h << " aria-current=\"page\"";
        h << ">" << raw(t.label) << "</a>";
    }
    return h << "</nav>";
}

Html header(const PageFrame& frame) {
    Html h;
    h << "<header class=\"kop\"><a class=\"merk\" href=\"/\">Dagritme</a>";
    if (frame.groups.size() > 1) {
        h << "<nav class=\"groepen\" aria-label=\"Groepen\">";
        for (const auto& g : frame.groups) {
            h << "<a href=\"/groep/" << attr(g.id) << "\"";
            if (g.id == frame.group_id) h << " aria-current=\"page\"";
            h << ">" << text(g.name) << "</a>";
        }
        h << "</nav>";
    }
    h << "<a class=\"gebruiker\" href=\"/pin\" title=\"PIN voor de groepstablet\">"
      << text(frame.user_name) << "</a>";
    if (!frame.group_id.empty())
        h << "<a class=\"knop stil\" href=\"/groep/" << attr(frame.group_id)
          << "/wissel\">Wisselen</a>";
    h << "<form method=\"post\" action=\"/uitloggen\">" << csrf_field(frame.csrf)
      << "<button class=\"knop stil\">Uitloggen</button></form></header>";
    // Family records are not a group's: their tab shows on every page of a role that reads them.
    const bool families = may(frame.role, Permission::read_family);
    const bool staff = may(frame.role, Permission::manage_staff);
    const bool groups = may(frame.role, Permission::manage_groups);
    if (!frame.group_id.empty() || (families && frame.tab == Tab::families) ||
        (staff && frame.tab == Tab::staff) || (groups && frame.tab == Tab::groups)) {
        h << "<nav class=\"tabs\" aria-label=\"Onderdelen\">";
        for (const auto& t : group_tabs) {
            if (frame.group_id.empty() || !shows(frame, t.tab)) continue;
            h << "<a href=\"/groep/" << attr(frame.group_id) << raw(t.path) << "\"";
            if (t.tab == frame.tab) h << " aria-current=\"page\"";
            h << ">" << raw(t.label) << "</a>";
        }
        if (families) {
            h << "<a href=\"/gezin\"";
            if (frame.tab == Tab::families) h << " aria-current=\"page\"";
            h << ">Gezinnen</a>";
        }
        if (groups) {
            h << "<a href=\"/groepen\"";
            if (frame.tab == Tab::groups) h << " aria-current=\"page\"";
            h << ">Groepen</a>";
        }
        if (staff) {
            h << "<a href=\"/medewerkers\"";
            if (frame.tab == Tab::staff) h << " aria-current=\"page\"";
            h << ">Medewerkers</a>";
        }
        if (may(frame.role, Permission::manage_accounts)) {
            h << "<a href=\"/beheer\"";
            if (frame.tab == Tab::admin) h << " aria-current=\"page\"";
            h << ">Beheer</a>";
        }
        h << "</nav>";
    }
    if (frame.family_id != 0) h << family_nav(frame);
    return h;
}

} // namespace

Html page(const PageFrame& frame, const Html& main) {
    Html h;
    h << "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\">"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
      << "<title>" << text(frame.title) << " · Dagritme</title>"
      << "<link rel=\"icon\" href=\"" << attr(frame.assets.icon) << "\" type=\"image/svg+xml\">"
      << "<link rel=\"stylesheet\" href=\"" << attr(frame.assets.css) << "\">"
      << "<script src=\"" << attr(frame.assets.htmx) << "\" defer></script>"
      << "<script src=\"" << attr(frame.assets.script) << "\" defer></script>"
      << "</head><body>";
    if (!frame.user_name.empty()) h << header(frame);
    h << "<div id=\"verbinding\" class=\"verbinding\" role=\"status\" hidden>Geen verbinding met "
         "de "
         "planner. Er is niets verloren: wat je invulde staat er nog; probeer het zo opnieuw.</div>"
      << "<main id=\"inhoud\">" << main << "</main></body></html>";
    return h;
}

Html hidden(std::string_view name, std::string_view value) {
    Html h;
    h << "<input type=\"hidden\" name=\"" << attr(name) << "\" value=\"" << attr(value) << "\">";
    return h;
}

Html csrf_field(std::string_view token) {
    return hidden("csrf", token);
}

Html field_error(const FieldErrors& errors, const std::string& name) {
    Html h;
    const auto it = errors.find(name);
    if (it == errors.end()) return h;
    h << "<p class=\"fout\" id=\"" << attr(name) << "-fout\" role=\"alert\">" << text(it->second)
      << "</p>";
    return h;
}

Html invalid_attrs(const FieldErrors& errors, const std::string& name) {
    Html h;
    if (errors.contains(name))
        h << " aria-invalid=\"true\" aria-describedby=\"" << attr(name) << "-fout\"";
    return h;
}

Html error_summary(const FieldErrors& errors) {
    Html h;
    if (errors.empty()) return h;
    h << "<div class=\"melding fout-samenvatting\" role=\"alert\"><p>Er is niets opgeslagen. "
         "Verbeter wat hieronder rood staat.</p></div>";
    return h;
}

std::string_view month_name(unsigned month) {
    static constexpr std::array<std::string_view, 13> months{
        "",     "januari",  "februari",  "maart",   "april",    "mei",     "juni",
        "juli", "augustus", "september", "oktober", "november", "december"};
    return months.at(month % 13);
}

std::string long_date(Date date) {
    static constexpr std::array<const char*, 8> days{"",          "maandag", "dinsdag",  "woensdag",
                                                     "donderdag", "vrijdag", "zaterdag", "zondag"};
    return std::string(days.at(static_cast<std::size_t>(date.weekday()))) + " " +
           std::to_string(date.day) + " " + std::string(month_name(date.month));
}

std::string long_date_year(Date date) {
    return long_date(date) + " " + std::to_string(date.year);
}

} // namespace dagritme::web
