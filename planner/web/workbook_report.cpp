// A report of the workbook: the form, and a saved report as the parent reads it.
#include "web/workbook_report.hpp"

#include "web/layout.hpp"
#include "web/workbook_words.hpp"

namespace dagritme::web {
namespace {

Html text_area(const char* name, const char* label, const char* hint, int rows,
               std::size_t max_length, const Form& values, const FieldErrors& errors) {
    Html h;
    h << "<div class=\"veld\"><label for=\"" << raw(name) << "\">" << raw(label);
    if (*hint) h << " <span class=\"klein\">" << raw(hint) << "</span>";
    h << "</label><textarea id=\"" << raw(name) << "\" name=\"" << raw(name) << "\" rows=\""
      << number(rows) << "\" maxlength=\"" << number(static_cast<long long>(max_length)) << "\""
      << invalid_attrs(errors, name) << ">" << text(values.value(name)) << "</textarea>"
      << field_error(errors, name) << "</div>";
    return h;
}

Html date_field(const char* name, const char* label, const std::string& value,
                const FieldErrors& errors) {
    Html h;
    h << "<div class=\"veld\"><label for=\"" << raw(name) << "\">" << raw(label)
      << "</label><input type=\"date\" id=\"" << raw(name) << "\" name=\"" << raw(name)
      << "\" value=\"" << attr(value) << "\"" << invalid_attrs(errors, name) << ">"
      << field_error(errors, name) << "</div>";
    return h;
}

Html report_form(const ReportPageView& view, const Form& values, const FieldErrors& errors) {
    const auto path = view.report ? report_path(view.family_id, view.report->id)
                                  : workbook_path(view.family_id) + "/verslag/nieuw";
    Html h;
    h << "<form class=\"verslagformulier\" method=\"post\" action=\"" << attr(path) << "\">"
      << csrf_field(view.csrf) << error_summary(errors);
    if (!view.report)
        h << hidden("sleutel", values.has("sleutel") ? values.value("sleutel") : view.form_key);
    h << "<div class=\"rij\">"
      << date_field("datum", "Datum",
                    values.has("datum") ? values.value("datum") : view.today.str(), errors)
      << "<div class=\"veld\"><label for=\"afspraak\">Over welke afspraak?</label><select "
         "id=\"afspraak\" name=\"afspraak\""
      << invalid_attrs(errors, "afspraak") << "><option value=\"\">Geen afspraak</option>";
    for (const auto& a : view.appointments) {
        const auto id = std::to_string(a.id);
        h << "<option value=\"" << attr(id) << "\""
          << (values.value("afspraak") == id ? raw(" selected") : Html{}) << ">"
          << text(activity_label(a.type)) << ", " << text(long_date_year(a.date)) << "</option>";
    }
    h << "</select>" << field_error(errors, "afspraak") << "</div></div>"
      << text_area("wie", "Wie waren erbij?", "", 2, max_who_present_length, values, errors)
      << text_area("besproken", "Wat is er besproken?", "", 8, max_report_text_length, values,
                   errors)
      << text_area("voornemens", "Voornemens", "(wat gaan we doen tot de volgende keer?)", 5,
                   max_report_text_length, values, errors)
      << "<div class=\"rij\">"
      << date_field("volgende", "Datum volgende afspraak", values.value("volgende"), errors);
    if (!view.report) {
        const auto type = values.value("volgende_soort");
        h << "<div class=\"veld\"><label for=\"volgende_soort\">Meteen in het werkboek zetten "
             "als</label><select id=\"volgende_soort\" name=\"volgende_soort\""
          << invalid_attrs(errors, "volgende_soort")
          << "><option value=\"\">Nee, niet plannen</option>";
        for (const auto a : all_workbook_activities) {
            const auto name = std::string(name_of(a));
            h << "<option value=\"" << attr(name) << "\""
              << (type == name ? raw(" selected") : Html{}) << ">" << text(activity_label(a))
              << "</option>";
        }
        h << "</select>" << field_error(errors, "volgende_soort") << "</div>";
    }
    h << "</div><button class=\"knop hoofd groot\">Verslag opslaan</button></form>";
    return h;
}

Html report_fields(const WorkbookReport& r) {
    Html h;
    h << "<dl class=\"verslag\"><dt>Datum</dt><dd>" << text(long_date_year(r.date))
      << "</dd><dt>Wie waren erbij?</dt><dd>" << text(r.who_present)
      << "</dd><dt>Wat is er besproken?</dt><dd>" << text(r.discussed)
      << "</dd><dt>Voornemens</dt><dd>" << text(r.intentions.empty() ? "—" : r.intentions)
      << "</dd><dt>Datum volgende afspraak</dt><dd>"
      << text(r.next_appointment ? long_date_year(*r.next_appointment) : "nog niet afgesproken")
      << "</dd></dl>";
    return h;
}

// The texts an edit replaced, newest first, behind one button: who changed it and when.
Html history(const ReportPageView& view, const WorkbookReport& r) {
    Html h;
    if (view.versions.empty()) return h;
    const auto count = view.versions.size();
    h << "<details class=\"geschiedenis\"><summary class=\"knop\">Eerdere versies ("
      << number(static_cast<long long>(count)) << ")</summary><p class=\"klein\">Dit verslag is "
      << number(static_cast<long long>(count)) << " keer aangepast, het laatst op "
      << text(long_date_year(to_local(r.updated_at).date)) << ".</p><ol reversed>";
    for (auto it = view.versions.rbegin(); it != view.versions.rend(); ++it) {
        const auto editor = view.editor_names.find(it->editor);
        const auto local = to_local(it->replaced_at);
        h << "<li><p>Zo stond het er tot " << text(long_date_year(local.date)) << ", "
          << text(local.time.str()) << " (aangepast door "
          << text(editor == view.editor_names.end() ? "onbekend" : editor->second) << "):</p>"
          << report_fields(it->text) << "</li>";
    }
    return h << "</ol></details>";
}

} // namespace

Form report_values(const WorkbookReport& r) {
    std::string encoded = "datum=" + r.date.str() + "&wie=" + form_encode(r.who_present) +
                          "&besproken=" + form_encode(r.discussed) +
                          "&voornemens=" + form_encode(r.intentions);
    if (r.next_appointment) encoded += "&volgende=" + r.next_appointment->str();
    if (r.appointment_id) encoded += "&afspraak=" + std::to_string(*r.appointment_id);
    return Form::parse(encoded).value_or(Form{});
}

Html report_content(const ReportPageView& view, const Form& values, const FieldErrors& errors) {
    Html h;
    if (!view.report) {
        h << workbook_heading(view.heading, "Nieuw verslag")
          << "<p>Schrijf samen met de ouder op wat jullie deden en wat jullie afspraken. De "
             "ouder kan het thuis nog eens rustig nalezen.</p>"
          << report_form(view, values, errors);
    } else {
        const auto& r = *view.report;
        h << workbook_heading(view.heading, "Verslag van " + long_date_year(r.date));
        if (view.saved) h << "<p class=\"melding\" role=\"status\">Het verslag is opgeslagen.</p>";
        h << report_fields(r) << history(view, r)
          << "<p class=\"werkboek-acties\"><a class=\"knop\" href=\""
          << attr(report_path(view.family_id, r.id) + "/afdrukken")
          << "\">Verslag afdrukken</a></p><details class=\"corrigeren\""
          << (errors.empty() ? Html{} : raw(" open"))
          << "><summary class=\"knop\">Verslag aanpassen</summary>"
          << report_form(view, values, errors) << "</details>";
    }
    h << "<p><a href=\""
      << attr(
             workbook_path(view.family_id, Month::of(view.report ? view.report->date : view.today)))
      << "\">Terug naar het werkboek</a></p>";
    return h;
}

} // namespace dagritme::web
