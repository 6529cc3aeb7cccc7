// A group's Instellingen: the hours form and one routine form per weekday.
#include "web/groups_page.hpp"

#include "web/layout.hpp"
#include "web/today_plan.hpp"

#include <algorithm>
#include <array>
#include <cstdlib>

namespace dagritme::web {
namespace {

constexpr std::array<const char*, 8> day_names{"",          "maandag", "dinsdag",  "woensdag",
                                               "donderdag", "vrijdag", "zaterdag", "zondag"};

const FieldErrors no_errors;

// One row's values, as stored or as sent.
struct Row {
    std::string start, end, kind, pictogram, label;
    bool remove = false;
};

std::string capitalised(const char* word) {
    std::string out = word;
    if (!out.empty()) out[0] = static_cast<char>(out[0] - 'a' + 'A');
    return out;
}

Html field(const std::string& prefix, const std::string& name, const char* label, const char* type,
           const std::string& value, const FieldErrors& errors, const char* extra = "") {
    Html h;
    h << "<div class=\"veld\"><label for=\"" << attr(prefix + name) << "\">" << raw(label)
      << "</label><input id=\"" << attr(prefix + name) << "\" name=\"" << attr(name) << "\" type=\""
      << raw(type) << "\" value=\"" << attr(value) << "\"" << invalid_attrs(errors, name)
      << raw(extra) << ">" << field_error(errors, name) << "</div>";
    return h;
}

Html kind_select(const std::string& prefix, const std::string& name, const std::string& chosen,
                 const FieldErrors& errors) {
    Html h;
    h << "<div class=\"veld\"><label for=\"" << attr(prefix + name)
      << "\">Soort</label><select id=\"" << attr(prefix + name) << "\" name=\"" << attr(name)
      << "\"" << invalid_attrs(errors, name) << "><option value=\"\"></option>";
    for (const auto kind_name : routine_kind_names) {
        const auto kind = *routine_kind_from(kind_name);
        h << "<option value=\"" << attr(kind_name) << "\""
          << (chosen == kind_name ? raw(" selected") : Html{}) << ">" << text(dutch_name(kind))
          << "</option>";
    }
    return h << "</select>" << field_error(errors, name) << "</div>";
}

Html pictogram_select(const GroupSettingsView& view, const std::string& prefix,
                      const std::string& name, const std::string& chosen,
                      const FieldErrors& errors) {
    std::string image; // the chosen one's hash, for its thumbnail
    for (const auto& p : view.pictograms)
        if (p.name == chosen || p.hash == chosen) image = p.hash;
    if (image.empty() && chosen.size() == 64) image = chosen; // a stored image of its own
    Html h;
    h << "<div class=\"veld\"><label for=\"" << attr(prefix + name) << "\">Pictogram</label>";
    if (!image.empty())
        h << "<img src=\"/media/" << attr(image) << "\" alt=\"\" width=\"48\" height=\"48\">";
    h << "<select id=\"" << attr(prefix + name) << "\" name=\"" << attr(name) << "\""
      << invalid_attrs(errors, name) << "><option value=\"\"></option>";
    bool found = false;
    for (const auto& p : view.pictograms) {
        const bool selected = p.name == chosen || p.hash == chosen;
        found = found || selected;
        std::string readable = p.name;
        std::replace(readable.begin(), readable.end(), '-', ' ');
        h << "<option value=\"" << attr(p.name) << "\"" << (selected ? raw(" selected") : Html{})
          << ">" << text(readable) << "</option>";
    }
    if (!found && !chosen.empty())
        h << "<option value=\"" << attr(chosen) << "\" selected>(deze afbeelding)</option>";
    return h << "</select>" << field_error(errors, name) << "</div>";
}

Html routine_form(const GroupSettingsView& view, int day, const std::string& failed,
                  const Form& sent, const FieldErrors& all_errors) {
    const auto d = std::to_string(day);
    const bool refused = failed == d;
    const auto& errors = refused ? all_errors : no_errors;
    const auto& hours = view.group.opening.at(static_cast<std::size_t>(day));
    const auto& blocks = view.group.routines.for_weekday(day);
    const auto name = day_names.at(static_cast<std::size_t>(day));
    Html h;
    h << "<section aria-labelledby=\"dag-" << raw(d) << "\"><h3 id=\"dag-" << raw(d) << "\">"
      << raw(capitalised(name)) << "</h3>";
    if (!hours && blocks.empty() && !refused) {
        h << "<p class=\"leeg\">De groep is op " << raw(name)
          << " dicht. Geef de groep eerst openingstijden op " << raw(name)
          << " om er een dagritme te maken.</p></section>";
        return h;
    }
    if (!hours)
        h << "<p class=\"waarschuwing\">De groep is op " << raw(name)
          << " dicht; dit dagritme wordt niet getoond. Haal de blokken weg.</p>";
    std::vector<Row> rows;
    if (refused) {
        const auto count = std::clamp(std::atoi(sent.value("rijen").c_str()), 0, max_routine_rows);
        for (int i = 0; i < count; ++i) {
            const auto n = std::to_string(i);
            rows.push_back({sent.value("start-" + n), sent.value("eind-" + n),
                            sent.value("soort-" + n), sent.value("picto-" + n),
                            sent.value("tekst-" + n), sent.value("weg-" + n) == "ja"});
        }
    } else {
        for (const auto& b : blocks)
            rows.push_back({b.start.str(), b.end.str(), std::string(name_of(b.kind)), b.pictogram,
                            b.label, false});
        const std::size_t blank = blocks.empty() ? 6 : 3;
        rows.resize(std::min(rows.size() + blank, static_cast<std::size_t>(max_routine_rows)));
    }
    h << (refused ? error_summary(errors) : Html{}) << field_error(errors, "dag")
      << "<form method=\"post\" action=\"/groep/" << attr(view.group.id)
      << "/instellingen\" class=\"formulier\">" << csrf_field(view.csrf) << hidden("deel", "dag")
      << hidden("dag", d) << hidden("rijen", std::to_string(rows.size()))
      << "<ol class=\"blokken\">";
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const auto n = std::to_string(i);
        const auto prefix = "d" + d + "-";
        const auto& r = rows[i];
        h << "<li class=\"rij\">" << field(prefix, "start-" + n, "Van", "time", r.start, errors)
          << field(prefix, "eind-" + n, "Tot", "time", r.end, errors)
          << kind_select(prefix, "soort-" + n, r.kind, errors)
          << pictogram_select(view, prefix, "picto-" + n, r.pictogram, errors)
          << field(prefix, "tekst-" + n, "Naam", "text", r.label, errors, " maxlength=\"60\"")
          << "<div class=\"veld aankruis\"><input type=\"checkbox\" id=\""
          << attr(prefix + "weg-" + n) << "\" name=\"weg-" << raw(n) << "\" value=\"ja\""
          << (r.remove ? raw(" checked") : Html{}) << "><label for=\"" << attr(prefix + "weg-" + n)
          << "\">Weghalen</label></div></li>";
    }
    h << "</ol><p class=\"klein\">Een lege regel wordt overgeslagen; de blokken komen op volgorde "
         "van hun begintijd.</p><button class=\"knop hoofd\" name=\"op\" value=\"opslaan\">"
         "Dagritme van "
      << raw(name) << " opslaan</button>";
    if (hours)
        h << " <button class=\"knop\" name=\"op\" value=\"kopieer\">Opslaan en kopiëren naar alle "
             "open dagen</button>";
    h << "</form></section>";
    return h;
}

} // namespace

