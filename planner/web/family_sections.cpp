// The phase of a family with its history and the form to change it, and the parents with
// their contact details, custody and the form to change those.
#include "web/care_words.hpp"
#include "web/family_page.hpp"
#include "web/layout.hpp"

namespace dagritme::web {
namespace {

std::string record_path(std::int64_t family_id) {
    return "/gezin/" + std::to_string(family_id);
}

Html phase_form(const FamilyView& view) {
    const auto& r = view.record;
    const bool failed = view.failed == FamilyForm::phase;
    const auto& errors = failed ? view.errors : FieldErrors{};
    std::vector<Phase> choices;
    if (const auto current = r.current_phase())
        choices = next_phases(*current);
    else
        choices = {Phase::introduction};
    Html h;
    if (choices.empty())
        return h << "<p class=\"klein\">Fase 5 is de laatste fase: het dossier kan nu worden "
                    "afgerond.</p>";
    const auto chosen = failed ? view.values.value("fase") : std::string();
    h << "<form method=\"post\" action=\"" << attr(record_path(r.family.id) + "/fase")
      << "\" class=\"gezin-formulier\">" << csrf_field(view.csrf) << error_summary(errors)
      << "<div class=\"rij\"><div class=\"veld\"><label for=\"fase\">Nieuwe fase</label>"
         "<select id=\"fase\" name=\"fase\""
      << invalid_attrs(errors, "fase") << ">";
    // A refused jump keeps the phase that was sent, so the problem next to it makes sense.
    bool sent_listed = false;
    for (const auto p : choices)
        sent_listed = sent_listed || std::to_string(static_cast<int>(p)) == chosen;
    for (const auto p : choices) {
        const auto value = std::to_string(static_cast<int>(p));
        h << "<option value=\"" << attr(value) << "\""
          << (value == chosen ? raw(" selected") : raw("")) << ">" << text(phase_title(p))
          << "</option>";
    }
    if (!chosen.empty() && !sent_listed)
        for (int p = 1; p <= 5; ++p)
            if (std::to_string(p) == chosen)
                h << "<option value=\"" << attr(chosen) << "\" selected>"
                  << text(phase_title(static_cast<Phase>(p))) << "</option>";
    h << "</select>" << field_error(errors, "fase")
      << "</div><div class=\"veld\"><label for=\"fase-datum\">Sinds</label><input type=\"date\" "
         "id=\"fase-datum\" name=\"datum\" value=\""
      << attr(failed ? view.values.value("datum") : view.today.str()) << "\""
      << invalid_attrs(errors, "datum") << ">" << field_error(errors, "datum")
      << "</div></div><div class=\"veld\"><label for=\"fase-notitie\">Notitie (mag leeg)</label>"
         "<input id=\"fase-notitie\" name=\"notitie\" value=\""
      << attr(failed ? view.values.value("notitie") : std::string()) << "\""
      << invalid_attrs(errors, "notitie") << ">" << field_error(errors, "notitie")
      << "</div><button class=\"knop hoofd\">Fase wijzigen</button></form>";
    return h;
}

Html parent_form(const FamilyView& view, const ParentDetails& p) {
    const auto& c = p.contact;
    const bool failed = view.failed == FamilyForm::parent && view.failed_id == p.parent.id;
    const auto& errors = failed ? view.errors : FieldErrors{};
    const auto id = "ouder-" + std::to_string(p.parent.id);
    const auto value = [&](const std::string& name, const std::string& stored) {
        return failed ? view.values.value(name) : stored;
    };
    const auto field = [&](const std::string& name, const char* label, const char* type,
                           const std::string& stored, const char* autocomplete) {
        Html h;
        h << "<div class=\"veld\"><label for=\"" << attr(id + "-" + name) << "\">" << raw(label)
          << "</label><input type=\"" << raw(type) << "\" id=\"" << attr(id + "-" + name)
          << "\" name=\"" << attr(name) << "\" autocomplete=\"" << raw(autocomplete)
          << "\" value=\"" << attr(value(name, stored)) << "\"" << invalid_attrs(errors, name)
          << ">" << field_error(errors, name) << "</div>";
        return h;
    };
    const auto custody = failed      ? view.values.value("gezag")
                         : c.custody ? std::string(*c.custody ? "ja" : "nee")
                                     : std::string();
    Html h;
    h << "<details class=\"wijzig-ouder\"" << (failed ? raw(" open") : raw(""))
      << "><summary class=\"knop\">Gegevens van " << text(p.parent.first_name)
      << " wijzigen</summary><form method=\"post\" action=\""
      << attr(record_path(p.parent.family_id) + "/ouder/" + std::to_string(p.parent.id))
      << "\" class=\"gezin-formulier\">" << csrf_field(view.csrf) << error_summary(errors)
      << "<div class=\"rij\">" << field("telefoon", "Telefoon", "tel", c.phone, "off")
      << field("email", "E-mail", "email", c.email, "off") << "</div>"
      << field("adres", "Adres", "text", c.address, "off")
      << "<fieldset class=\"kiezers\"><legend>Gezag</legend>";
    const std::pair<const char*, const char*> options[] = {
        {"ja", "Ja"}, {"nee", "Nee"}, {"", "Niet bekend"}};
    for (const auto& [v, label] : options) {
        const auto input = id + "-gezag-" + (*v ? v : "onbekend");
        h << "<input type=\"radio\" id=\"" << attr(input) << "\" name=\"gezag\" value=\"" << raw(v)
          << "\"" << (custody == v ? raw(" checked") : raw("")) << "><label for=\"" << attr(input)
          << "\">" << raw(label) << "</label>";
    }
    h << "</fieldset>" << field_error(errors, "gezag")
      << field("gezag_notitie", "Toelichting gezag (mag leeg)", "text", c.custody_note, "off")
      << "<button class=\"knop hoofd\">Opslaan</button></form></details>";
    return h;
}

} // namespace

Html phase_section(const FamilyView& view) {
    const auto& r = view.record;
    Html h;
    h << "<section class=\"gezin-deel\" aria-labelledby=\"fase-kop\"><h2 id=\"fase-kop\">Fase</h2>";
    if (r.phases.empty())
        h << "<p class=\"leeg\">Nog geen fase.</p>";
    else
        h << "<p class=\"gezin-fase\">" << text(phase_line(r.phases.back())) << "</p>";
    if (!r.phases.empty()) {
        h << "<h3>Geschiedenis van de fasen</h3><ol class=\"fase-geschiedenis\" reversed>";
        for (auto it = r.phases.rbegin(); it != r.phases.rend(); ++it) {
            h << "<li>" << text(phase_line(*it));
            if (it->changed_at)
                h << " <span class=\"klein\">(op "
                  << text(date_word(to_local(*it->changed_at).date)) << " "
                  << text(clock_word(*it->changed_at)) << ")</span>";
            if (!it->note.empty())
                h << "<br><span class=\"notitie\">" << text(it->note) << "</span>";
            h << "</li>";
        }
        h << "</ol>";
    }
    return h << phase_form(view) << "</section>";
}

Html parents_section(const FamilyView& view) {
    Html h;
    h << "<section class=\"gezin-deel\" aria-labelledby=\"ouders-kop\"><h2 id=\"ouders-kop\">"
         "Ouders</h2>";
    if (view.record.parents.empty()) h << "<p class=\"leeg\">Geen ouders vastgelegd.</p>";
    for (const auto& p : view.record.parents) {
        const auto& c = p.contact;
        const auto or_empty = [](const std::string& value) {
            return value.empty() ? raw("<span class=\"leeg\">niet ingevuld</span>") : text(value);
        };
        h << "<article class=\"ouder\"><h3>" << text(p.parent.first_name + " " + p.parent.surname)
          << " <span class=\"groepnaam\">(" << text(p.parent.relation) << ")</span></h3>"
          << "<dl class=\"gezin-gegevens\"><dt>Telefoon</dt><dd>" << or_empty(c.phone)
          << "</dd><dt>E-mail</dt><dd>" << or_empty(c.email) << "</dd><dt>Adres</dt><dd>"
          << or_empty(c.address) << "</dd><dt>Gezag</dt><dd>"
          << (c.custody ? (*c.custody ? raw("ja") : raw("nee")) : raw("niet bekend"));
        if (!c.custody_note.empty()) h << " — " << text(c.custody_note);
        h << "</dd></dl>" << parent_form(view, p) << "</article>";
    }
    return h << "</section>";
}

} // namespace dagritme::web
