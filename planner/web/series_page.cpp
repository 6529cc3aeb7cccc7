// One series' page: its invited families, and per occurrence a change, a cancellation, the
// clashes of its families, and who came.
#include "web/layout.hpp"
#include "web/session_fields.hpp"
#include "web/sessions_page.hpp"
#include "web/workbook_words.hpp"

#include <algorithm>

namespace dagritme::web {
namespace {

const FieldErrors no_errors;

bool failed_here(const FailedForm& failed, const char* op, std::optional<Date> date) {
    return failed.op == op && failed.date == date;
}

Html form_start(const SeriesView& view, const char* op, std::optional<Date> date) {
    Html h;
    h << "<form method=\"post\" action=\"/groep/" << attr(view.group_id) << "/sessies/"
      << number(view.series.id) << "\">" << csrf_field(view.csrf) << hidden("op", op);
    if (date) h << hidden("datum", date->str());
    return h;
}

Html invitations(const SeriesView& view, const FailedForm& failed, const Form& values,
                 const FieldErrors& errors) {
    const bool mine = failed_here(failed, "uitnodigen", std::nullopt);
    const auto& errs = mine ? errors : no_errors;
    Html h;
    h << "<section aria-labelledby=\"gezinnen-kop\"><h2 id=\"gezinnen-kop\">Uitgenodigd</h2>";
    if (view.invitations.empty()) h << "<p class=\"leeg\">Nog geen gezinnen uitgenodigd.</p>";
    h << "<ul class=\"register\">";
    for (const auto& i : view.invitations) {
        h << "<li><span>" << text(family_label(view.families, i.family_id))
          << (i.date ? text(", alleen " + long_date(*i.date)) : text(", elke keer")) << "</span>"
          << form_start(view, "afmelden", i.date) << hidden("gezin", std::to_string(i.family_id))
          << "<button class=\"knop klein\">Afmelden</button></form></li>";
    }
    h << "</ul><h3>Gezin uitnodigen</h3>" << (mine ? error_summary(errors) : Html{})
      << form_start(view, "uitnodigen", std::nullopt) << "<div class=\"rij\"><div class=\"veld\">"
      << "<label for=\"gezin\">Gezin</label><select id=\"gezin\" name=\"gezin\""
      << invalid_attrs(errs, "gezin") << "><option value=\"\">Kies een gezin</option>";
    for (const auto& f : view.families) {
        const auto value = std::to_string(f.id);
        h << "<option value=\"" << attr(value) << "\""
          << (mine && values.value("gezin") == value ? raw(" selected") : Html{}) << ">"
          << text(f.label) << "</option>";
    }
    h << "</select>" << field_error(errs, "gezin")
      << "</div><div class=\"veld\"><label for=\"wanneer\">Wanneer</label><select "
         "id=\"wanneer\" name=\"wanneer\""
      << invalid_attrs(errs, "wanneer") << "><option value=\"\">Elke keer</option>";
    for (const auto& o : view.occurrences) {
        if (o.date < view.today || o.cancelled) continue;
        h << "<option value=\"" << attr(o.date.str()) << "\""
          << (mine && values.value("wanneer") == o.date.str() ? raw(" selected") : Html{})
          << ">Alleen " << text(long_date(o.date)) << "</option>";
    }
    h << "</select>" << field_error(errs, "wanneer")
      << "</div></div><button class=\"knop hoofd\">Uitnodigen</button></form></section>";
    return h;
}

Html change_forms(const SeriesView& view, const SessionOccurrence& o, const FailedForm& failed,
                  const Form& values, const FieldErrors& errors) {
    const auto d = o.date.str();
    const bool change_failed = failed_here(failed, "wijzigen", o.date);
    const bool cancel_failed = failed_here(failed, "afzeggen", o.date);
    const auto& ce = change_failed ? errors : no_errors;
    const auto pick = [&](const char* name, const std::string& current) {
        return change_failed ? values.value(name) : current;
    };
    Html h;
    h << "<details class=\"wijzig\"" << (change_failed ? raw(" open") : Html{})
      << "><summary class=\"knop klein\">Wijzigen</summary>"
      << (change_failed ? error_summary(errors) : Html{}) << form_start(view, "wijzigen", o.date)
      << "<div class=\"rij\">"
      << input_field("begin-" + d, "begin", "Begintijd", "time", pick("begin", o.start.str()), ce,
                     " required")
      << input_field("eind-" + d, "eind", "Eindtijd", "time", pick("eind", o.end.str()), ce,
                     " required")
      << input_field("plaats-" + d, "plaats", "Plaats", "text", pick("plaats", o.place), ce,
                     " maxlength=\"80\" required")
      << leader_field("leider-" + d, view.staff,
                      pick("leider", o.leader ? std::to_string(*o.leader) : ""), ce, true)
      << "</div><button class=\"knop hoofd\">Wijziging opslaan</button></form></details>";
    h << "<details class=\"wijzig\"" << (cancel_failed ? raw(" open") : Html{})
      << "><summary class=\"knop klein gevaar\">Afzeggen</summary>"
      << (cancel_failed ? error_summary(errors) : Html{}) << form_start(view, "afzeggen", o.date)
      << input_field("reden-" + d, "reden", "Reden (voor de ouders en collega's)", "text",
                     cancel_failed ? values.value("reden") : "", cancel_failed ? errors : no_errors,
                     " maxlength=\"200\"")
      << "<button class=\"knop gevaar\">Deze keer afzeggen</button></form></details>";
    return h;
}

Html visits_form(const SeriesView& view, const SessionOccurrence& o,
                 const std::vector<std::int64_t>& families, const FailedForm& failed,
                 const Form& values, const FieldErrors& errors) {
    const auto d = o.date.str();
    const bool mine = failed_here(failed, "aanwezig", o.date);
    const auto recorded = view.visits.find(o.date);
    Html h;
    h << (mine ? error_summary(errors) : Html{}) << form_start(view, "aanwezig", o.date)
      << hidden("sleutel", mine ? values.value("sleutel") : view.form_key + "-" + d) << "<fieldset"
      << invalid_attrs(mine ? errors : no_errors, "ouder") << "><legend>Wie kwam er?</legend>"
      << field_error(mine ? errors : no_errors, "ouder") << "<div class=\"kiezers\">";
    for (const auto family : families)
        for (const auto& f : view.families) {
            if (f.id != family) continue;
            for (const auto& p : f.parents) {
                const auto value = std::to_string(p.id);
                const auto id = "ouder-" + d + "-" + value;
                const auto sent = values.values("ouder");
                const bool checked =
                    mine ? std::find(sent.begin(), sent.end(), value) != sent.end()
                         : recorded != view.visits.end() &&
                               std::find(recorded->second.begin(), recorded->second.end(), p.id) !=
                                   recorded->second.end();
                h << "<input type=\"checkbox\" name=\"ouder\" id=\"" << attr(id) << "\" value=\""
                  << attr(value) << "\"" << (checked ? raw(" checked") : Html{}) << "><label for=\""
                  << attr(id) << "\">" << text(p.label + ", " + f.label) << "</label>";
            }
        }
    h << "</div></fieldset><button class=\"knop hoofd\">"
      << (recorded != view.visits.end() ? raw("Opnieuw opslaan") : raw("Opslaan wie er kwam"))
      << "</button></form>";
    return h;
}

Html occurrence_item(const SeriesView& view, const SessionOccurrence& o, const FailedForm& failed,
                     const Form& values, const FieldErrors& errors) {
    const auto found = view.families_of_date.find(o.date);
    const auto families =
        found == view.families_of_date.end() ? std::vector<std::int64_t>{} : found->second;
    Html h;
    h << "<li class=\"keer" << (o.cancelled ? raw(" afgezegd") : Html{}) << "\" id=\"keer-"
      << attr(o.date.str()) << "\"><h3>" << text(long_date(o.date))
      << (o.date == view.today ? raw(" (vandaag)") : Html{}) << "</h3><p>"
      << text(occurrence_summary(o)) << (o.place.empty() ? Html{} : text(", " + o.place))
      << text(", leiding " + staff_name(view.staff, o.leader));
    if (o.changed) h << " <span class=\"badge\">Anders dan anders</span>";
    h << "</p>";
    if (o.cancelled) {
        h << "<p><span class=\"badge\">Afgezegd</span> "
          << text(o.cancel_reason.empty() ? "" : o.cancel_reason) << "</p></li>";
        return h;
    }
    for (const auto family : families)
        if (const auto c = view.clashes.find({o.date, family}); c != view.clashes.end()) {
            for (const auto& clash : c->second.sessions)
                h << "<p class=\"waarschuwing\" role=\"status\">Botst met "
                  << text(occurrence_summary(clash.other)) << " voor "
                  << text(family_label(view.families, family)) << "</p>";
            for (const auto& a : c->second.appointments)
                h << "<p class=\"waarschuwing\" role=\"status\">Botst met "
                  << text(appointment_summary(a)) << " voor "
                  << text(family_label(view.families, family)) << "</p>";
        }
    if (families.empty()) {
        h << "<p class=\"klein\">Geen gezinnen uitgenodigd.</p>";
    } else {
        h << "<p class=\"klein\">Uitgenodigd: ";
        for (std::size_t i = 0; i < families.size(); ++i)
            h << (i ? raw(", ") : Html{}) << text(family_label(view.families, families[i]));
        h << "</p>";
    }
    if (o.date <= view.today && !families.empty())
        h << visits_form(view, o, families, failed, values, errors);
    if (o.date >= view.today) h << change_forms(view, o, failed, values, errors);
    h << "</li>";
    return h;
}

// Whether the form that failed is on the page (else its problem is shown at the top).
bool failed_form_shown(const SeriesView& view, const FailedForm& failed) {
    if (failed.op.empty() || failed.op == "uitnodigen") return true;
    for (const auto& o : view.occurrences) {
        if (!failed.date || o.date != *failed.date || o.cancelled) continue;
        const auto f = view.families_of_date.find(o.date);
        const bool has_families = f != view.families_of_date.end() && !f->second.empty();
        if (failed.op == "aanwezig") return o.date <= view.today && has_families;
        if (failed.op == "wijzigen" || failed.op == "afzeggen") return o.date >= view.today;
    }
    return false;
}

} // namespace

Html series_content(const SeriesView& view, const FailedForm& failed, const Form& values,
                    const FieldErrors& errors) {
    const auto& s = view.series;
    Html h;
    h << "<div class=\"titel\"><h1>" << text(label_of(s.type)) << " <span class=\"groepnaam\">"
      << text(view.group_name) << "</span></h1></div><p>"
      << text((s.last && *s.last == s.first ? "Eenmalig op " + long_date(s.first)
                                            : "Elke " + weekday_name(s.weekday)) +
              ", " + time_range(s.start, s.end) + (s.place.empty() ? "" : ", " + s.place) +
              ", leiding " + staff_name(view.staff, s.leader) + ". Hoogstens " +
              std::to_string(s.capacity) + " gezinnen.")
      << "</p><p><a href=\"/groep/" << attr(view.group_id)
      << "/sessies\">Terug naar alle sessies</a></p>";
    if (!view.notice.empty())
        h << "<p class=\"melding\" role=\"status\">" << text(view.notice) << "</p>";
    if (!failed_form_shown(view, failed)) {
        h << error_summary(errors);
        for (const auto& [name, message] : errors)
            h << field_error(errors, name);
    }
    h << invitations(view, failed, values, errors)
      << "<section aria-labelledby=\"keren-kop\"><h2 id=\"keren-kop\">Keren</h2>";
    if (view.occurrences.empty()) h << "<p class=\"leeg\">Geen keren in deze weken.</p>";
    h << "<ol class=\"keren\">";
    for (const auto& o : view.occurrences)
        h << occurrence_item(view, o, failed, values, errors);
    h << "</ol></section>";
    return h;
}

} // namespace dagritme::web