Html settings_content(const GroupSettingsView& view, const std::string& failed, const Form& sent,
                      const FieldErrors& errors) {
    const bool hours_refused = failed == "uren";
    Html h;
    h << "<div class=\"titel\"><h1>Instellingen <span class=\"groepnaam\">" << text(view.group.name)
      << "</span></h1></div>";
    if (!view.notice.empty())
        h << "<p class=\"melding\" role=\"status\">" << text(view.notice) << "</p>";
    h << "<section aria-labelledby=\"uren-kop\"><h2 id=\"uren-kop\">Groep en openingstijden</h2>"
      << (hours_refused ? error_summary(errors) : Html{})
      << "<form method=\"post\" action=\"/groep/" << attr(view.group.id)
      << "/instellingen\" class=\"formulier\">" << csrf_field(view.csrf) << hidden("deel", "uren")
      << hours_fields(view.group, hours_refused ? &sent : nullptr,
                      hours_refused ? errors : no_errors)
      << "<button class=\"knop hoofd\">Opslaan</button></form></section>"
      << "<section aria-labelledby=\"ritme-kop\"><h2 id=\"ritme-kop\">Dagritme per dag</h2>"
         "<p class=\"klein\">Wat de kinderen elke week op die dag krijgen, met pictogram, tijd "
         "en naam. Wijzigingen staan meteen op de schermen; een wijziging van alleen vandaag "
         "doe je bij Vandaag.</p>";
    for (int day = 1; day <= 7; ++day)
        h << routine_form(view, day, failed, sent, errors);
    h << "</section>";
    return h;
}

} // namespace dagritme::web
