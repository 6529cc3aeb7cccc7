// Ankerpunt: the four-tap form, an entry's page and its history.
#include "web/anchorpoint_page.hpp"

#include "web/care_words.hpp"
#include "web/emotion_icons.hpp"
#include "web/layout.hpp"

#include <algorithm>

namespace dagritme::web {
namespace {

// One name for the words of each kind of choice, so the lists below read alike.
std::string_view dutch(Emotion v) {
    return emotion_word(v);
}
std::string_view dutch(CareResponse v) {
    return response_word(v);
}
std::string_view dutch(Ending v) {
    return ending_word(v);
}
std::string_view dutch(Sign v) {
    return sign_word(v);
}

bool has_value(const Form& values, const char* name, std::string_view value) {
    const auto all = values.values(name);
    return std::find(all.begin(), all.end(), value) != all.end();
}

Html pill(const char* type, const char* name, std::string_view value, std::string_view label,
          bool checked, const Html& icon = {}) {
    const auto id = std::string(name) + "-" + std::string(value);
    Html h;
    h << "<input type=\"" << raw(type) << "\" name=\"" << raw(name) << "\" id=\"" << attr(id)
      << "\" value=\"" << attr(value) << "\"" << (checked ? raw(" checked") : Html{})
      << "><label for=\"" << attr(id) << "\">" << icon << text(label) << "</label>";
    return h;
}

std::string path_of(const CareView& view, const Anchorpoint* entry) {
    auto path = "/groep/" + view.group_id + "/ankerpunt";
    if (entry) path += "/" + std::to_string(entry->id);
    return path;
}

template <class T> std::string list_words(const std::vector<T>& values) {
    std::string out;
    for (const auto& v : values)
        out += (out.empty() ? "" : ", ") + std::string(dutch(v));
    return out.empty() ? "niets" : out;
}

} // namespace

Form anchorpoint_values(const Anchorpoint& entry) {
    std::string encoded = "kind=" + std::to_string(entry.child_id) +
                          "&emotie=" + std::string(name_of(entry.emotion)) +
                          "&einde=" + std::string(name_of(entry.ending)) +
                          "&tijd=" + form_encode(to_local(entry.at).time.str()) +
                          "&notitie=" + form_encode(entry.note);
    for (const auto r : entry.responses)
        encoded += "&aanpak=" + std::string(name_of(r));
    for (const auto s : entry.signs)
        encoded += "&signalen=" + std::string(name_of(s));
    return Form::parse(encoded).value_or(Form{});
}

Html anchorpoint_form(const CareView& view, const Form& values, const FieldErrors& errors,
                      const Anchorpoint* entry) {
    const auto path = path_of(view, entry);
    Html h;
    h << "<form class=\"zorgformulier\" id=\"ankerpunt-formulier\" method=\"post\" action=\""
      << attr(path) << "\" hx-post=\"" << attr(path)
      << "\" hx-target=\"this\" hx-swap=\"outerHTML\" hx-disable=\"find button\">"
      << csrf_field(view.csrf) << error_summary(errors);
    if (!entry)
        h << hidden("sleutel", values.has("sleutel") ? values.value("sleutel") : view.form_key);
    h << child_chooser(view, values, errors);

    h << "<fieldset class=\"stap\"" << invalid_attrs(errors, "emotie")
      << "><legend><span class=\"stapnummer\">2</span> Welke emotie benoemde je?</legend>"
      << field_error(errors, "emotie") << "<div class=\"kiezers groot emoties\">";
    for (const auto e : all_emotions)
        h << pill("radio", "emotie", name_of(e), dutch(e), values.value("emotie") == name_of(e),
                  emotion_icon(e));
    h << "</div></fieldset>";

    h << "<fieldset class=\"stap\"" << invalid_attrs(errors, "aanpak")
      << "><legend><span class=\"stapnummer\">3</span> Wat deed je? <span class=\"klein\">Een of "
         "meer</span></legend>"
      << field_error(errors, "aanpak") << "<div class=\"kiezers groot\">";
    for (const auto r : all_care_responses)
        h << pill("checkbox", "aanpak", name_of(r), dutch(r),
                  has_value(values, "aanpak", name_of(r)));
    h << "</div></fieldset>";

    const bool open = !values.value("notitie").empty() || !values.values("signalen").empty() ||
                      errors.contains("notitie") || errors.contains("tijd") ||
                      errors.contains("signalen") || entry;
    h << "<details class=\"extra\" id=\"wat-zag-je\"" << (open ? raw(" open") : Html{})
      << "><summary class=\"knop stil\">Wat zag je? Tijd en blok</summary>"
      << "<fieldset><legend>Wat zag je? <span class=\"klein\">Mag ook later</span></legend>"
      << field_error(errors, "signalen") << "<div class=\"kiezers\">";
    for (const auto s : all_signs)
        h << pill("checkbox", "signalen", name_of(s), dutch(s),
                  has_value(values, "signalen", name_of(s)));
    h << "</div><div class=\"veld\"><label for=\"notitie\">In je eigen woorden</label><textarea "
         "id=\"notitie\" name=\"notitie\" rows=\"3\" maxlength=\"2000\""
      << invalid_attrs(errors, "notitie") << ">" << text(values.value("notitie")) << "</textarea>"
      << field_error(errors, "notitie") << "</div></fieldset>" << time_field(view, values, errors)
      << "</details>";

    h << "<fieldset class=\"stap einde\"" << invalid_attrs(errors, "einde")
      << "><legend><span class=\"stapnummer\">4</span> Hoe liep het af?";
    if (!entry) h << " <span class=\"klein\">Deze tik slaat op</span>";
    h << "</legend>" << field_error(errors, "einde");
    if (!entry) {
        h << "<div class=\"eindknoppen\">";
        for (const auto e : all_endings)
            h << "<button class=\"knop hoofd groot\" name=\"einde\" value=\""
              << raw(std::string(name_of(e))) << "\">" << text(dutch(e)) << "</button>";
        h << "</div></fieldset>";
    } else {
        h << "<div class=\"kiezers groot\">";
        for (const auto e : all_endings)
            h << pill("radio", "einde", name_of(e), dutch(e), values.value("einde") == name_of(e));
        h << "</div></fieldset><button class=\"knop hoofd\">Correctie opslaan</button>";
    }
    h << "</form>";
    return h;
}

Html anchorpoint_content(const CareView& view, const Form& values, const FieldErrors& errors,
                         bool undone) {
    Html h;
    h << "<div class=\"titel\"><h1>Ankerpunt loggen</h1><p class=\"datum\">"
      << text(long_date(view.date)) << "</p></div>";
    if (undone) h << "<p class=\"melding\" role=\"status\">Het ankerpunt is weggehaald.</p>";
    h << anchorpoint_form(view, values, errors);
    return h;
}

Html anchorpoint_entry_content(const CareView& view, const Anchorpoint& entry,
                               const std::vector<EntryVersion<Anchorpoint>>& history, bool saved,
                               bool open_form, const Form& values, const FieldErrors& errors) {
    const auto name = child_name(view, entry.child_id);
    const auto path = path_of(view, &entry);
    const auto local = to_local(entry.at);
    Html h;
    h << "<div class=\"titel\"><h1>Ankerpunt van " << text(name) << "</h1><p class=\"datum\">"
      << text(long_date(local.date)) << " om " << text(local.time.str()) << ", "
      << text(block_words(entry.block)) << "</p></div>";
    if (saved)
        h << saved_notice(view, "Ankerpunt van " + name + " om " + local.time.str() + ".", path,
                          entry.created_at, entry.author);
    h << "<dl class=\"samenvatting\"><div><dt>Emotie</dt><dd>" << emotion_icon(entry.emotion)
      << text(dutch(entry.emotion)) << "</dd></div><div><dt>Wat je deed</dt><dd>"
      << text(list_words(entry.responses)) << "</dd></div><div><dt>Hoe het afliep</dt><dd>"
      << text(dutch(entry.ending)) << "</dd></div><div><dt>Wat je zag</dt><dd>"
      << text(list_words(entry.signs));
    if (!entry.note.empty()) h << "<br>" << text(entry.note);
    h << "</dd></div><div><dt>Gelogd door</dt><dd>" << text(account_name(view, entry.author))
      << "</dd></div></dl>";
    h << "<p><a class=\"knop hoofd\" href=\"/groep/" << attr(view.group_id)
      << "/ankerpunt\">Nog een ankerpunt</a></p>";
    h << "<details class=\"corrigeren\" id=\"corrigeren\""
      << (open_form || !errors.empty() ? raw(" open") : Html{})
      << "><summary class=\"knop\">Corrigeren of aanvullen</summary>"
      << anchorpoint_form(view, values, errors, &entry) << "</details>";

    h << entry_history(
        view, history, [&](const Anchorpoint& a, const Anchorpoint& b, const auto& change) {
            change("kind", child_name(view, a.child_id), child_name(view, b.child_id));
            change("tijd", to_local(a.at).time.str(), to_local(b.at).time.str());
            change("emotie", std::string(dutch(a.emotion)), std::string(dutch(b.emotion)));
            change("wat je deed", list_words(a.responses), list_words(b.responses));
            change("hoe het afliep", std::string(dutch(a.ending)), std::string(dutch(b.ending)));
            change("wat je zag", list_words(a.signs), list_words(b.signs));
            change("woorden", a.note.empty() ? "leeg" : a.note, b.note.empty() ? "leeg" : b.note);
        });
    return h;
}

} // namespace dagritme::web
