// The Inzage pages: tables with captions and header cells, one row per log entry.
#include "web/audit_page.hpp"

#include "domain/time.hpp"
#include "web/layout.hpp"

namespace dagritme::web {
namespace {

std::string two(int n) {
    return (n < 10 ? "0" : "") + std::to_string(n);
}

Html outcome_cell(bool refused) {
    Html h;
    h << (refused ? raw("<td class=\"geweigerd\">geweigerd</td>") : raw("<td>toegestaan</td>"));
    return h;
}

Html entries_table(const std::vector<AuditRow>& rows, const std::string& caption,
                   bool with_family) {
    Html h;
    if (rows.empty()) {
        h << "<p class=\"leeg\">Nog niets vastgelegd.</p>";
        return h;
    }
    h << "<table class=\"tabel inzage\"><caption>" << text(caption) << "</caption><thead><tr>"
      << "<th scope=\"col\">Wanneer</th>"
      << (with_family ? raw("<th scope=\"col\">Gezin</th>") : raw("<th scope=\"col\">Wie</th>"))
      << "<th scope=\"col\">Wat</th><th scope=\"col\">Vanaf</th>"
      << "<th scope=\"col\">Uitkomst</th></tr></thead><tbody>";
    for (const auto& r : rows) {
        h << "<tr" << (r.refused ? raw(" class=\"geweigerd-rij\"") : raw("")) << "><td>"
          << text(r.when) << "</td><td>";
        if (with_family)
            h << "<a href=\"/gezin/" << number(r.family_id) << "/inzage\">" << text(r.family)
              << "</a>";
        else
            h << text(r.who) << " <span class=\"klein\">(" << text(r.role) << ")</span>";
        h << "</td><td>" << text(r.action) << ": " << text(r.what) << "</td><td>" << text(r.client)
          << "</td>" << outcome_cell(r.refused) << "</tr>";
    }
    h << "</tbody></table>";
    return h;
}

} // namespace

std::string audit_time(std::int64_t at) {
    const auto local = to_local(Instant{at});
    const auto seconds = static_cast<int>(((at % 60) + 60) % 60);
    return long_date_year(local.date) + ", " + local.time.str() + ":" + two(seconds);
}

Html family_audit_content(const FamilyAuditView& view) {
    Html h;
    h << "<h1>Inzage · " << text(view.family) << "</h1>"
      << "<p>Wie het dossier van dit gezin opende of wijzigde, en wanneer. Ook geweigerde "
         "pogingen staan hier. Dit overzicht kan niemand wijzigen.</p>"
      << "<p><a href=\"/gezin/" << number(view.family_id) << "\">Naar het dossier</a> · "
      << "<a href=\"/inzage\">Inzage per medewerker</a></p>";
    if (!view.readers.empty()) {
        h << "<table class=\"tabel\"><caption>Per medewerker</caption><thead><tr>"
          << "<th scope=\"col\">Wie</th><th scope=\"col\">Rol</th><th scope=\"col\">Keren</th>"
          << "<th scope=\"col\">Laatst</th></tr></thead><tbody>";
        for (const auto& r : view.readers)
            h << "<tr><td>" << text(r.who) << "</td><td>" << text(r.role) << "</td><td>"
              << number(r.times) << "</td><td>" << text(r.last) << "</td></tr>";
        h << "</tbody></table>";
    }
    h << entries_table(view.rows, "Alles, nieuwste eerst", false);
    return h;
}

Html staff_audit_list(const std::vector<StaffAuditRow>& rows) {
    Html h;
    h << "<h1>Inzage per medewerker</h1>"
      << "<p>Welke gezinsdossiers elke medewerker opende of wijzigde. Kies een naam.</p>";
    if (rows.empty()) {
        h << "<p class=\"leeg\">Nog niets vastgelegd.</p>";
        return h;
    }
    h << "<table class=\"tabel\"><caption>Medewerkers in het logboek</caption><thead><tr>"
      << "<th scope=\"col\">Wie</th><th scope=\"col\">Rol</th><th scope=\"col\">Keren</th>"
      << "<th scope=\"col\">Geweigerd</th><th scope=\"col\">Laatst</th></tr></thead><tbody>";
    for (const auto& r : rows) {
        h << "<tr><td>";
        if (r.account_id > 0)
            h << "<a href=\"/inzage/" << number(r.account_id) << "\">" << text(r.who) << "</a>";
        else
            h << text(r.who);
        h << "</td><td>" << text(r.role) << "</td><td>" << number(r.entries) << "</td><td>"
          << number(r.refused) << "</td><td>" << text(r.last) << "</td></tr>";
    }
    h << "</tbody></table>";
    return h;
}

Html staff_audit_content(const std::string& who, const std::vector<AuditRow>& rows) {
    Html h;
    h << "<h1>Inzage · " << text(who) << "</h1>"
      << "<p>Welke gezinsdossiers " << text(who)
      << " opende of wijzigde, nieuwste eerst.</p><p><a href=\"/inzage\">Alle medewerkers</a></p>"
      << entries_table(rows, "Geopend door " + who, true);
    return h;
}

} // namespace dagritme::web
