// Limit overschreden: the form, an entry's page and its history.
#include "web/limit_page.hpp"

#include "web/layout.hpp"

#include <algorithm>

namespace dagritme::web {
namespace {

bool has_value(const Form& values, const char* name, const std::string& value) {
    const auto all = values.values(name);
    return std::find(all.begin(), all.end(), value) != all.end();
}

std::string path_of(const CareView& view, const LimitViolation* entry) {
    auto path = "/groep/" + view.group_id + "/limit";
    if (entry) path += "/" + std::to_string(entry->id);
    return path;
}

std::string limit_text(const CareView& view, std::int64_t id) {
    for (const auto& l : view.limits)
        if (l.id == id) return l.text;
    return "limit " + std::to_string(id);
}

std::string staff_words(const CareView& view, const std::vector<std::int64_t>& ids) {
    std::string out;
    for (const auto id : ids) {
        std::string name = "leiding " + std::to_string(id);
        for (const auto& s : view.staff)
            if (s.id == id) name = s.first_name;
        out += (out.empty() ? "" : ", ") + name;
    }
    return out;
}

std::string holding_words(const CareView& view, const std::optional<Holding>& h) {
    if (!h) return "nee";
    return "ja, " + std::to_string(h->minutes) + " minuten, door " + staff_words(view, h->staff) +
           ": " + h->reason;
}

Html text_area(const char* name, const char* label, const Form& values, const FieldErrors& errors,
               bool required) {
    Html h;
    h << "<div class=\"veld\"><label for=\"" << raw(name) << "\">" << raw(label) << "</label>"
      << "<textarea id=\"" << raw(name) << "\" name=\"" << raw(name)
      << "\" rows=\"3\" maxlength=\"2000\"" << (required ? raw(" required") : Html{})
      << invalid_attrs(errors, name) << ">" << text(values.value(name)) << "</textarea>"
      << field_error(errors, name) << "</div>";
    return h;
}

} // namespace

Form limit_values(const LimitViolation& entry) {
    std::string encoded =
        "kind=" + std::to_string(entry.child_id) + "&limit=" + std::to_string(entry.limit_id) +
        "&wat=" + form_encode(entry.what_happened) + "&vervolg=" + form_encode(entry.follow_up) +
        "&tijd=" + form_encode(to_local(entry.at).time.str()) +
        "&vastgehouden=" + (entry.holding ? "ja" : "nee");
    if (entry.named_apart) encoded += "&apart=ja";
    if (entry.holding) {
        encoded += "&minuten=" + std::to_string(entry.holding->minutes) +
                   "&waarom=" + form_encode(entry.holding->reason);
        for (const auto id : entry.holding->staff)
            encoded += "&door=" + std::to_string(id);
    }
    return Form::parse(encoded).value_or(Form{});
}

Html limit_form(const CareView& view, const Form& values, const FieldErrors& errors,
                const LimitViolation* entry) {
    const auto path = path_of(view, entry);
    Html h;
    h << "<form class=\"zorgformulier\" id=\"limit-formulier\" method=\"post\" action=\""
      << attr(path) << "\" hx-post=\"" << attr(path)
      << "\" hx-target=\"this\" hx-swap=\"outerHTML\" hx-disable=\"find button\">"
      << csrf_field(view.csrf) << error_summary(errors);
    if (!entry)
        h << hidden("sleutel", values.has("sleutel") ? values.value("sleutel") : view.form_key);
    h << child_chooser(view, values, errors);

    h << "<fieldset class=\"stap\"" << invalid_attrs(errors, "limit")
      << "><legend><span class=\"stapnummer\">2</span> Welke limit?</legend>"
      << field_error(errors, "limit") << "<div class=\"kiezers groot limits\">";
    bool any = false;
    for (const auto& l : view.limits) {
        const auto id = std::to_string(l.id);
        if (l.retired_at && !(entry && entry->limit_id == l.id)) continue;
        any = true;
        h << "<input type=\"radio\" name=\"limit\" id=\"limit-" << raw(id) << "\" value=\""
          << raw(id) << "\"" << (values.value("limit") == id ? raw(" checked") : Html{})
          << "><label for=\"limit-" << raw(id) << "\">" << text(l.text) << "</label>";
    }
    if (!any) h << "<p class=\"leeg\">Het register van deze groep heeft nog geen limits.</p>";
    h << "</div></fieldset><fieldset class=\"stap\"><legend><span class=\"stapnummer\">3</span> "
         "Wat gebeurde er?</legend>"
      << text_area("wat", "Wat er gebeurde <span class=\"klein\">(verplicht)</span>", values,
                   errors, true)
      << time_field(view, values, errors) << "</fieldset>";

    const bool held = values.value("vastgehouden") == "ja";
    h << "<fieldset class=\"stap vasthouden\"><legend><span class=\"stapnummer\">4</span> Heb je "
         "het kind vastgehouden?</legend><div class=\"kiezers groot\">"
      << "<input type=\"radio\" name=\"vastgehouden\" id=\"vast-nee\" value=\"nee\""
      << (held ? Html{} : raw(" checked")) << "><label for=\"vast-nee\">Nee</label>"
      << "<input type=\"radio\" name=\"vastgehouden\" id=\"vast-ja\" value=\"ja\""
      << (held ? raw(" checked") : Html{}) << "><label for=\"vast-ja\">Ja</label></div>"
      << "<div class=\"vasthoud-velden\"><p class=\"klein\">Vasthouden is een vrijheidsbeperkende "
         "maatregel: schrijf op hoe lang, door wie en waarom.</p>"
      << "<div class=\"veld\"><label for=\"minuten\">Hoe lang (minuten)</label><input "
         "type=\"number\" id=\"minuten\" name=\"minuten\" min=\"1\" max=\"120\" "
         "inputmode=\"numeric\" "
         "value=\""
      << attr(values.value("minuten")) << "\"" << invalid_attrs(errors, "minuten") << ">"
      << field_error(errors, "minuten") << "</div><fieldset" << invalid_attrs(errors, "door")
      << "><legend>Door wie</legend>" << field_error(errors, "door") << "<div class=\"kiezers\">";
    for (const auto& s : view.staff) {
        const auto id = std::to_string(s.id);
        h << "<input type=\"checkbox\" name=\"door\" id=\"door-" << raw(id) << "\" value=\""
          << raw(id) << "\""
          << (has_value(values, "door", id) || (values.fields().empty() && view.me == s.id)
                  ? raw(" checked")
                  : Html{})
          << "><label for=\"door-" << raw(id) << "\">" << text(s.first_name) << "</label>";
    }
    h << "</div></fieldset>" << text_area("waarom", "Waarom", values, errors, false)
      << "</div></fieldset>";

    h << "<fieldset class=\"stap\"><legend><span class=\"stapnummer\">5</span> En "
         "daarna</legend>"
      << "<p class=\"herinnering\">Benoem persoon en gedrag apart: ‘Ik vind jou lief, maar slaan "
         "mag niet.’</p><div class=\"kiezers\"><input type=\"checkbox\" name=\"apart\" "
         "id=\"apart\" value=\"ja\""
      << (values.value("apart") == "ja" ? raw(" checked") : Html{})
      << "><label for=\"apart\">Gedaan: persoon en gedrag apart benoemd</label></div>"
      << text_area("vervolg",
                   "Vervolg <span class=\"klein\">(wat spraken jullie af, wie doet "
                   "wat)</span>",
                   values, errors, false)
      << "</fieldset><button class=\"knop hoofd groot\">"
      << (entry ? raw("Correctie opslaan") : raw("Opslaan")) << "</button></form>";
    return h;
}

Html limit_content(const CareView& view, const Form& values, const FieldErrors& errors,
                   bool undone) {
    Html h;
    h << "<div class=\"titel\"><h1>Limit overschreden</h1><p class=\"datum\">"
      << text(long_date(view.date)) << "</p></div>";
    if (undone) h << "<p class=\"melding\" role=\"status\">De melding is weggehaald.</p>";
    if (!values.value("ankerpunt").empty())
        h << "<p class=\"melding\" role=\"status\">Het ankerpunt is opgeslagen. Vul hier de "
             "limit in.</p>";
    h << limit_form(view, values, errors);
    return h;
}

Html limit_entry_content(const CareView& view, const LimitViolation& entry,
                         const std::vector<EntryVersion<LimitViolation>>& history, bool saved,
                         bool open_form, const Form& values, const FieldErrors& errors) {
    const auto name = child_name(view, entry.child_id);
    const auto path = path_of(view, &entry);
    const auto local = to_local(entry.at);
    Html h;
    h << "<div class=\"titel\"><h1>Limit overschreden: " << text(name) << "</h1><p class=\"datum\">"
      << text(long_date(local.date)) << " om " << text(local.time.str()) << ", "
      << text(block_words(entry.block)) << "</p></div>";
    if (saved)
        h << saved_notice(view, "Limit van " + name + " om " + local.time.str() + ".", path,
                          entry.created_at, entry.author);
    h << "<dl class=\"samenvatting\"><div><dt>Limit</dt><dd>"
      << text(limit_text(view, entry.limit_id)) << "</dd></div><div><dt>Wat er gebeurde</dt><dd>"
      << text(entry.what_happened) << "</dd></div><div><dt>Vastgehouden</dt><dd>"
      << text(holding_words(view, entry.holding))
      << "</dd></div><div><dt>Persoon en gedrag apart benoemd</dt><dd>"
      << (entry.named_apart ? raw("ja") : raw("nog niet")) << "</dd></div><div><dt>Vervolg</dt><dd>"
      << text(entry.follow_up.empty() ? "—" : entry.follow_up)
      << "</dd></div><div><dt>Gelogd door</dt><dd>" << text(account_name(view, entry.author))
      << "</dd></div></dl>";
    h << "<details class=\"corrigeren\" id=\"corrigeren\""
      << (open_form || !errors.empty() ? raw(" open") : Html{})
      << "><summary class=\"knop\">Corrigeren of aanvullen</summary>"
      << limit_form(view, values, errors, &entry) << "</details>";

    h << entry_history(
        view, history, [&](const LimitViolation& a, const LimitViolation& b, const auto& change) {
            change("kind", child_name(view, a.child_id), child_name(view, b.child_id));
            change("tijd", to_local(a.at).time.str(), to_local(b.at).time.str());
            change("limit", limit_text(view, a.limit_id), limit_text(view, b.limit_id));
            change("wat er gebeurde", a.what_happened, b.what_happened);
            change("vastgehouden", holding_words(view, a.holding), holding_words(view, b.holding));
            change("apart benoemd", a.named_apart ? "ja" : "nee", b.named_apart ? "ja" : "nee");
            change("vervolg", a.follow_up, b.follow_up);
        });
    return h;
}

} // namespace dagritme::web
