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

// The columns of a table of entries: who did it, what it was about, or both.
enum class Columns { who, about, both };

Html about_cell(const AuditRow& r) {
    Html h;
    h << "<td>";
    if (r.family_id > 0)
        h << "<a href=\"/gezin/" << number(r.family_id) << "/inzage\">" << text(r.family) << "</a>";
    else
        h << text(r.about);
    h << "</td>";
    return h;
}

Html entries_table(const std::vector<AuditRow>& rows, const std::string& caption, Columns columns) {
    Html h;
    if (rows.empty()) {
        h << "<p class=\"leeg\">Nog niets vastgelegd.</p>";
        return h;
    }
    const bool who = columns != Columns::about;
    const bool about = columns != Columns::who;
    h << "<table class=\"tabel inzage\"><caption>" << text(caption) << "</caption><thead><tr>"
      << "<th scope=\"col\">Wanneer</th>" << (who ? raw("<th scope=\"col\">Wie</th>") : raw(""))
      << (about ? raw("<th scope=\"col\">Over</th>") : raw(""))
      << "<th scope=\"col\">Wat</th><th scope=\"col\">Vanaf</th>"
      << "<th scope=\"col\">Uitkomst</th></tr></thead><tbody>";
    for (const auto& r : rows) {
        h << "<tr" << (r.refused ? raw(" class=\"geweigerd-rij\"") : raw("")) << "><td>"
          << text(r.when);
        if (r.repeats > 1)
            h << " <span class=\"klein\">(en nog " << number(r.repeats - 1)
              << " keer kort daarna)</span>";
        h << "</td>";
        if (who) {
            // A security event may name no account (a login with an unknown name) nor role.
            h << "<td>" << text(r.who.empty() ? "onbekend" : r.who);
            if (!r.role.empty()) h << " <span class=\"klein\">(" << text(r.role) << ")</span>";
            h << "</td>";
        }
        if (about) h << about_cell(r);
        h << "<td>" << text(r.action) << ": " << text(r.what) << "</td><td>" << text(r.client)
          << "</td>" << outcome_cell(r.refused) << "</tr>";
    }
    h << "</tbody></table>";
    return h;
}

Html paging_nav(const AuditPaging& paging) {
    Html h;
    if (paging.pages <= 1) return h;
    const auto link = [&](int page, const char* label, const char* rel) {
        h << "<a class=\"knop\" rel=\"" << raw(rel) << "\" href=\""
          << attr(paging.path + "?" + paging.query + "pagina=" + std::to_string(page)) << "\">"
          << raw(label) << "</a> ";
    };
    h << "<nav class=\"bladeren\" aria-label=\"Bladeren\"><p>Pagina " << number(paging.page)
      << " van " << number(paging.pages) << " (" << number(paging.total) << " regels)</p><p>";
    if (paging.page > 1) link(paging.page - 1, "Nieuwer", "prev");
    if (paging.page < paging.pages) link(paging.page + 1, "Ouder", "next");
    h << "</p></nav>";
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
    h << entries_table(view.rows, "Alles, nieuwste eerst", Columns::who) << paging_nav(view.paging);
    return h;
}

Html staff_audit_list(const std::vector<StaffAuditRow>& rows) {
    Html h;
    h << "<h1>Inzage per medewerker</h1>"
      << "<p>Welke gezinsdossiers elke medewerker opende of wijzigde. Kies een naam.</p>"
      << "<p><a href=\"/inzage/logboek\">Het hele logboek</a>: ook het zorglogboek, de "
         "agendalinks, geweigerde pogingen en beveiliging.</p>";
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

Html staff_audit_content(const std::string& who, const std::vector<AuditRow>& rows,
                         const AuditPaging& paging) {
    Html h;
    h << "<h1>Inzage · " << text(who) << "</h1>"
      << "<p>Welke gezinsdossiers en zorggegevens " << text(who)
      << " opende of wijzigde, nieuwste eerst.</p><p><a href=\"/inzage\">Alle medewerkers</a></p>"
      << entries_table(rows, "Geopend door " + who, Columns::about) << paging_nav(paging);
    return h;
}

const std::vector<AuditFilter>& audit_filters() {
    static const std::vector<AuditFilter> filters{{"", "Alles"},
                                                  {"medewerkers", "Medewerkers"},
                                                  {"agenda", "Agendalinks"},
                                                  {"geweigerd", "Geweigerd"},
                                                  {"beveiliging", "Beveiliging"}};
    return filters;
}

Html whole_audit_content(const std::string& shown, const std::vector<AuditRow>& rows,
                         const AuditPaging& paging) {
    Html h;
    h << "<h1>Het hele logboek</h1>"
      << "<p>Alles wat is vastgelegd, nieuwste eerst: wie een gezinsdossier of het zorglogboek "
         "van kinderen opende, wat de agendalinks ophaalden, geweigerde pogingen en "
         "beveiliging (mislukte inlogpogingen, formulieren zonder geldig token). Dit overzicht "
         "kan niemand wijzigen.</p><p><a href=\"/inzage\">Inzage per medewerker</a></p>"
      << "<nav aria-label=\"Soort\"><ul class=\"kinderen-links\">";
    std::string caption = "Alles";
    for (const auto& f : audit_filters()) {
        const bool current = f.value == shown;
        if (current) caption = f.label;
        h << "<li><a href=\""
          << attr("/inzage/logboek" + (f.value.empty() ? "" : "?soort=" + f.value)) << "\""
          << (current ? raw(" aria-current=\"page\"") : raw("")) << ">" << text(f.label)
          << "</a></li>";
    }
    h << "</ul></nav>" << entries_table(rows, caption + ", nieuwste eerst", Columns::both)
      << paging_nav(paging);
    return h;
}

} // namespace dagritme::web
