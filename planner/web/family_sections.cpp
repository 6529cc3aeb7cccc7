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
      << "<div class=\"rij\">" << field("voornaam", "Voornaam", "text", p.parent.first_name, "off")
      << field("achternaam", "Achternaam", "text", p.parent.surname, "off") << "</div>"
      << "<div class=\"rij\"><div class=\"veld\"><label for=\"" << attr(id + "-relatie")
      << "\">Relatie tot het kind</label><select id=\"" << attr(id + "-relatie")
      << "\" name=\"relatie\">";
    const auto kind =
        failed ? view.values.value("relatie") : std::string(word_of(p.parent.relation_kind));
    for (int k = 0; k <= static_cast<int>(RelationKind::other); ++k) {
        const auto word = std::string(word_of(static_cast<RelationKind>(k)));
        h << "<option value=\"" << attr(word) << "\"" << raw(kind == word ? " selected" : "") << ">"
          << text(word) << "</option>";
    }
    h << "</select></div>" << field("noemt", "Het kind zegt", "text", p.parent.relation, "off")
      << "</div><div class=\"rij\">" << field("telefoon", "Telefoon", "tel", c.phone, "off")
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
      << field("gezag_notitie", "Toelichting gezag (mag leeg)", "text", c.custody_note, "off");
    const auto box = [&](const char* name, bool stored, const char* label) {
        const bool on = failed ? view.values.value(name) == "ja" : stored;
        h << "<div class=\"veld aankruis\"><input type=\"checkbox\" id=\"" << attr(id + "-" + name)
          << "\" name=\"" << raw(name) << "\" value=\"ja\"" << raw(on ? " checked" : "")
          << "><label for=\"" << attr(id + "-" + name) << "\">" << raw(label) << "</label></div>";
    };
    box("omgang", p.contact_order, "Omgangsregeling door de rechter");
    box("toch_aankondigen", p.mentor_allows,
        "Toch op het bord en uitnodigen (de mentor besluit dit)");
    h << "<p class=\"klein\">"
      << (p.parent.announced ? raw("Staat op het bord en wordt uitgenodigd.")
                             : raw("Staat niet op het bord en wordt niet uitgenodigd."))
      << "</p><button class=\"knop hoofd\">Opslaan</button></form></details>";
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
    // Another parent or carer (oma, a foster parent, a guardian).
    const bool failed = view.failed == FamilyForm::new_parent;
    const auto& errors = failed ? view.errors : FieldErrors{};
    const auto value = [&](const std::string& name) {
        return failed ? view.values.value(name) : std::string();
    };
    const auto field = [&](const std::string& name, const char* label, const char* type) {
        h << "<div class=\"veld\"><label for=\"nieuw-" << raw(name) << "\">" << raw(label)
          << "</label><input type=\"" << raw(type) << "\" id=\"nieuw-" << raw(name) << "\" name=\""
          << raw(name) << "\" autocomplete=\"off\" value=\"" << attr(value(name)) << "\""
          << invalid_attrs(errors, name) << ">" << field_error(errors, name) << "</div>";
    };
    h << "<details class=\"wijzig-ouder\"" << (failed ? raw(" open") : raw(""))
      << "><summary class=\"knop\">Ouder of verzorger toevoegen</summary><form method=\"post\" "
         "action=\""
      << attr(record_path(view.record.family.id) + "/ouder/nieuw")
      << "\" class=\"gezin-formulier\">" << csrf_field(view.csrf) << error_summary(errors)
      << "<div class=\"rij\">";
    field("voornaam", "Voornaam", "text");
    field("achternaam", "Achternaam", "text");
    h << "</div><div class=\"rij\"><div class=\"veld\"><label for=\"nieuw-relatie\">Relatie tot "
         "het kind</label><select id=\"nieuw-relatie\" name=\"relatie\">";
    for (int k = 0; k <= static_cast<int>(RelationKind::other); ++k) {
        const auto word = std::string(word_of(static_cast<RelationKind>(k)));
        h << "<option value=\"" << attr(word) << "\""
          << raw(value("relatie") == word ? " selected" : "") << ">" << text(word) << "</option>";
    }
    h << "</select></div>";
    field("noemt", "Het kind zegt", "text");
    h << "</div><div class=\"rij\">";
    field("telefoon", "Telefoon", "tel");
    field("email", "E-mail", "email");
    h << "</div><button class=\"knop hoofd\">Toevoegen</button></form></details>";
    return h << "</section>";
}

Html intake_form(const FamilyView& view) {
    const auto& r = view.record;
    const bool failed = view.failed == FamilyForm::intake;
    const auto& errors = failed ? view.errors : FieldErrors{};
    const auto value = [&](const std::string& name, const std::string& stored) {
        return failed ? view.values.value(name) : stored;
    };
    Html h;
    const auto field = [&](const char* name, const char* label, const char* type,
                           const std::string& stored) {
        h << "<div class=\"veld\"><label for=\"intake-" << raw(name) << "\">" << raw(label)
          << "</label><input type=\"" << raw(type) << "\" id=\"intake-" << raw(name) << "\" name=\""
          << raw(name) << "\" autocomplete=\"off\" value=\"" << attr(value(name, stored)) << "\""
          << invalid_attrs(errors, name) << ">" << field_error(errors, name) << "</div>";
    };
    h << "<details class=\"wijzig-ouder\"" << (failed ? raw(" open") : raw(""))
      << "><summary class=\"knop\">Gegevens van de aanmelding wijzigen</summary><form "
         "method=\"post\" action=\""
      << attr(record_path(r.family.id) + "/aanmelding") << "\" class=\"gezin-formulier\">"
      << csrf_field(view.csrf) << error_summary(errors) << "<div class=\"rij\">";
    field("naam", "Naam van het gezin", "text", r.family.name);
    field("aanmelding", "Datum van aanmelding", "date",
          r.intake.registered_on ? r.intake.registered_on->str() : "");
    h << "</div><div class=\"rij\">";
    field("plaatser", "Plaatser (organisatie)", "text", r.family.caseworker);
    field("plaatser_contact", "Contact bij de plaatser", "text", r.intake.plaatser_contact);
    h << "</div><button class=\"knop hoofd\">Opslaan</button></form></details>";
    return h;
}

Html changes_section(const FamilyView& view) {
    Html h;
    if (view.changes.empty()) return h;
    h << "<section class=\"gezin-deel\" aria-labelledby=\"wijzigingen-kop\"><h2 "
         "id=\"wijzigingen-kop\">Wijzigingen</h2><details><summary class=\"knop\">"
      << number(static_cast<long long>(view.changes.size()))
      << (view.changes.size() == 1 ? raw(" wijziging") : raw(" wijzigingen"))
      << " bekijken</summary><table class=\"data\"><caption class=\"verborgen\">Wijzigingen"
         "</caption><thead><tr><th scope=\"col\">Wanneer</th><th scope=\"col\">Wie</th><th "
         "scope=\"col\">Wat</th><th scope=\"col\">Was</th><th scope=\"col\">Wordt</th></tr>"
         "</thead><tbody>";
    for (const auto& c : view.changes) {
        const auto at = to_local(c.changed_at);
        h << "<tr><td>" << text(long_date(at.date) + " " + at.time.str()) << "</td><td>"
          << text(c.changed_by_name.empty() ? "de planner" : c.changed_by_name) << "</td><td>"
          << text(c.subject + ": " + c.field) << "</td><td>" << text(c.old_value) << "</td><td>"
          << text(c.new_value) << "</td></tr>";
    }
    return h << "</tbody></table></details></section>";
}

} // namespace dagritme::web
