// The Bewaren page: the record's state, and the one form that fits it.
#include "web/retention_page.hpp"

#include "web/layout.hpp"

namespace dagritme::web {
namespace {

Html op_form(const RetentionView& view, const char* op, const char* label) {
    Html h;
    h << "<form method=\"post\" action=\"/gezin/" << number(view.family_id) << "/bewaren\">"
      << csrf_field(view.csrf) << hidden("op", op) << "<button class=\"knop\">" << text(label)
      << "</button></form>";
    return h;
}

} // namespace

Html retention_content(const RetentionView& view) {
    Html h;
    h << "<h1>Bewaren · " << text(view.family) << "</h1>"
      << "<p><a href=\"/gezin/" << number(view.family_id) << "\">Terug naar het dossier</a></p>";
    if (!view.notice.empty())
        h << "<p class=\"melding\" role=\"status\">" << text(view.notice) << "</p>";
    h << error_summary(view.errors);
    if (view.closed.empty()) {
        h << "<p>Dit dossier is open. Sluit het als de behandeling is afgerond: daarna wordt het "
             "20 jaar bewaard na de laatste wijziging.</p>";
        if (view.may_close) h << op_form(view, "afsluiten", "Dossier sluiten");
        return h;
    }
    h << "<dl class=\"gezin-gegevens\"><dt>Gesloten</dt><dd>" << text(view.closed) << "</dd>"
      << "<dt>Laatste wijziging</dt><dd>" << text(view.last_changed) << "</dd>"
      << "<dt>Bewaren tot</dt><dd>" << text(view.kept_until) << "</dd></dl>";
    if (!view.may_manage) return h;
    h << op_form(view, "heropenen", "Dossier weer openen");
    if (!view.waiting.empty()) {
        h << "<p class=\"melding\">Vernietiging is aangevraagd " << text(view.waiting)
          << ". De beheerder voert die uit.</p>" << field_error(view.errors, "reden");
        return h;
    }
    h << "<h2>Vernietiging aanvragen</h2>";
    if (!view.destruction_allowed && !view.errors.contains("reden")) {
        h << "<p>Dat kan pas na " << text(view.kept_until) << ".</p>";
        return h;
    }
    h << "<form method=\"post\" action=\"/gezin/" << number(view.family_id)
      << "/bewaren\" class=\"formulier\">" << csrf_field(view.csrf) << hidden("op", "vernietigen")
      << "<label for=\"reden\">Waarom (bijvoorbeeld: bewaartermijn verstreken)</label>"
      << "<textarea id=\"reden\" name=\"reden\" rows=\"3\" maxlength=\"500\""
      << invalid_attrs(view.errors, "reden") << ">" << text(view.values.value("reden"))
      << "</textarea>" << field_error(view.errors, "reden")
      << "<button class=\"knop\">Vernietiging aanvragen</button></form>";
    return h;
}

} // namespace dagritme::web
