// The workbook page: overview, appointments, reports and parenting situations.
#include "web/workbook_overview.hpp"

#include "web/layout.hpp"
#include "web/sessions_page.hpp"
#include "web/workbook_words.hpp"

namespace dagritme::web {
namespace {

Html tick(bool ticked) {
    Html h;
    if (ticked)
        h << "<span class=\"vinkje\" aria-hidden=\"true\">✓</span><span class=\"verborgen\">ja"
             "</span>";
    else
        h << "<span class=\"verborgen\">nee</span>";
    return h;
}

Html overview_table(const MonthOverview& overview, std::size_t first, int part) {
    Html h;
    h << "<table class=\"werkboek-overzicht\"><caption>Overzicht activiteiten "
      << text(month_label(overview.month)) << " (" << number(part) << " van 2)</caption>"
      << "<colgroup><col></colgroup>";
    for (std::size_t c = first; c < first + 3; ++c)
        h << "<colgroup span=\"2\"></colgroup>";
    h << "<thead><tr><th scope=\"col\" rowspan=\"2\">Datum</th>";
    for (std::size_t c = first; c < first + 3; ++c)
        h << "<th scope=\"colgroup\" colspan=\"2\">"
          << text(activity_label(all_workbook_activities.at(c))) << "</th>";
    h << "</tr><tr>";
    for (std::size_t c = first; c < first + 3; ++c)
        h << "<th scope=\"col\">gepland</th><th scope=\"col\">gebeurd</th>";
    h << "</tr></thead><tbody>";
    for (const auto& row : overview.rows) {
        h << "<tr><th scope=\"row\">" << text(long_date(row.date)) << "</th>";
        for (std::size_t c = first; c < first + 3; ++c)
            h << "<td>" << tick(row.cells.at(c).planned) << "</td><td>"
              << tick(row.cells.at(c).happened) << "</td>";
        h << "</tr>";
    }
    h << "</tbody></table>";
    return h;
}

Html month_navigation(const WorkbookPageView& view) {
    const auto& month = view.month.month;
    Html h;
    h << "<nav class=\"maanden\" aria-label=\"Maanden\"><a class=\"knop\" href=\""
      << attr(workbook_path(view.family_id, month.previous())) << "\">← "
      << text(month_label(month.previous())) << "</a><span class=\"deze-maand\">"
      << text(month_label(month)) << "</span><a class=\"knop\" href=\""
      << attr(workbook_path(view.family_id, month.next())) << "\">"
      << text(month_label(month.next())) << " →</a></nav>";
    return h;
}

// "Botst met ..." for each thing of the family at the same time as appointment `id`.
Html clashes_of(const WorkbookPageView& view, std::int64_t id) {
    Html h;
    for (const auto& c : view.month.clashes) {
        if (c.appointment_id != id) continue;
        h << "<span class=\"waarschuwing\">Botst met ";
        if (c.appointment)
            h << text(appointment_summary(*c.appointment) + " op dezelfde dag");
        else if (c.session)
            h << text(std::string(label_of(c.session->type)) + " " +
                      time_range(c.session->start, c.session->end));
        h << "</span>";
    }
    return h;
}

Html appointments(const WorkbookPageView& view, const FieldErrors& errors) {
    Html h;
    h << "<h2>Afspraken in " << text(month_label(view.month.month)) << "</h2>";
    if (view.month.appointments.empty()) {
        h << "<p class=\"leeg\">Deze maand staan er nog geen afspraken in het werkboek.</p>";
        return h;
    }
    h << "<ul class=\"afspraken\">";
    for (const auto& a : view.month.appointments) {
        const auto id = std::to_string(a.id);
        h << "<li><span class=\"wanneer\">" << text(long_date_year(a.date));
        if (a.start) h << ", " << text(a.start->str());
        h << "</span> <strong>" << text(activity_label(a.type)) << "</strong> ";
        if (!a.note.empty()) h << "<span class=\"klein\">" << text(a.note) << "</span> ";
        h << "<span class=\"afspraak-status\">" << (a.happened ? raw("gebeurd") : raw("gepland"))
          << "</span>" << clashes_of(view, a.id);
        if (!a.happened && a.date <= view.today)
            h << "<form method=\"post\" action=\""
              << attr(workbook_path(view.family_id) + "/afspraak/" + id + "/gebeurd") << "\">"
              << csrf_field(view.csrf)
              << "<button class=\"knop klein\">Is gebeurd<span class=\"verborgen\">: "
              << text(activity_label(a.type)) << " " << text(long_date_year(a.date))
              << "</span></button></form>";
        h << field_error(errors, "afspraak-" + id) << "<a class=\"knop klein\" href=\""
          << attr(workbook_path(view.family_id) + "/verslag/nieuw?afspraak=" + id)
          << "\">Verslag schrijven<span class=\"verborgen\"> over " << text(activity_label(a.type))
          << " " << text(long_date_year(a.date)) << "</span></a></li>";
    }
    h << "</ul>";
    return h;
}

Html plan_form(const WorkbookPageView& view, const Form& values, const FieldErrors& errors) {
    const auto type = values.value("soort");
    Html h;
    h << "<section class=\"plannen\" aria-labelledby=\"plannen-kop\"><h2 id=\"plannen-kop\">"
         "Afspraak plannen</h2><form method=\"post\" action=\""
      << attr(workbook_path(view.family_id) + "/afspraak") << "\">" << csrf_field(view.csrf)
      << hidden("sleutel", values.has("sleutel") ? values.value("sleutel") : view.form_key)
      << (values.has("soort") ? error_summary(errors) : Html{})
      << "<div class=\"rij\"><div class=\"veld\"><label for=\"soort\">"
      << "Soort afspraak</label><select id=\"soort\" name=\"soort\" required"
      << invalid_attrs(errors, "soort") << ">";
    for (const auto a : all_workbook_activities) {
        const auto name = std::string(name_of(a));
        h << "<option value=\"" << attr(name) << "\"" << (type == name ? raw(" selected") : Html{})
          << ">" << text(activity_label(a)) << "</option>";
    }
    h << "</select>" << field_error(errors, "soort")
      << "</div><div class=\"veld\"><label for=\"datum\">Datum</label><input type=\"date\" "
         "id=\"datum\" name=\"datum\" required value=\""
      << attr(values.has("datum") ? values.value("datum") : view.today.str()) << "\""
      << invalid_attrs(errors, "datum") << ">" << field_error(errors, "datum")
      << "</div><div class=\"veld\"><label for=\"tijd\">Hoe laat <span class=\"klein\">(mag "
         "leeg)</span></label><input type=\"time\" id=\"tijd\" name=\"tijd\" value=\""
      << attr(values.value("tijd")) << "\"" << invalid_attrs(errors, "tijd") << ">"
      << field_error(errors, "tijd")
      << "</div><div class=\"veld\"><label for=\"notitie\">Notitie <span class=\"klein\">(mag "
         "leeg)</span></label><input type=\"text\" id=\"notitie\" name=\"notitie\" "
         "maxlength=\"300\" value=\""
      << attr(values.value("notitie")) << "\"" << invalid_attrs(errors, "notitie") << ">"
      << field_error(errors, "notitie")
      << "</div><button class=\"knop hoofd\">Afspraak plannen</button></div></form></section>";
    return h;
}

Html reports(const WorkbookPageView& view) {
    Html h;
    h << "<h2>Verslagen van " << text(month_label(view.month.month)) << "</h2>";
    if (view.month.reports.empty())
        h << "<p class=\"leeg\">Deze maand zijn er nog geen verslagen.</p>";
    else {
        h << "<ul class=\"verslagen\">";
        for (const auto& r : view.month.reports)
            h << "<li><a href=\"" << attr(report_path(view.family_id, r.id)) << "\">Verslag van "
              << text(long_date_year(r.date))
              << "</a> <span class=\"klein\">Erbij: " << text(r.who_present) << "</span></li>";
        h << "</ul>";
    }
    h << "<p><a class=\"knop hoofd\" href=\"" << attr(workbook_path(view.family_id))
      << "/verslag/nieuw\">Nieuw verslag schrijven</a></p>";
    return h;
}

Html situation(const WorkbookPageView& view, const ParentingSituation& s, const Form& values,
               const FieldErrors& errors) {
    const auto key = "situatie-" + std::to_string(s.number);
    const SituationTick* tick_of = nullptr;
    for (const auto& t : view.month.situations)
        if (t.number == s.number) tick_of = &t;
    const bool failed = values.value("nummer") == std::to_string(s.number);
    Html h;
    h << "<li><span class=\"situatie-nummer\">" << number(s.number) << "</span> <span "
      << "class=\"situatie-titel\">" << text(s.title) << "</span> <span class=\"situatie-status\">";
    if (tick_of)
        h << "✓ besproken op " << text(long_date_year(tick_of->discussed_on));
    else
        h << "nog niet besproken";
    h << "</span><form method=\"post\" action=\"" << attr(workbook_path(view.family_id))
      << "/situatie\">" << csrf_field(view.csrf) << hidden("nummer", std::to_string(s.number))
      << hidden("maand", view.month.month.str());
    if (tick_of)
        h << hidden("op", "uit") << "<button class=\"knop klein stil\">Vinkje weghalen<span "
          << "class=\"verborgen\">: " << text(s.title) << "</span></button>";
    else
        h << hidden("op", "aan") << "<label class=\"verborgen\" for=\"" << attr(key)
          << "-datum\">Besproken op (" << text(s.title) << ")</label><input type=\"date\" id=\""
          << attr(key) << "-datum\" name=\"datum\" value=\""
          << attr(failed ? values.value("datum") : view.today.str()) << "\""
          << invalid_attrs(errors, key) << "><button class=\"knop klein\">Besproken<span "
          << "class=\"verborgen\">: " << text(s.title) << "</span></button>";
    h << "</form>" << field_error(errors, key) << "</li>";
    return h;
}

Html situations(const WorkbookPageView& view, const Form& values, const FieldErrors& errors) {
    Html h;
    h << "<section class=\"situaties\" aria-labelledby=\"situaties-kop\"><h2 "
         "id=\"situaties-kop\">Opvoedingssituaties</h2><p>Twintig situaties uit het dagelijks "
         "leven om samen over te praten. Een vinkje betekent: hier hebben we over gepraat.</p>";
    for (const auto theme : {SituationTheme::attachment, SituationTheme::discipline}) {
        h << "<h3>" << text(theme_label(theme)) << "</h3><ol class=\"situatielijst\">";
        for (const auto& s : all_parenting_situations)
            if (s.theme == theme) h << situation(view, s, values, errors);
        h << "</ol>";
    }
    h << "</section>";
    return h;
}

} // namespace

Html overview_tables(const MonthOverview& overview) {
    Html h;
    if (overview.rows.empty()) {
        h << "<p class=\"leeg\">In " << text(month_label(overview.month))
          << " staan nog geen afspraken.</p>";
        return h;
    }
    h << overview_table(overview, 0, 1) << overview_table(overview, 3, 2)
      << "<p class=\"legenda\"><strong>gepland</strong> = de afspraak is gemaakt. "
         "<strong>gebeurd</strong> = de afspraak is doorgegaan. Een ✓ betekent ja.</p>";
    return h;
}

Html workbook_content(const WorkbookPageView& view, const Form& values, const FieldErrors& errors) {
    Html h;
    h << workbook_heading(view.month, "Werkboek " + month_label(view.month.month));
    if (!view.notice.empty())
        h << "<p class=\"melding\" role=\"status\">" << text(view.notice) << "</p>";
    h << month_navigation(view) << "<p class=\"werkboek-acties\"><a class=\"knop\" href=\""
      << attr(workbook_path(view.family_id) + "/afdrukken?maand=" + view.month.month.str())
      << "\">Deze maand afdrukken</a></p>" << overview_tables(view.month.overview)
      << appointments(view, errors)
      << plan_form(view, values.has("soort") ? values : Form{}, errors) << reports(view)
      << situations(view, values, errors);
    return h;
}

} // namespace dagritme::web
