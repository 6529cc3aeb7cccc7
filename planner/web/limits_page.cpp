// The limits register page.
#include "web/limits_page.hpp"

#include "web/layout.hpp"

namespace dagritme::web {
namespace {

Html form_start(const LimitsView& view, const char* op) {
    Html h;
    h << "<form method=\"post\" action=\"/groep/" << attr(view.group_id) << "/limits\">"
      << csrf_field(view.csrf) << hidden("op", op);
    return h;
}

Html text_field(const std::string& id, const std::string& value, const FieldErrors& errors,
                const char* label) {
    Html h;
    h << "<div class=\"veld\"><label for=\"" << attr(id) << "\">" << raw(label)
      << "</label><input id=\"" << attr(id) << "\" name=\"tekst\" maxlength=\"200\" value=\""
      << attr(value) << "\" required" << invalid_attrs(errors, "tekst") << ">"
      << field_error(errors, "tekst") << "</div>";
    return h;
}

} // namespace

Html limits_content(const LimitsView& view, std::int64_t failed, const Form& values,
                    const FieldErrors& errors, const std::string& notice) {
    static const FieldErrors none;
    Html h;
    h << "<div class=\"titel\"><h1>Limits <span class=\"groepnaam\">" << text(view.group_name)
      << "</span></h1></div><p class=\"klein\">De grenzen die de groep afsprak en de kinderen "
         "duidelijk maakt. Niet onderhandelbaar.</p>";
    if (!notice.empty()) h << "<p class=\"melding\" role=\"status\">" << text(notice) << "</p>";
    if (!errors.empty() && failed != 0) h << error_summary(errors);
    h << "<ol class=\"register\">";
    bool any = false;
    for (const auto& l : view.limits) {
        if (l.retired_at) continue;
        any = true;
        const auto id = std::to_string(l.id);
        const bool mine = failed == l.id;
        h << "<li id=\"limit-" << raw(id) << "\"><p class=\"limittekst\">" << text(l.text)
          << "</p>";
        if (view.may_edit) {
            h << "<details" << (mine ? raw(" open") : Html{})
              << "><summary class=\"knop klein\">Tekst wijzigen</summary>"
              << form_start(view, "wijzigen") << hidden("id", id)
              << text_field("tekst-" + id, mine ? values.value("tekst") : l.text,
                            mine ? errors : none, "Nieuwe tekst")
              << "<button class=\"knop hoofd\">Opslaan</button></form></details>"
              << form_start(view, "stoppen") << hidden("id", id)
              << "<button class=\"knop gevaar klein\">Niet meer gebruiken</button></form>";
        }
        h << "</li>";
    }
    h << "</ol>";
    if (!any) h << "<p class=\"leeg\">Nog geen limits.</p>";
    if (view.may_edit) {
        h << "<section aria-labelledby=\"nieuw-kop\"><h2 id=\"nieuw-kop\">Limit toevoegen</h2>"
          << (failed == 0 ? error_summary(errors) : Html{}) << form_start(view, "toevoegen")
          << text_field("tekst-nieuw", failed == 0 ? values.value("tekst") : "",
                        failed == 0 ? errors : none, "Tekst, zoals de kinderen hem horen")
          << "<button class=\"knop hoofd\">Toevoegen</button></form></section>";
    } else {
        h << "<p class=\"klein\">Alleen een behandelcoördinator past het register aan.</p>";
    }
    bool retired = false;
    for (const auto& l : view.limits) {
        if (!l.retired_at) continue;
        if (!retired)
            h << "<section aria-labelledby=\"oud-kop\"><h2 id=\"oud-kop\">Niet meer in "
                 "gebruik</h2><ul class=\"register oud\">";
        retired = true;
        h << "<li>" << text(l.text) << " <span class=\"klein\">sinds "
          << text(long_date(to_local(*l.retired_at).date)) << "</span></li>";
    }
    if (retired) h << "</ul></section>";
    return h;
}

} // namespace dagritme::web
