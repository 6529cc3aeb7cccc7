// Groepen: the list of groups, the form for a new group, and the hours fields it shares with
// a group's Instellingen.
#include "web/groups_page.hpp"

#include "web/layout.hpp"

#include <array>

namespace dagritme::web {
namespace {

constexpr std::array<const char*, 8> weekday_names{"",          "Maandag", "Dinsdag",  "Woensdag",
                                                   "Donderdag", "Vrijdag", "Zaterdag", "Zondag"};

Html time_field(const std::string& name, const char* label, const std::string& value,
                const FieldErrors& errors) {
    Html h;
    h << "<div class=\"veld\"><label for=\"" << attr(name) << "\">" << raw(label)
      << "</label><input id=\"" << attr(name) << "\" name=\"" << attr(name)
      << "\" type=\"time\" value=\"" << attr(value) << "\"" << invalid_attrs(errors, name) << ">"
      << field_error(errors, name) << "</div>";
    return h;
}

std::string open_days(const Group& g) {
    std::string out;
    for (int day = 1; day <= 7; ++day) {
        const auto& h = g.opening.at(static_cast<std::size_t>(day));
        if (!h) continue;
        if (!out.empty()) out += ", ";
        out += std::string(weekday_names.at(static_cast<std::size_t>(day))).substr(0, 2) + " " +
               h->open.str() + "–" + h->close.str();
    }
    return out.empty() ? "nog geen openingstijden" : out;
}

} // namespace

Html hours_fields(const Group& group, const Form* sent, const FieldErrors& errors) {
    const auto value = [&](const std::string& name, const std::string& stored) {
        return sent ? sent->value(name) : stored;
    };
    Html h;
    h << "<div class=\"veld\"><label for=\"naam\">Naam van de groep</label><input id=\"naam\" "
         "name=\"naam\" maxlength=\"60\" required value=\""
      << attr(value("naam", group.name)) << "\"" << invalid_attrs(errors, "naam") << ">"
      << field_error(errors, "naam") << "</div>";
    h << "<fieldset><legend>Openingstijden</legend>";
    for (int day = 1; day <= 7; ++day) {
        const auto d = std::to_string(day);
        const auto& hours = group.opening.at(static_cast<std::size_t>(day));
        const bool open = sent ? sent->value("open-" + d) == "ja" : hours.has_value();
        h << "<div class=\"rij\"><div class=\"veld aankruis\"><input type=\"checkbox\" id=\"open-"
          << raw(d) << "\" name=\"open-" << raw(d) << "\" value=\"ja\""
          << (open ? raw(" checked") : Html{}) << invalid_attrs(errors, "open-" + d)
          << "><label for=\"open-" << raw(d) << "\">"
          << raw(weekday_names.at(static_cast<std::size_t>(day))) << " open</label>"
          << field_error(errors, "open-" + d) << "</div>"
          << time_field("van-" + d, "Van", value("van-" + d, hours ? hours->open.str() : ""),
                        errors)
          << time_field("tot-" + d, "Tot", value("tot-" + d, hours ? hours->close.str() : ""),
                        errors)
          << "</div>";
    }
    h << "</fieldset><fieldset><legend>Het scherm aan de muur</legend><div class=\"rij\">"
      << time_field("scherm-aan", "Aan om", value("scherm-aan", group.screen_on.str()), errors)
      << time_field("scherm-uit", "Uit om", value("scherm-uit", group.screen_off.str()), errors)
      << "</div></fieldset>";
    return h;
}

Html groups_content(const GroupsView& view, const Form& sent, const FieldErrors& errors) {
    Html h;
    h << "<div class=\"titel\"><h1>Groepen</h1></div>";
    if (view.groups.empty())
        h << "<p class=\"leeg\">Er is nog geen groep. Maak hieronder de eerste aan.</p>";
    else
        h << "<ul class=\"register\">";
    for (const auto& g : view.groups)
        h << "<li><a class=\"knop\" href=\"/groep/" << attr(g.id) << "/instellingen\">"
          << text(g.name) << "</a> <span class=\"klein\">" << text(open_days(g)) << "</span></li>";
    if (!view.groups.empty()) h << "</ul>";

    // A new group opens Monday to Friday, 08:00 to 17:00, until the coordinator says otherwise.
    Group fresh;
    for (int day = 1; day <= 5; ++day)
        fresh.opening.at(static_cast<std::size_t>(day)) =
            OpeningHours{TimeOfDay::at(8, 0), TimeOfDay::at(17, 0)};
    fresh.screen_on = TimeOfDay::at(7, 45);
    fresh.screen_off = TimeOfDay::at(17, 30);
    const bool refused = !errors.empty();
    h << "<section aria-labelledby=\"nieuw-kop\"><h2 id=\"nieuw-kop\">Nieuwe groep</h2>"
      << error_summary(errors) << "<form method=\"post\" action=\"/groepen\">"
      << csrf_field(view.csrf) << hours_fields(fresh, refused ? &sent : nullptr, errors)
      << "<div class=\"veld\"><label for=\"id\">Code in de adressen (mag leeg: dan volgt hij uit "
         "de naam)</label><input id=\"id\" name=\"id\" maxlength=\"40\" value=\""
      << attr(refused ? sent.value("id") : "") << "\"" << invalid_attrs(errors, "id") << ">"
      << field_error(errors, "id") << "</div>"
      << "<p class=\"klein\">Het dagritme per dag vul je daarna in, bij de instellingen van de "
         "groep.</p><button class=\"knop hoofd\">Groep aanmaken</button></form></section>";
    return h;
}

} // namespace dagritme::web
