// The group's sessions page: its series, this and next week's occurrences, a new series.
#include "web/sessions_page.hpp"

#include "web/layout.hpp"
#include "web/session_fields.hpp"

namespace dagritme::web {
namespace {

std::string series_path(const std::string& group_id, std::int64_t id) {
    return "/groep/" + group_id + "/sessies/" + std::to_string(id);
}

Html series_list(const SessionsView& view) {
    Html h;
    h << "<section aria-labelledby=\"reeksen-kop\"><h2 id=\"reeksen-kop\">Vaste sessies</h2>";
    if (view.series.empty()) {
        h << "<p class=\"leeg\">Nog geen sessies gepland.</p></section>";
        return h;
    }
    h << "<ul class=\"sessies\">";
    for (const auto& s : view.series) {
        const auto invited = view.invited.contains(s.id) ? view.invited.at(s.id) : 0;
        const bool once = s.last && *s.last == s.first;
        h << "<li><a class=\"sessie\" href=\"" << attr(series_path(view.group_id, s.id))
          << "\"><span class=\"sessienaam\">" << text(label_of(s.type)) << "</span> <span>"
          << text(once ? "eenmalig op " + long_date(s.first) : "elke " + weekday_name(s.weekday))
          << ", " << text(time_range(s.start, s.end))
          << (s.place.empty() ? Html{} : text(", " + s.place)) << "</span> <span class=\"klein\">"
          << number(static_cast<long long>(invited)) << " van " << number(s.capacity)
          << " gezinnen</span></a></li>";
    }
    h << "</ul></section>";
    return h;
}

Html upcoming_list(const SessionsView& view) {
    Html h;
    h << "<section aria-labelledby=\"weken-kop\"><h2 id=\"weken-kop\">Deze en volgende week</h2>";
    if (view.upcoming.empty()) {
        h << "<p class=\"leeg\">Geen sessies deze twee weken.</p></section>";
        return h;
    }
    h << "<ul class=\"keren\">";
    for (const auto& o : view.upcoming) {
        h << "<li" << (o.cancelled ? raw(" class=\"afgezegd\"") : Html{}) << "><a href=\""
          << attr(series_path(view.group_id, o.series_id)) << "\">"
          << text(long_date(o.date) + (o.date == view.today ? " (vandaag)" : "")) << ": "
          << text(occurrence_summary(o)) << (o.place.empty() ? Html{} : text(", " + o.place))
          << "</a>";
        if (o.cancelled)
            h << " <span class=\"badge\">Afgezegd</span>";
        else if (o.changed)
            h << " <span class=\"badge\">Anders</span>";
        h << "</li>";
    }
    h << "</ul></section>";
    return h;
}

Html type_field(const Form& values, const FieldErrors& errors) {
    const auto chosen = values.value("soort");
    Html h;
    h << "<fieldset" << invalid_attrs(errors, "soort") << "><legend>Soort sessie</legend>"
      << field_error(errors, "soort") << "<div class=\"kiezers\">";
    for (const auto type : {SessionType::lap_singing, SessionType::parent_child_gym}) {
        const auto name = std::string(name_of(type));
        h << "<input type=\"radio\" name=\"soort\" id=\"soort-" << attr(name) << "\" value=\""
          << attr(name) << "\"" << (chosen == name ? raw(" checked") : Html{})
          << "><label for=\"soort-" << attr(name) << "\">" << text(label_of(type)) << "</label>";
    }
    h << "</div></fieldset>";
    return h;
}

Html weekday_field(const Form& values, const FieldErrors& errors) {
    const auto chosen = values.value("dag");
    Html h;
    h << "<div class=\"veld\"><label for=\"dag\">Dag van de week</label><select id=\"dag\" "
         "name=\"dag\""
      << invalid_attrs(errors, "dag") << "><option value=\"\">Kies een dag</option>";
    for (int d = 1; d <= 7; ++d) {
        const auto value = std::to_string(d);
        h << "<option value=\"" << attr(value) << "\""
          << (chosen == value ? raw(" selected") : Html{}) << ">" << text(weekday_name(d))
          << "</option>";
    }
    h << "</select>" << field_error(errors, "dag") << "</div>";
    return h;
}

Html new_series_form(const SessionsView& view, const Form& values, const FieldErrors& errors) {
    Html h;
    h << "<section aria-labelledby=\"nieuw-kop\"><h2 id=\"nieuw-kop\">Nieuwe vaste sessie</h2>"
      << error_summary(errors) << "<form class=\"sessieformulier\" method=\"post\" action=\"/groep/"
      << attr(view.group_id) << "/sessies\">" << csrf_field(view.csrf)
      << hidden("sleutel", values.has("sleutel") ? values.value("sleutel") : view.form_key)
      << type_field(values, errors) << "<div class=\"rij\">" << weekday_field(values, errors)
      << input_field("begin", "begin", "Begintijd", "time", values.value("begin"), errors,
                     " required")
      << input_field("eind", "eind", "Eindtijd", "time", values.value("eind"), errors, " required")
      << "</div><div class=\"rij\">"
      << input_field("plaats", "plaats", "Plaats", "text", values.value("plaats"), errors,
                     " maxlength=\"80\" required")
      << leader_field("leider", view.staff, values.value("leider"), errors, false)
      << input_field("plaatsen", "plaatsen", "Hoeveel gezinnen (1–40)", "number",
                     values.has("plaatsen") ? values.value("plaatsen") : "6", errors,
                     " min=\"1\" max=\"40\" required")
      << "</div><div class=\"rij\">"
      << input_field("eerste", "eerste", "Eerste keer", "date", values.value("eerste"), errors,
                     " required")
      << input_field("laatste", "laatste", "Laatste keer (leeg: geen einde)", "date",
                     values.value("laatste"), errors)
      << "</div><button class=\"knop hoofd\">Sessie plannen</button></form></section>";
    return h;
}

} // namespace

Html sessions_content(const SessionsView& view, const Form& values, const FieldErrors& errors) {
    Html h;
    h << "<div class=\"titel\"><h1>Sessies <span class=\"groepnaam\">" << text(view.group_name)
      << "</span></h1></div><p class=\"klein\">Ouder-kind gym en Zingen op schoot: ouders komen "
         "met hun kind.</p>";
    if (!view.notice.empty())
        h << "<p class=\"melding\" role=\"status\">" << text(view.notice) << "</p>";
    h << upcoming_list(view) << series_list(view) << new_series_form(view, values, errors);
    return h;
}

} // namespace dagritme::web
