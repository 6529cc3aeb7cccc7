// The list of families and a family's record: who is in it, the phase with its history, the
// record's dates and notes, and (for a coordinator) the mentor account.
#include "web/family_page.hpp"

#include "web/intake_page.hpp"

#include "web/care_words.hpp"
#include "web/layout.hpp"

namespace dagritme::web {
namespace {

std::string record_path(std::int64_t family_id) {
    return "/gezin/" + std::to_string(family_id);
}

std::string group_name(const std::map<std::string, std::string>& names, const std::string& id) {
    const auto it = names.find(id);
    return it == names.end() ? id : it->second;
}

Html children_list(const std::vector<Child>& children,
                   const std::map<std::string, std::string>& groups) {
    Html h;
    if (children.empty()) return h << "<span class=\"leeg\">geen kinderen</span>";
    h << "<ul class=\"gezin-kinderen\">";
    for (const auto& c : children)
        h << "<li>" << text(c.first_name) << " <span class=\"klein\">("
          << text(group_name(groups, c.group_id)) << ")</span></li>";
    return h << "</ul>";
}

// The record's children, each a link to its placement: "Sanne (De Zonnebloem; ma, di, do)".
Html placed_children(const FamilyRecord& r, const std::map<std::string, std::string>& groups) {
    Html h;
    if (r.children.empty()) return h << "<p class=\"leeg\">Nog geen kinderen geplaatst.</p>";
    h << "<ul class=\"gezin-kinderen\">";
    for (const auto& c : r.children) {
        h << "<li><a href=\"" << attr(record_path(r.family.id) + "/kind/" + std::to_string(c.id))
          << "\">" << text(c.first_name) << "</a> <span class=\"klein\">("
          << text(group_name(groups, c.group_id));
        if (c.placement.leave_reason != LeaveReason::none)
            h << "; uitgestroomd";
        else if (const auto days = placement_days_text(c.placement); !days.empty())
            h << "; " << text(days);
        h << ")</span></li>";
    }
    return h << "</ul>";
}

Html optional_date(const std::optional<Date>& date) {
    Html h;
    if (!date) return h << "<span class=\"leeg\">nog niet gepland</span>";
    return h << "<time datetime=\"" << attr(date->str()) << "\">" << text(date_word(*date))
             << "</time>";
}

} // namespace

std::string phase_title(Phase phase) {
    return "Fase " + std::to_string(static_cast<int>(phase)) + " " + std::string(name_of(phase));
}

std::string phase_line(const PhaseEntry& entry) {
    auto line = phase_title(entry.phase) + " sinds " + date_word(entry.began);
    if (!entry.changed_by_name.empty()) line += ", gezet door " + entry.changed_by_name;
    return line;
}

Html family_list_content(const FamilyListView& view) {
    Html h;
    h << "<h1>Gezinnen</h1><p class=\"klein\">"
      << (view.all ? raw("Alle gezinnen.") : raw("De gezinnen waarvan jij de mentor bent."))
      << " Elk dossier dat je opent, wordt vastgelegd.</p><p><a class=\"knop hoofd\" "
         "href=\"/gezin/nieuw\">Nieuw gezin aanmelden</a></p>";
    if (view.families.empty()) return h << "<p class=\"leeg\">Geen gezinnen.</p>";
    h << "<table class=\"data gezinnen\"><caption class=\"verborgen\">Gezinnen</caption><thead><tr>"
         "<th scope=\"col\">Gezin</th><th scope=\"col\">Fase</th><th scope=\"col\">Kinderen</th>"
         "<th scope=\"col\">Mentor</th></tr></thead><tbody>";
    for (const auto& f : view.families) {
        h << "<tr><th scope=\"row\"><a href=\"" << attr(record_path(f.id)) << "\">" << text(f.name)
          << "</a></th><td>";
        if (f.phase)
            h << text(phase_title(*f.phase));
        else
            h << "<span class=\"leeg\">geen fase</span>";
        h << "</td><td>" << children_list(f.children, view.group_names) << "</td><td>";
        if (f.mentor_account_name.empty())
            h << "<span class=\"leeg\">geen mentor</span>";
        else
            h << text(f.mentor_account_name);
        h << "</td></tr>";
    }
    return h << "</tbody></table>";
}

Html record_fields_section(const FamilyView& view) {
    const auto& r = view.record;
    const bool failed = view.failed == FamilyForm::fields;
    const auto& errors = failed ? view.errors : FieldErrors{};
    const auto value = [&](const std::string& name, const std::optional<Date>& date) {
        return failed ? view.values.value(name) : (date ? date->str() : std::string());
    };
    const auto date_field = [&](const std::string& name, const char* label,
                                const std::optional<Date>& date) {
        Html h;
        h << "<div class=\"veld\"><label for=\"" << attr(name) << "\">" << raw(label)
          << "</label><input type=\"date\" id=\"" << attr(name) << "\" name=\"" << attr(name)
          << "\" value=\"" << attr(value(name, date)) << "\"" << invalid_attrs(errors, name) << ">"
          << field_error(errors, name) << "</div>";
        return h;
    };
    Html h;
    h << "<section class=\"gezin-deel\" aria-labelledby=\"dossier-kop\"><h2 id=\"dossier-kop\">"
         "Afspraken en notities</h2><dl class=\"gezin-gegevens\">"
      << "<dt>Hulpverleningsplan</dt><dd>" << optional_date(r.fields.help_plan) << "</dd>"
      << "<dt>Ouderschapsgesprek (fase 2)</dt><dd>" << optional_date(r.fields.interview_phase2)
      << "</dd><dt>Ouderschapsgesprek opnieuw (fase 4)</dt><dd>"
      << optional_date(r.fields.interview_phase4)
      << "</dd><dt>Notities</dt><dd class=\"notities\">";
    if (r.fields.notes.empty())
        h << "<span class=\"leeg\">geen notities</span>";
    else
        h << text(r.fields.notes);
    h << "</dd></dl><details class=\"wijzig-dossier\"" << (failed ? raw(" open") : raw(""))
      << "><summary class=\"knop\">Afspraken en notities wijzigen</summary>"
      << "<form method=\"post\" action=\"" << attr(record_path(r.family.id) + "/dossier")
      << "\" class=\"gezin-formulier\">" << csrf_field(view.csrf) << error_summary(errors)
      << "<div class=\"rij\">"
      << date_field("hulpverleningsplan", "Hulpverleningsplan", r.fields.help_plan)
      << date_field("gesprek_fase2", "Ouderschapsgesprek (fase 2)", r.fields.interview_phase2)
      << date_field("gesprek_fase4", "Ouderschapsgesprek opnieuw (fase 4)",
                    r.fields.interview_phase4)
      << "</div><div class=\"veld\"><label for=\"notities\">Notities</label><textarea "
         "id=\"notities\" name=\"notities\" rows=\"5\""
      << invalid_attrs(errors, "notities") << ">"
      << text(failed ? view.values.value("notities") : r.fields.notes) << "</textarea>"
      << field_error(errors, "notities")
      << "</div><button class=\"knop hoofd\">Opslaan</button></form></details></section>";
    return h;
}

Html mentor_form(const FamilyView& view) {
    const auto& r = view.record;
    const bool failed = view.failed == FamilyForm::mentor;
    const auto& errors = failed ? view.errors : FieldErrors{};
    Html h;
    h << "<form method=\"post\" action=\"" << attr(record_path(r.family.id) + "/mentor")
      << "\" class=\"rij\">" << csrf_field(view.csrf)
      << "<div class=\"veld\"><label for=\"account\">Mentor (account)</label><select "
         "id=\"account\" "
         "name=\"account\""
      << invalid_attrs(errors, "account") << "><option value=\"\">geen mentor</option>";
    for (const auto& a : view.mentors) {
        h << "<option value=\"" << number(a.id) << "\"";
        if (r.mentor_account == a.id) h << " selected";
        h << ">" << text(a.name) << "</option>";
    }
    h << "</select>" << field_error(errors, "account")
      << "</div><button class=\"knop\">Mentor instellen</button></form>";
    return h;
}

Html family_content(const FamilyView& view) {
    const auto& r = view.record;
    Html h;
    h << "<div class=\"titel\"><h1>" << text(r.family.name)
      << "</h1><p class=\"groepnaam\">Gezinsdossier</p></div>";
    if (!view.notice.empty())
        h << "<p class=\"melding\" role=\"status\">" << text(view.notice) << "</p>";
    if (r.closed_at) h << "<p class=\"melding\">Dit dossier is gesloten.</p>";
    h << "<section class=\"gezin-deel\" aria-labelledby=\"wie-kop\"><h2 id=\"wie-kop\">Wie</h2>"
         "<dl class=\"gezin-gegevens\"><dt>Kinderen</dt><dd>"
      << placed_children(r, view.group_names) << "<a class=\"knop\" href=\""
      << attr(record_path(r.family.id) + "/kind/nieuw") << "\">Kind plaatsen</a>"
      << "</dd><dt>Mentor</dt><dd>";
    if (!r.mentor_account_name.empty())
        h << text(r.mentor_account_name);
    else if (!r.mentor_name.empty())
        h << text(r.mentor_name);
    else
        h << "<span class=\"leeg\">geen mentor</span>";
    h << "</dd><dt>Plaatser</dt><dd>"
      << (r.family.caseworker.empty() ? raw("<span class=\"leeg\">onbekend</span>")
                                      : text(r.family.caseworker))
      << "</dd>";
    if (!r.intake.plaatser_contact.empty())
        h << "<dt>Contact plaatser</dt><dd>" << text(r.intake.plaatser_contact) << "</dd>";
    if (r.intake.registered_on)
        h << "<dt>Aanmelding</dt><dd>" << optional_date(r.intake.registered_on) << "</dd>";
    h << "</dl>";
    h << intake_form(view);
    if (view.may_assign_mentor) h << mentor_form(view);
    h << "</section>" << phase_section(view) << parents_section(view) << record_fields_section(view)
      << goals_section(view) << link_section(view) << changes_section(view);
    return h;
}

} // namespace dagritme::web
