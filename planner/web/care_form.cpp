// The pieces the care log's pages share.
#include "web/care_form.hpp"

#include "domain/people.hpp"
#include "web/layout.hpp"

namespace dagritme::web {
namespace {

Html child_tile(const ChildChoice& c, bool checked) {
    const auto id = "kind-" + std::to_string(c.id);
    Html h;
    h << "<li><input type=\"radio\" name=\"kind\" id=\"" << attr(id) << "\" value=\""
      << number(c.id) << "\"" << (checked ? raw(" checked") : Html{}) << "><label for=\""
      << attr(id) << "\"" << (c.present ? raw(" class=\"aanwezig\"") : Html{}) << ">";
    if (c.photo)
        h << "<img class=\"foto\" src=\"/media/" << attr(*c.photo)
          << "\" alt=\"\" width=\"72\" height=\"72\">";
    else
        h << "<span class=\"foto letter\" aria-hidden=\"true\">"
          << text(avatar_letter(c.first_name)) << "</span>";
    h << "<span class=\"naam\">" << text(c.first_name) << "</span></label></li>";
    return h;
}

} // namespace

Html child_chooser(const CareView& view, const Form& values, const FieldErrors& errors) {
    const auto chosen = values.value("kind");
    Html h;
    h << "<fieldset class=\"stap\"" << invalid_attrs(errors, "kind")
      << "><legend><span class=\"stapnummer\">1</span> Welk kind?</legend>"
      << field_error(errors, "kind");
    if (view.children.empty()) h << "<p class=\"leeg\">Deze groep heeft nog geen kinderen.</p>";
    bool others = false;
    h << "<ul class=\"kindtegels\">";
    for (const auto& c : view.children) {
        if (!c.present && !others && &c != &view.children.front()) {
            h << "</ul><p class=\"klein\">Niet binnen</p><ul class=\"kindtegels\">";
            others = true;
        }
        others = others || !c.present;
        h << child_tile(c, chosen == std::to_string(c.id));
    }
    h << "</ul></fieldset>";
    return h;
}

std::string block_words(const std::optional<BlockRef>& block) {
    return block ? "tijdens " + block->label : "buiten het dagritme";
}

Html time_field(const CareView& view, const Form& values, const FieldErrors& errors) {
    auto value = values.value("tijd");
    if (value.empty()) value = view.now.str();
    const auto time = TimeOfDay::parse(value);
    Html h;
    h << "<div class=\"veld\"><label for=\"tijd\">Tijd</label><input type=\"time\" id=\"tijd\" "
         "name=\"tijd\" value=\""
      << attr(value) << "\" required" << invalid_attrs(errors, "tijd") << ">"
      << field_error(errors, "tijd");
    if (time)
        h << "<p class=\"klein\" id=\"blok\">" << text(block_words(block_at(view.plan, *time)))
          << " (volgt de tijd)</p>";
    h << "</div>";
    return h;
}

std::string child_name(const CareView& view, std::int64_t id) {
    for (const auto& c : view.children)
        if (c.id == id) return c.first_name;
    return "kind " + std::to_string(id);
}

std::string account_name(const CareView& view, std::int64_t id) {
    const auto it = view.accounts.find(id);
    return it == view.accounts.end() ? "account " + std::to_string(id) : it->second;
}

std::string when_words(Instant at) {
    const auto local = to_local(at);
    return long_date(local.date) + " " + local.time.str();
}

Html history_list(const std::vector<HistoryLine>& lines) {
    Html h;
    h << "<section class=\"geschiedenis\" aria-labelledby=\"geschiedenis-kop\"><h2 "
         "id=\"geschiedenis-kop\">Geschiedenis</h2><ol>";
    for (const auto& line : lines) {
        h << "<li><p><strong>" << (line.number == 1 ? raw("Gelogd") : raw("Gecorrigeerd"))
          << "</strong> door " << text(line.editor) << ", " << text(when_words(line.at)) << "</p>";
        if (!line.changes.empty()) {
            h << "<ul>";
            for (const auto& c : line.changes)
                h << "<li>" << text(c) << "</li>";
            h << "</ul>";
        }
        h << "</li>";
    }
    h << "</ol></section>";
    return h;
}

Html saved_notice(const CareView& view, const std::string& what, const std::string& base_path,
                  Instant created_at, std::int64_t author) {
    Html h;
    h << "<div class=\"melding bevestiging\" role=\"status\"><p><strong>Opgeslagen.</strong> "
      << text(what) << "</p><div class=\"rij\">";
    if (author == view.account &&
        view.now_instant.seconds - created_at.seconds <= undo_window_seconds)
        // The button leaves after the window (CSS); the planner refuses a late undo anyway.
        h << "<form class=\"ongedaan\" method=\"post\" action=\"" << attr(base_path)
          << "/ongedaan\">" << csrf_field(view.csrf)
          << "<button class=\"knop gevaar\">Ongedaan maken</button></form>";
    h << "<a class=\"knop\" href=\"" << attr(base_path)
      << "?aanvullen=1#corrigeren\">Later aanvullen wat je zag</a></div></div>";
    return h;
}

} // namespace dagritme::web
