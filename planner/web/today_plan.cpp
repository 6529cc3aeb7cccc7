// The plan and activity groups of Vandaag, with their forms.
#include "web/today_plan.hpp"

#include "web/layout.hpp"

#include <array>

namespace dagritme::web {
namespace {

constexpr std::array<std::string_view, 13> kind_names{
    "Aankomst", "Eten",   "Drinken", "Slapen",  "Verzorging", "Vrij spelen", "Buiten spelen",
    "Kring",    "Muziek", "Gym",     "Verhaal", "Activiteit", "Naar huis"};

// The form's value when it is the refused one for this `op` and `block`, else `fallback`.
std::string value_of(const Form& sent, std::string_view op, std::string_view block,
                     const std::string& name, const std::string& fallback) {
    if (sent.value("op") == op && sent.value("blok") == block) return sent.value(name);
    return fallback;
}

bool is_sent(const Form& sent, std::string_view op, std::string_view block) {
    return sent.value("op") == op && sent.value("blok") == block;
}

const FieldErrors& errors_for(const Form& sent, std::string_view op, std::string_view block,
                              const FieldErrors& errors) {
    static const FieldErrors none;
    return is_sent(sent, op, block) ? errors : none;
}

Html form_open(const TodayView& view, const char* what, const char* target) {
    Html h;
    h << "<form method=\"post\" action=\"/groep/" << attr(view.group_id) << "/" << raw(what)
      << "\" hx-post=\"/groep/" << attr(view.group_id) << "/" << raw(what) << "\" hx-target=\"#"
      << raw(target) << "\" hx-swap=\"outerHTML\" hx-disable=\"find button\">"
      << csrf_field(view.csrf) << hidden("sleutel", view.form_key);
    return h;
}

// A labelled input; `id` is unique on the page, `name` the form field.
Html input(const std::string& id, const std::string& name, const char* label, const char* type,
           const std::string& value, const FieldErrors& errors, const char* extra = "") {
    Html h;
    h << "<div class=\"veld\"><label for=\"" << attr(id) << "\">" << raw(label) << "</label>"
      << "<input id=\"" << attr(id) << "\" name=\"" << attr(name) << "\" type=\"" << raw(type)
      << "\" value=\"" << attr(value) << "\"" << invalid_attrs(errors, name) << raw(extra) << ">"
      << field_error(errors, name) << "</div>";
    return h;
}

Html pictogram_picker(const TodayView& view, const std::string& id_prefix,
                      const std::string& chosen, const FieldErrors& errors) {
    Html h;
    h << "<fieldset class=\"pictogrammen\"" << invalid_attrs(errors, "pictogram")
      << "><legend>Pictogram</legend>" << field_error(errors, "pictogram");
    for (const auto& p : view.pictograms) {
        const auto id = id_prefix + "-" + p.name;
        std::string readable = p.name;
        for (auto& c : readable)
            if (c == '-') c = ' ';
        h << "<input type=\"radio\" id=\"" << attr(id) << "\" name=\"pictogram\" value=\""
          << attr(p.name) << "\"" << (p.name == chosen ? raw(" checked") : Html{}) << ">"
          << "<label for=\"" << attr(id) << "\"><img src=\"/media/" << attr(p.hash)
          << "\" alt=\"\" width=\"56\" height=\"56\" loading=\"lazy\"><span>" << text(readable)
          << "</span></label>";
    }
    h << "</fieldset>";
    return h;
}

Html block_item(const TodayView& view, const PlannedBlock& pb, const Form& sent,
                const FieldErrors& errors) {
    const auto& b = pb.block;
    const bool now = b.start <= view.now && view.now < b.end;
    const bool past = b.end <= view.now;
    Html h;
    h << "<li class=\"blok" << (pb.changed ? raw(" gewijzigd") : Html{})
      << (now ? raw(" nu") : Html{}) << (past ? raw(" voorbij") : Html{}) << "\">";
    if (!b.pictogram.empty())
        h << "<img src=\"/media/" << attr(b.pictogram) << "\" alt=\"\" width=\"56\" height=\"56\">";
    h << "<span class=\"tijd\">" << text(b.start.str()) << "–" << text(b.end.str())
      << "</span><span class=\"label\">" << text(b.label) << "</span>";
    if (now) h << "<span class=\"badge\">nu</span>";
    if (pb.changed) h << "<span class=\"badge\">gewijzigd</span>";
    if (view.may_edit) {
        const bool open = is_sent(sent, "verplaatsen", pb.id) || is_sent(sent, "hernoemen", pb.id);
        const auto prefix = "blok-" + pb.id;
        h << "<details class=\"wijzig\"" << (open ? raw(" open") : Html{})
          << "><summary class=\"knop klein\">Wijzigen<span class=\"verborgen\"> " << text(b.label)
          << "</span></summary>";
        const auto& move_errors = errors_for(sent, "verplaatsen", pb.id, errors);
        h << form_open(view, "plan", "plan") << hidden("op", "verplaatsen") << hidden("blok", pb.id)
          << "<div class=\"rij\">"
          << input(prefix + "-start", "start", "Van", "time",
                   value_of(sent, "verplaatsen", pb.id, "start", b.start.str()), move_errors)
          << input(prefix + "-eind", "eind", "Tot", "time",
                   value_of(sent, "verplaatsen", pb.id, "eind", b.end.str()), move_errors)
          << "<button class=\"knop\">Andere tijd</button></div></form>";
        const auto& rename_errors = errors_for(sent, "hernoemen", pb.id, errors);
        h << form_open(view, "plan", "plan") << hidden("op", "hernoemen") << hidden("blok", pb.id)
          << input(prefix + "-label", "label", "Naam", "text",
                   value_of(sent, "hernoemen", pb.id, "label", b.label), rename_errors,
                   " maxlength=\"60\" required")
          << pictogram_picker(view, prefix + "-picto",
                              value_of(sent, "hernoemen", pb.id, "pictogram", ""), rename_errors)
          << "<button class=\"knop\">Naam of pictogram opslaan</button></form>";
        h << form_open(view, "plan", "plan") << hidden("op", "weghalen") << hidden("blok", pb.id)
          << "<button class=\"knop gevaar\">Blok weghalen</button></form></details>";
    }
    h << "</li>";
    return h;
}

std::string name_of_person(const std::vector<PersonTile>& people, std::int64_t id) {
    for (const auto& p : people)
        if (p.id == id) return p.first_name;
    return "?";
}

Html names(const std::vector<PersonTile>& people, const std::vector<std::int64_t>& ids) {
    Html h;
    for (std::size_t i = 0; i < ids.size(); ++i)
        h << (i ? raw(", ") : Html{}) << text(name_of_person(people, ids[i]));
    return h;
}

Html people_checkboxes(const std::vector<PersonTile>& people, const char* name, const char* legend,
                       const Form& sent, const FieldErrors& errors) {
    const auto chosen = sent.values(name);
    Html h;
    h << "<fieldset class=\"kiezers\"" << invalid_attrs(errors, name) << "><legend>" << raw(legend)
      << "</legend>" << field_error(errors, name);
    for (const auto& p : people) {
        const auto id = std::string(name) + "-" + std::to_string(p.id);
        const auto value = std::to_string(p.id);
        const bool checked = std::find(chosen.begin(), chosen.end(), value) != chosen.end();
        h << "<input type=\"checkbox\" id=\"" << attr(id) << "\" name=\"" << raw(name)
          << "\" value=\"" << attr(value) << "\"" << (checked ? raw(" checked") : Html{})
          << "><label for=\"" << attr(id) << "\">" << text(p.first_name) << "</label>";
    }
    h << "</fieldset>";
    return h;
}

} // namespace

std::string_view dutch_name(RoutineKind kind) {
    return kind_names.at(static_cast<std::size_t>(kind));
}

Html plan_section(const TodayView& view, const Form& sent, const FieldErrors& errors) {
    Html h;
    h << "<section id=\"plan\" aria-labelledby=\"plan-kop\"><h2 id=\"plan-kop\">Dagplanning</h2>"
      << error_summary(errors);
    if (view.plan.empty()) h << "<p class=\"leeg\">Voor vandaag staat er niets gepland.</p>";
    h << "<ol class=\"blokken\">";
    for (const auto& pb : view.plan)
        h << block_item(view, pb, sent, errors);
    h << "</ol>";
    if (view.may_edit) {
        const auto& add_errors = errors_for(sent, "toevoegen", "", errors);
        h << "<details class=\"toevoegen\""
          << (is_sent(sent, "toevoegen", "") ? raw(" open") : Html{})
          << "><summary class=\"knop\">Blok toevoegen</summary>" << form_open(view, "plan", "plan")
          << hidden("op", "toevoegen") << "<div class=\"rij\">"
          << input("nieuw-start", "start", "Van", "time", sent.value("start"), add_errors,
                   " required")
          << input("nieuw-eind", "eind", "Tot", "time", sent.value("eind"), add_errors, " required")
          << "</div>"
          << input("nieuw-label", "label", "Naam", "text", sent.value("label"), add_errors,
                   " maxlength=\"60\" required")
          << "<div class=\"veld\"><label for=\"nieuw-soort\">Soort</label><select "
             "id=\"nieuw-soort\" name=\"soort\""
          << invalid_attrs(add_errors, "soort") << ">";
        for (std::size_t i = 0; i < kind_names.size(); ++i) {
            const auto kind = static_cast<RoutineKind>(i);
            h << "<option value=\"" << attr(name_of(kind)) << "\""
              << (sent.value("soort") == name_of(kind) ? raw(" selected") : Html{}) << ">"
              << text(kind_names[i]) << "</option>";
        }
        h << "</select>" << field_error(add_errors, "soort") << "</div>"
          << pictogram_picker(view, "nieuw-picto", sent.value("pictogram"), add_errors)
          << "<button class=\"knop hoofd\">Blok toevoegen</button></form></details>";
    }
    h << "</section>";
    return h;
}

Html activities_section(const TodayView& view, const Form& sent, const FieldErrors& errors) {
    Html h;
    h << "<section id=\"activiteiten\" aria-labelledby=\"activiteiten-kop\"><h2 "
         "id=\"activiteiten-kop\">Groepjes</h2>"
      << error_summary(errors);
    if (view.activities.empty()) h << "<p class=\"leeg\">Vandaag nog geen groepjes.</p>";
    h << "<ul class=\"groepjes\">";
    for (const auto& a : view.activities) {
        h << "<li class=\"groepje\">";
        if (!a.pictogram.empty())
            h << "<img src=\"/media/" << attr(a.pictogram)
              << "\" alt=\"\" width=\"56\" height=\"56\">";
        h << "<div><p><span class=\"tijd\">" << text(a.start.str()) << "–" << text(a.end.str())
          << "</span> <strong>" << text(a.label) << "</strong></p><p>Met "
          << names(view.staff, a.staff) << ": " << names(view.children, a.children) << "</p></div>";
        if (view.may_edit)
            h << form_open(view, "groepjes", "activiteiten") << hidden("op", "weghalen")
              << hidden("groepje", std::to_string(a.id))
              << "<button class=\"knop klein gevaar\">Weghalen<span class=\"verborgen\"> "
              << text(a.label) << "</span></button></form>";
        h << "</li>";
    }
    h << "</ul>";
    if (view.may_edit) {
        const auto& add_errors = errors_for(sent, "toevoegen", "", errors);
        h << "<details class=\"toevoegen\""
          << (is_sent(sent, "toevoegen", "") ? raw(" open") : Html{})
          << "><summary class=\"knop\">Groepje toevoegen</summary>"
          << form_open(view, "groepjes", "activiteiten") << hidden("op", "toevoegen")
          << input("groepje-label", "label", "Wat gaan jullie doen?", "text", sent.value("label"),
                   add_errors, " maxlength=\"60\" required")
          << "<div class=\"rij\">"
          << input("groepje-start", "start", "Van", "time", sent.value("start"), add_errors,
                   " required")
          << input("groepje-eind", "eind", "Tot", "time", sent.value("eind"), add_errors,
                   " required")
          << "</div>"
          << people_checkboxes(view.staff, "leiding", "Met wie van de leiding?", sent, add_errors)
          << people_checkboxes(view.children, "kinderen", "Welke kinderen?", sent, add_errors)
          << pictogram_picker(view, "groepje-picto", sent.value("pictogram"), add_errors)
          << "<button class=\"knop hoofd\">Groepje toevoegen</button></form></details>";
    }
    h << "</section>";
    return h;
}

} // namespace dagritme::web
