// The Medewerkers page.
#include "web/staff_page.hpp"

#include "web/layout.hpp"

namespace dagritme::web {
namespace {

Html staff_form(const StaffPageView& view, const StaffRow* row) {
    const std::int64_t id = row ? row->staff.id : 0;
    const bool failed = view.failed_id == id;
    const auto& e = failed ? view.errors : FieldErrors{};
    const auto prefix = "m" + std::to_string(id) + "-";
    const auto value = [&](const std::string& name, const std::string& stored) {
        return failed ? view.values.value(name) : stored;
    };
    const auto input = [&](const std::string& name, const char* label, const std::string& stored) {
        Html h;
        h << "<div class=\"veld\"><label for=\"" << attr(prefix + name) << "\">" << raw(label)
          << "</label><input type=\"text\" id=\"" << attr(prefix + name) << "\" name=\""
          << attr(name) << "\" autocomplete=\"off\" value=\"" << attr(value(name, stored)) << "\""
          << invalid_attrs(e, name) << ">" << field_error(e, name) << "</div>";
        return h;
    };
    const auto select = [&](const std::string& name, const char* label,
                            const std::vector<NamedChoice>& choices, const std::string& stored,
                            const char* none) {
        Html h;
        const auto chosen = value(name, stored);
        h << "<div class=\"veld\"><label for=\"" << attr(prefix + name) << "\">" << raw(label)
          << "</label><select id=\"" << attr(prefix + name) << "\" name=\"" << attr(name) << "\""
          << invalid_attrs(e, name) << ">";
        if (none) h << "<option value=\"\">" << raw(none) << "</option>";
        for (const auto& c : choices)
            h << "<option value=\"" << attr(c.value) << "\""
              << raw(c.value == chosen ? " selected" : "") << ">" << text(c.label) << "</option>";
        return h << "</select>" << field_error(e, name) << "</div>";
    };
    const auto action = row ? "/medewerkers/" + std::to_string(id) : std::string("/medewerkers");
    Html h;
    h << "<form method=\"post\" action=\"" << attr(action) << "\" class=\"gezin-formulier\">"
      << csrf_field(view.csrf) << error_summary(e) << "<div class=\"rij\">"
      << input("voornaam", "Voornaam", row ? row->staff.first_name : "")
      << input("achternaam", "Achternaam", row ? row->staff.surname : "")
      << select("groep", "Groep", view.groups,
                row ? row->staff.group_id
                    : (view.groups.size() == 1 ? view.groups.front().value : ""),
                view.groups.size() == 1 ? nullptr : "kies een groep")
      << select("account", "Inlogaccount", view.accounts,
                row && row->staff.account_id ? std::to_string(*row->staff.account_id) : "",
                "geen account")
      << "</div><button class=\"knop hoofd\">"
      << (row ? raw("Opslaan") : raw("Medewerker toevoegen")) << "</button></form>";
    return h;
}

} // namespace

Html staff_page_content(const StaffPageView& view) {
    Html h;
    h << "<div class=\"titel\"><h1>Medewerkers</h1><p class=\"groepnaam\">Wie op welke groep "
         "werkt, en met welk account</p></div>";
    if (!view.notice.empty())
        h << "<p class=\"melding\" role=\"status\">" << text(view.notice) << "</p>";
    h << "<section class=\"gezin-deel\" aria-labelledby=\"nieuw-kop\"><h2 id=\"nieuw-kop\">"
         "Nieuwe medewerker</h2>";
    if (view.groups.empty())
        h << "<p class=\"leeg\">Maak eerst een groep aan.</p>";
    else
        h << staff_form(view, nullptr);
    h << "</section>";
    if (view.staff.empty()) return h << "<p class=\"leeg\">Nog geen medewerkers.</p>";
    h << "<table class=\"data medewerkers\"><caption class=\"verborgen\">Medewerkers</caption>"
         "<thead><tr><th scope=\"col\">Naam</th><th scope=\"col\">Groep</th><th "
         "scope=\"col\">Account</th><th scope=\"col\"><span class=\"verborgen\">Wijzigen"
         "</span></th></tr></thead><tbody>";
    for (const auto& row : view.staff) {
        const bool failed = view.failed_id == row.staff.id;
        h << "<tr><th scope=\"row\">" << text(row.staff.first_name + " " + row.staff.surname)
          << "</th><td>" << text(row.group_name) << "</td><td>"
          << (row.account_name.empty() ? raw("<span class=\"leeg\">geen</span>")
                                       : text(row.account_name))
          << "</td><td><details" << raw(failed ? " open" : "") << "><summary class=\"knop\">"
          << "Wijzigen</summary>" << staff_form(view, &row)
          << "<form method=\"post\" action=\"/medewerkers/" << number(row.staff.id)
          << "/vertrek\" class=\"gezin-formulier\">" << csrf_field(view.csrf)
          << "<button class=\"knop\">" << text(row.staff.first_name)
          << " werkt hier niet meer</button></form></details></td></tr>";
    }
    return h << "</tbody></table>";
}

} // namespace dagritme::web
