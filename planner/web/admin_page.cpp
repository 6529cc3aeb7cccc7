// The administrator's page: accounts and wall screens.
#include "web/admin_page.hpp"

#include "web/layout.hpp"

#include <algorithm>
#include <array>

namespace dagritme::web {
namespace {

constexpr std::array<Role, 4> roles{Role::group_leader, Role::mentor, Role::coordinator,
                                    Role::admin};

Html form_open(const AdminView& view, const char* action, const char* target) {
    Html h;
    h << "<form method=\"post\" action=\"/beheer/" << raw(action) << "\" hx-post=\"/beheer/"
      << raw(action) << "\" hx-target=\"#" << raw(target)
      << "\" hx-swap=\"outerHTML\" hx-disable=\"find button\">" << csrf_field(view.csrf);
    return h;
}

Html text_field(const char* id, const char* name, const char* label, const char* type,
                const std::string& value, const FieldErrors& errors, const char* extra) {
    Html h;
    h << "<div class=\"veld\"><label for=\"" << raw(id) << "\">" << raw(label)
      << "</label><input id=\"" << raw(id) << "\" name=\"" << raw(name) << "\" type=\"" << raw(type)
      << "\" value=\"" << attr(value) << "\"" << invalid_attrs(errors, name) << raw(extra) << ">"
      << field_error(errors, name) << "</div>";
    return h;
}

Html done_notice(const AdminView& view) {
    Html h;
    if (!view.done.empty())
        h << "<p class=\"melding\" role=\"status\">" << text(view.done) << "</p>";
    return h;
}

} // namespace

std::string_view dutch_role(Role role) {
    switch (role) {
    case Role::group_leader:
        return "groepsleider";
    case Role::mentor:
        return "mentor";
    case Role::coordinator:
        return "coördinator";
    case Role::admin:
        return "beheerder";
    }
    return "";
}

Html accounts_section(const AdminView& view, const Form& sent, const FieldErrors& errors) {
    Html h;
    h << "<section id=\"accounts\" aria-labelledby=\"accounts-kop\"><h2 id=\"accounts-kop\">"
         "Accounts</h2>"
      << done_notice(view) << error_summary(errors)
      << "<table class=\"tabel\"><caption class=\"verborgen\">Alle accounts</caption><thead><tr>"
         "<th scope=\"col\">Naam</th><th scope=\"col\">Rol</th><th scope=\"col\">Groepen</th>"
         "<th scope=\"col\">Status</th><th scope=\"col\"><span class=\"verborgen\">Actie</span>"
         "</th></tr></thead><tbody>";
    for (const auto& a : view.accounts) {
        h << "<tr><td>" << text(a.name) << "</td><td>" << text(dutch_role(a.role)) << "</td><td>";
        if (a.role == Role::coordinator || a.role == Role::admin)
            h << "alle groepen";
        else if (a.groups.empty())
            h << "<span class=\"leeg\">geen</span>";
        for (std::size_t i = 0;
             i < a.groups.size() && a.role != Role::coordinator && a.role != Role::admin; ++i)
            h << (i ? raw(", ") : Html{}) << text(a.groups[i]);
        h << "</td><td>" << (a.disabled ? raw("uitgeschakeld") : raw("actief")) << "</td><td>";
        if (!a.disabled && !a.self)
            h << form_open(view, "accounts", "accounts") << hidden("op", "uitschakelen")
              << hidden("naam", a.name)
              << "<button class=\"knop klein gevaar\">Uitschakelen<span class=\"verborgen\"> "
              << text(a.name) << "</span></button></form>";
        if (!a.disabled) {
            // A forgotten password: the administrator (or the coordinator, for group leaders and
            // mentors) gives a new one; the account's sessions end.
            const auto field_id = "wachtwoord-" + a.name;
            const bool failed = sent.value("op") == "wachtwoord" && sent.value("naam") == a.name;
            h << "<details class=\"nieuw-wachtwoord\"" << (failed ? raw(" open") : Html{})
              << "><summary class=\"knop klein\">Nieuw wachtwoord<span class=\"verborgen\"> voor "
              << text(a.name) << "</span></summary>" << form_open(view, "accounts", "accounts")
              << hidden("op", "wachtwoord") << hidden("naam", a.name)
              << "<div class=\"veld\"><label for=\"" << attr(field_id)
              << "\">Nieuw wachtwoord (minstens 10 tekens)</label><input type=\"password\" id=\""
              << attr(field_id)
              << "\" name=\"wachtwoord\" minlength=\"10\" required autocomplete=\"new-password\""
              << (failed ? invalid_attrs(errors, "wachtwoord") : Html{}) << ">"
              << (failed ? field_error(errors, "wachtwoord") : Html{})
              << "</div><button class=\"knop klein\">Opslaan</button></form></details>";
        }
        h << "</td></tr>";
    }
    h << "</tbody></table>";
    const bool open = sent.value("op") == "toevoegen";
    h << "<details class=\"toevoegen\"" << (open ? raw(" open") : Html{})
      << "><summary class=\"knop\">Account toevoegen</summary>"
      << form_open(view, "accounts", "accounts") << hidden("op", "toevoegen")
      << text_field("account-naam", "naam", "Inlognaam (kleine letters, cijfers, . - _)", "text",
                    open ? sent.value("naam") : "", errors,
                    " maxlength=\"40\" required autocapitalize=\"none\" spellcheck=\"false\"")
      << "<div class=\"veld\"><label for=\"account-rol\">Rol</label><select id=\"account-rol\" "
         "name=\"rol\""
      << invalid_attrs(errors, "rol") << ">";
    for (const auto role : roles)
        h << "<option value=\"" << attr(name_of(role)) << "\""
          << (open && sent.value("rol") == name_of(role) ? raw(" selected") : Html{}) << ">"
          << text(dutch_role(role)) << "</option>";
    h << "</select>" << field_error(errors, "rol") << "</div>"
      << "<fieldset class=\"kiezers\"" << invalid_attrs(errors, "groep")
      << "><legend>Groepen (voor groepsleider en mentor)</legend>" << field_error(errors, "groep");
    const auto chosen = sent.values("groep");
    for (const auto& [id, name] : view.groups) {
        const auto field_id = "account-groep-" + id;
        h << "<input type=\"checkbox\" id=\"" << attr(field_id) << "\" name=\"groep\" value=\""
          << attr(id) << "\""
          << (open && std::find(chosen.begin(), chosen.end(), id) != chosen.end() ? raw(" checked")
                                                                                  : Html{})
          << "><label for=\"" << attr(field_id) << "\">" << text(name) << "</label>";
    }
    h << "</fieldset>"
      << text_field("account-wachtwoord", "wachtwoord", "Eerste wachtwoord (minstens 10 tekens)",
                    "password", "", errors,
                    " minlength=\"10\" required autocomplete=\"new-password\"")
      << "<button class=\"knop hoofd\">Account aanmaken</button></form></details></section>";
    return h;
}

Html screens_section(const AdminView& view, const Form& sent, const FieldErrors& errors) {
    Html h;
    h << "<section id=\"schermen\" aria-labelledby=\"schermen-kop\"><h2 id=\"schermen-kop\">"
         "Wandschermen</h2>"
      << error_summary(errors);
    if (view.screens.empty())
        h << "<p class=\"leeg\">Nog geen schermen gekoppeld.</p>";
    else {
        h << "<table class=\"tabel\"><caption class=\"verborgen\">Gekoppelde schermen</caption>"
             "<thead><tr><th scope=\"col\">Scherm</th><th scope=\"col\">Groep</th><th "
             "scope=\"col\">Sinds</th><th scope=\"col\">Status</th><th scope=\"col\"><span "
             "class=\"verborgen\">Actie</span></th></tr></thead><tbody>";
        for (const auto& s : view.screens) {
            h << "<tr><td>" << text(s.name) << "</td><td>" << text(s.group) << "</td><td>"
              << text(s.since) << "</td><td>" << (s.revoked ? raw("ingetrokken") : raw("actief"))
              << "</td><td>";
            if (!s.revoked)
                h << form_open(view, "schermen", "schermen") << hidden("op", "intrekken")
                  << hidden("scherm", std::to_string(s.id))
                  << "<button class=\"knop klein gevaar\">Intrekken<span class=\"verborgen\"> "
                  << text(s.name) << "</span></button></form>";
            h << "</td></tr>";
        }
        h << "</tbody></table>";
    }
    const bool open = sent.value("op") == "koppelen";
    h << "<details class=\"toevoegen\"" << (open ? raw(" open") : Html{})
      << "><summary class=\"knop\">Scherm koppelen</summary><p class=\"klein\">Een nieuw scherm "
         "toont een code van zes cijfers. Vul die hier in.</p>"
      << form_open(view, "schermen", "schermen") << hidden("op", "koppelen")
      << text_field("scherm-code", "code", "Code op het scherm", "text",
                    open ? sent.value("code") : "", errors,
                    " inputmode=\"numeric\" maxlength=\"6\" required autocomplete=\"off\"")
      << text_field("scherm-naam", "naam", "Naam van het scherm", "text",
                    open ? sent.value("naam") : "", errors, " maxlength=\"60\" required")
      << "<div class=\"veld\"><label for=\"scherm-groep\">Groep</label><select "
         "id=\"scherm-groep\" name=\"groep\""
      << invalid_attrs(errors, "groep") << ">";
    for (const auto& [id, name] : view.groups)
        h << "<option value=\"" << attr(id) << "\""
          << (open && sent.value("groep") == id ? raw(" selected") : Html{}) << ">" << text(name)
          << "</option>";
    h << "</select>" << field_error(errors, "groep") << "</div>"
      << "<button class=\"knop hoofd\">Koppelen</button></form></details></section>";
    return h;
}

Html admin_content(const AdminView& view) {
    Html h;
    h << "<h1>Beheer</h1>" << accounts_section(view, {}, {}) << screens_section(view, {}, {});
    return h;
}

} // namespace dagritme::web
