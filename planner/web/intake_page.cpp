// The intake forms.
#include "web/intake_page.hpp"

#include "web/layout.hpp"

#include <array>

namespace dagritme::web {
namespace {

constexpr std::array<const char*, 8> short_days{"", "ma", "di", "wo", "do", "vr", "za", "zo"};
constexpr std::array<const char*, 8> long_days{"",          "maandag", "dinsdag",  "woensdag",
                                               "donderdag", "vrijdag", "zaterdag", "zondag"};

// A labelled input that shows the value sent, or `stored` when nothing was sent.
Html input(const Form& values, bool refused, const FieldErrors& errors, const std::string& name,
           const std::string& label, const char* type, const std::string& stored,
           const char* extra = "") {
    Html h;
    const auto value = refused ? values.value(name) : stored;
    h << "<div class=\"veld\"><label for=\"" << attr(name) << "\">" << text(label)
      << "</label><input type=\"" << raw(type) << "\" id=\"" << attr(name) << "\" name=\""
      << attr(name) << "\" value=\"" << attr(value) << "\"" << raw(extra)
      << invalid_attrs(errors, name) << ">" << field_error(errors, name) << "</div>";
    return h;
}

Html select(const FieldErrors& errors, const std::string& name, const std::string& label,
            const std::vector<NamedChoice>& choices, const std::string& chosen,
            const char* none_label) {
    Html h;
    h << "<div class=\"veld\"><label for=\"" << attr(name) << "\">" << text(label)
      << "</label><select id=\"" << attr(name) << "\" name=\"" << attr(name) << "\""
      << invalid_attrs(errors, name) << ">";
    if (none_label) h << "<option value=\"\">" << raw(none_label) << "</option>";
    for (const auto& c : choices)
        h << "<option value=\"" << attr(c.value) << "\""
          << raw(c.value == chosen ? " selected" : "") << ">" << text(c.label) << "</option>";
    return h << "</select>" << field_error(errors, name) << "</div>";
}

Html parent_fields(const IntakeFormView& view, int n) {
    const auto p = "ouder" + std::to_string(n) + "_";
    const auto& v = view.values;
    const auto& e = view.errors;
    Html h;
    h << "<fieldset class=\"gezin-ouder\"><legend>"
      << (n == 1 ? raw("Ouder of verzorger") : raw("Tweede ouder (mag leeg)"))
      << "</legend><div class=\"rij\">"
      << input(v, true, e, p + "voornaam", "Voornaam", "text", "", " autocomplete=\"off\"")
      << input(v, true, e, p + "achternaam", "Achternaam", "text", "", " autocomplete=\"off\"")
      << "</div><div class=\"rij\">";
    std::vector<NamedChoice> kinds;
    for (int k = 0; k <= static_cast<int>(RelationKind::other); ++k) {
        const auto word = std::string(word_of(static_cast<RelationKind>(k)));
        kinds.push_back({word, word});
    }
    h << select(e, p + "relatie", "Relatie tot het kind", kinds,
                v.has(p + "relatie") ? v.value(p + "relatie") : "moeder", nullptr)
      << input(v, true, e, p + "noemt", "Het kind zegt (bij anders)", "text", "",
               " placeholder=\"mama, papa, tante Ria\"")
      << "</div><div class=\"rij\">" << input(v, true, e, p + "telefoon", "Telefoon", "tel", "")
      << input(v, true, e, p + "email", "E-mail", "email", "") << "</div>";
    const auto custody = v.value(p + "gezag");
    h << "<fieldset class=\"kiezers\"><legend>Gezag</legend>";
    const std::pair<const char*, const char*> options[] = {
        {"ja", "Ja"}, {"nee", "Nee"}, {"", "Niet bekend"}};
    for (const auto& [value, label] : options) {
        const auto id = p + "gezag-" + (*value ? value : "onbekend");
        h << "<input type=\"radio\" id=\"" << attr(id) << "\" name=\"" << attr(p + "gezag")
          << "\" value=\"" << raw(value) << "\"" << raw(custody == value ? " checked" : "")
          << "><label for=\"" << attr(id) << "\">" << raw(label) << "</label>";
    }
    h << "</fieldset>" << field_error(e, p + "gezag")
      << "<div class=\"veld aankruis\"><input type=\"checkbox\" id=\"" << attr(p + "omgang")
      << "\" name=\"" << attr(p + "omgang") << "\" value=\"ja\""
      << raw(v.value(p + "omgang") == "ja" ? " checked" : "") << "><label for=\""
      << attr(p + "omgang")
      << "\">Omgangsregeling door de rechter (niet op het bord, niet uitnodigen)</label></div>"
      << "</fieldset>";
    return h;
}

} // namespace

std::string placement_days_text(const Placement& placement) {
    std::string out;
    for (const auto& d : placement.days) {
        if (d.weekday < 1 || d.weekday > 7) continue;
        out += (out.empty() ? "" : ", ") +
               std::string(short_days[static_cast<std::size_t>(d.weekday)]);
        if (d.part != DayPart::day) out += " " + std::string(word_of(d.part));
    }
    return out;
}

Html intake_form_content(const IntakeFormView& view) {
    const auto& v = view.values;
    const auto& e = view.errors;
    const bool sent = !e.empty();
    Html h;
    h << "<div class=\"titel\"><h1>Nieuw gezin aanmelden</h1><p class=\"groepnaam\">"
         "Het dossier begint in fase 1 Kennismaking</p></div>"
         "<form method=\"post\" action=\"/gezin/nieuw\" class=\"gezin-formulier\">"
      << csrf_field(view.csrf) << error_summary(e) << "<div class=\"rij\">"
      << input(v, sent, e, "naam", "Naam van het gezin", "text", "",
               " placeholder=\"Familie de Vries\" autocomplete=\"off\"")
      << input(v, sent, e, "aanmelding", "Datum van aanmelding", "date", view.today.str())
      << "</div><div class=\"rij\">"
      << input(v, sent, e, "plaatser", "Plaatser (organisatie)", "text", "",
               " placeholder=\"Jeugdzorg regio Utrecht\"")
      << input(v, sent, e, "plaatser_contact", "Contact bij de plaatser", "text", "",
               " placeholder=\"naam, telefoon\"")
      << "</div>"
      << select(e, "mentor", "Mentor", view.mentors, v.value("mentor"), "nog geen mentor")
      << parent_fields(view, 1) << parent_fields(view, 2)
      << "<button class=\"knop hoofd\">Gezin aanmelden</button></form>";
    return h;
}

Html child_form_content(const ChildFormView& view) {
    const bool editing = view.child.has_value();
    const auto& e = view.errors;
    const auto& v = view.values;
    const bool sent = view.refused;
    const Child empty_child{};
    const Child& c = editing ? *view.child : empty_child;
    const auto base = "/gezin/" + std::to_string(view.family_id);
    Html h;
    h << "<div class=\"titel\"><h1>"
      << (editing ? text(c.first_name + " " + c.surname) : raw("Kind plaatsen"))
      << "</h1><p class=\"groepnaam\"><a href=\"" << attr(base) << "\">" << text(view.family_name)
      << "</a></p></div>";
    if (!view.notice.empty())
        h << "<p class=\"melding\" role=\"status\">" << text(view.notice) << "</p>";
    const auto action = editing ? base + "/kind/" + std::to_string(c.id) : base + "/kind/nieuw";
    std::vector<NamedChoice> groups;
    for (const auto& g : view.groups)
        groups.push_back({g.id, g.name});
    h << "<form method=\"post\" action=\"" << attr(action) << "\" class=\"gezin-formulier\">"
      << csrf_field(view.csrf) << error_summary(e) << "<div class=\"rij\">"
      << input(v, sent, e, "voornaam", "Voornaam", "text", c.first_name, " autocomplete=\"off\"")
      << input(v, sent, e, "achternaam", "Achternaam", "text", c.surname, " autocomplete=\"off\"")
      << input(v, sent, e, "geboortedatum", "Geboortedatum", "date",
               editing ? c.birth_date.str() : "")
      << "</div><div class=\"rij\">"
      << select(e, "groep", "Groep", groups,
                sent ? v.value("groep")
                     : (editing ? c.group_id : (groups.size() == 1 ? groups[0].value : "")),
                groups.size() == 1 ? nullptr : "kies een groep")
      << input(v, sent, e, "eerste_dag", "Eerste dag", "date",
               c.placement.first_day ? c.placement.first_day->str() : view.today.str())
      << input(v, sent, e, "laatste_dag", "Laatste dag (mag leeg)", "date",
               c.placement.last_day ? c.placement.last_day->str() : "")
      << "</div><fieldset class=\"dagen\"><legend>Dagen waarop het kind komt</legend>"
      << field_error(e, "dagen") << "<div class=\"rij\">";
    for (int d = 1; d <= 7; ++d) {
        bool open = false;
        for (const auto& g : view.groups)
            open = open || g.opening.at(static_cast<std::size_t>(d)).has_value();
        if (!open) continue;
        std::string chosen;
        if (sent)
            chosen = v.value("dag" + std::to_string(d));
        else
            for (const auto& pd : c.placement.days)
                if (pd.weekday == d) chosen = std::string(word_of(pd.part));
        const auto name = "dag" + std::to_string(d);
        h << "<div class=\"veld\"><label for=\"" << attr(name) << "\">"
          << raw(long_days[static_cast<std::size_t>(d)]) << "</label><select id=\"" << attr(name)
          << "\" name=\"" << attr(name) << "\"" << invalid_attrs(e, name) << ">";
        const std::pair<const char*, const char*> parts[] = {
            {"", "komt niet"}, {"dag", "hele dag"}, {"ochtend", "ochtend"}, {"middag", "middag"}};
        for (const auto& [value, label] : parts)
            h << "<option value=\"" << raw(value) << "\"" << raw(chosen == value ? " selected" : "")
              << ">" << raw(label) << "</option>";
        h << "</select>" << field_error(e, name) << "</div>";
    }
    h << "</div></fieldset>"
      << input(v, sent, e, "eigen_plek", "Eigen plek: wat ligt klaar", "text", c.own_place_item,
               " placeholder=\"knuffelkonijn\"")
      << "<button class=\"knop hoofd\">" << (editing ? raw("Opslaan") : raw("Kind plaatsen"))
      << "</button></form>";
    if (!editing) return h;

    // The photo (taken or chosen on the tablet) and its consent, as the parents decided.
    h << "<section class=\"gezin-deel\" aria-labelledby=\"toestemming-kop\"><h2 "
         "id=\"toestemming-kop\">Foto op het bord</h2>";
    if (c.photo)
        h << "<img class=\"foto\" src=\"/media/" << attr(*c.photo) << "\" alt=\"Foto van "
          << attr(c.first_name) << "\" width=\"96\" height=\"96\">";
    h << "<form class=\"gezin-formulier\" action=\"#\">" << csrf_field(view.csrf)
      << "<div class=\"veld\"><label for=\"foto\">"
      << (c.photo ? raw("Andere foto maken of kiezen") : raw("Foto maken of kiezen"))
      << "</label><input type=\"file\" id=\"foto\" accept=\"image/jpeg,image/png\" data-foto=\""
      << attr("/api/children/" + std::to_string(c.id) + "/photo")
      << "\"><p class=\"melding\" id=\"foto-melding\" role=\"status\" hidden></p></div></form><p>"
      << (c.photo_consent ? text("Toestemming gegeven door " + c.consent_given_by +
                                 (c.consent_given_on ? " op " + long_date_year(*c.consent_given_on)
                                                     : std::string()) +
                                 ".")
                          : text("Geen toestemming: het bord toont een letter in plaats van de "
                                 "foto."))
      << "</p>";
    if (view.may_set_consent) {
        h << "<form method=\"post\" action=\"" << attr(action + "/toestemming")
          << "\" class=\"gezin-formulier\">" << csrf_field(view.csrf);
        if (c.photo_consent)
            h << hidden("toestemming", "nee")
              << "<button class=\"knop\">Toestemming intrekken (foto direct van elk bord)</button>";
        else
            h << hidden("toestemming", "ja") << "<div class=\"rij\">"
              << input(v, sent, e, "toestemming_van", "Gegeven door", "text", "",
                       " placeholder=\"Petra Jansen (moeder)\"")
              << input(v, sent, e, "toestemming_op", "Op", "date", view.today.str()) << "</div>"
              << "<button class=\"knop\">Toestemming vastleggen</button>";
        h << "</form>";
    }
    h << "</section>";

    // Leaving.
    h << "<section class=\"gezin-deel\" aria-labelledby=\"einde-kop\"><h2 id=\"einde-kop\">"
         "Plaatsing beëindigen</h2>";
    if (c.placement.leave_reason != LeaveReason::none) {
        h << "<p>Beëindigd: laatste dag "
          << text(c.placement.last_day ? long_date_year(*c.placement.last_day) : "?") << " ("
          << text(std::string(word_of(c.placement.leave_reason))) << ").</p></section>";
        return h;
    }
    h << "<form method=\"post\" action=\"" << attr(action + "/einde")
      << "\" class=\"gezin-formulier\">" << csrf_field(view.csrf) << "<div class=\"rij\">"
      << input(v, sent, e, "einde_dag", "Laatste dag", "date", view.today.str());
    const std::vector<NamedChoice> reasons{{"afronding", "afronding"},
                                           {"verwijzing", "verwijzing"},
                                           {"verhuizing", "verhuizing"},
                                           {"anders", "anders"}};
    h << select(e, "reden", "Reden", reasons, sent ? v.value("reden") : "", "kies een reden")
      << "</div>" << input(v, sent, e, "toelichting", "Toelichting (mag leeg)", "text", "")
      << "<button class=\"knop\">Plaatsing beëindigen</button></form></section>";
    return h;
}

} // namespace dagritme::web
