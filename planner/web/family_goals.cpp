// The goals a family works on, each with its linked anchorpoints and limit violations per
// month (a small bar chart and its table), the forms to choose and end a goal, and the list of
// the children's recent entries with a goal to link each to.
#include "web/care_words.hpp"
#include "web/chart_parts.hpp"
#include "web/charts.hpp"
#include "web/family_page.hpp"
#include "web/layout.hpp"

#include <algorithm>
#include <array>

namespace dagritme::web {
namespace {

constexpr std::string_view anchor_blue = "#08519c";
constexpr std::string_view limit_red = "#a50f15";

std::string record_path(std::int64_t family_id) {
    return "/gezin/" + std::to_string(family_id);
}

std::string month_word(int year, unsigned month) {
    static constexpr std::array<const char*, 13> names{
        "", "jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"};
    return std::string(names.at(month)) + " " + std::to_string(year);
}

std::string child_first_name(const FamilyView& view, std::int64_t child_id) {
    for (const auto& c : view.record.children)
        if (c.id == child_id) return c.first_name;
    return "kind " + std::to_string(child_id);
}

Html choose_form(const FamilyView& view) {
    const bool failed = view.failed == FamilyForm::goal_choice;
    const auto& errors = failed ? view.errors : FieldErrors{};
    const auto sent = [&](const char* name) {
        return failed ? view.values.value(name) : std::string();
    };
    Html h;
    h << "<form method=\"post\" action=\"" << attr(record_path(view.record.family.id) + "/doelen")
      << "\" class=\"gezin-formulier\"><h3>Een doel kiezen</h3>" << csrf_field(view.csrf)
      << hidden("op", "kiezen") << error_summary(errors)
      << "<div class=\"veld\"><label for=\"doel-code\">Doel</label><select id=\"doel-code\" "
         "name=\"doel\""
      << invalid_attrs(errors, "doel") << "><option value=\"\">kies een doel</option>";
    if (view.catalogue)
        for (const auto& section : view.catalogue->sections) {
            h << "<optgroup label=\""
              << attr((section.subject == GoalSubject::parent ? "Ouder: " : "Kind: ") +
                      section.name)
              << "\">";
            for (const auto& goal : section.goals)
                h << "<option value=\"" << attr(goal.code) << "\""
                  << (sent("doel") == goal.code ? raw(" selected") : raw("")) << ">"
                  << text(goal.code + " " + goal.label) << "</option>";
            h << "</optgroup>";
        }
    h << "</select>" << field_error(errors, "doel")
      << "</div><div class=\"rij\"><div class=\"veld\"><label for=\"doel-voor\">Voor</label>"
         "<select id=\"doel-voor\" name=\"voor\""
      << invalid_attrs(errors, "voor") << "><option value=\"ouder\">de ouder(s)</option>";
    for (const auto& c : view.record.children) {
        const auto id = std::to_string(c.id);
        h << "<option value=\"" << attr(id) << "\""
          << (sent("voor") == id ? raw(" selected") : raw("")) << ">" << text(c.first_name)
          << "</option>";
    }
    h << "</select>" << field_error(errors, "voor")
      << "</div><div class=\"veld\"><label for=\"doel-datum\">Gekozen op</label><input "
         "type=\"date\" id=\"doel-datum\" name=\"datum\" value=\""
      << attr(failed ? sent("datum") : view.today.str()) << "\"" << invalid_attrs(errors, "datum")
      << ">" << field_error(errors, "datum")
      << "</div></div><button class=\"knop hoofd\">Doel kiezen</button></form>";
    return h;
}

Html end_form(const FamilyView& view, const FamilyGoal& goal) {
    const bool failed = view.failed == FamilyForm::goal_end && view.failed_id == goal.id;
    const auto& errors = failed ? view.errors : FieldErrors{};
    const auto input = "einde-" + std::to_string(goal.id);
    Html h;
    h << "<form method=\"post\" action=\"" << attr(record_path(view.record.family.id) + "/doelen")
      << "\" class=\"rij doel-einde\">" << csrf_field(view.csrf) << hidden("op", "beeindigen")
      << hidden("doel_id", std::to_string(goal.id)) << "<div class=\"veld\"><label for=\""
      << attr(input) << "\">Klaar op</label><input type=\"date\" id=\"" << attr(input)
      << "\" name=\"einddatum\" value=\""
      << attr(failed ? view.values.value("einddatum") : view.today.str()) << "\""
      << invalid_attrs(errors, "einddatum") << ">" << field_error(errors, "einddatum")
      << "</div><button class=\"knop\">Doel afsluiten</button></form>";
    return h;
}

Html goal_item(const FamilyView& view, const FamilyGoal& goal) {
    Html h;
    h << "<li class=\"doel\"><p><strong>" << text(goal.code) << "</strong> "
      << text(goal_label(view, goal)) << " <span class=\"klein\">("
      << text(goal_subject(view, goal)) << ", gekozen op " << text(date_word(goal.chosen));
    if (goal.ended) h << ", klaar op " << text(date_word(*goal.ended));
    h << ")</span></p>";
    const auto counts = view.goal_counts.find(goal.id);
    if (counts == view.goal_counts.end())
        h << "<p class=\"leeg\">Nog geen ankerpunten of limits bij dit doel.</p>";
    else
        h << chart_figure(goal_months_svg(counts->second, "Bij " + goal.code + " per maand"),
                          goal_months_table(counts->second, "Bij " + goal.code + " per maand"));
    if (goal.active()) h << end_form(view, goal);
    return h << "</li>";
}

} // namespace

std::string goal_label(const FamilyView& view, const FamilyGoal& goal) {
    if (view.catalogue)
        if (const auto* g = view.catalogue->find(goal.code)) return g->label;
    return "(niet meer in de lijst van doelen)";
}

std::string goal_subject(const FamilyView& view, const FamilyGoal& goal) {
    return goal.child_id ? child_first_name(view, *goal.child_id) : std::string("ouder");
}

Html goal_months_svg(const std::vector<MonthCount>& months, std::string_view title) {
    using namespace chart;
    constexpr int column = 70, top = 30, bar_area = 80, bar = 24;
    int most = 1;
    for (const auto& m : months)
        most = std::max({most, m.anchorpoints, m.limit_violations});
    const int width = std::max(300, 20 + static_cast<int>(months.size()) * column);
    std::string summary;
    for (const auto& m : months)
        summary += (summary.empty() ? "" : "; ") + month_word(m.year, m.month) + ": " +
                   anchorpoints_word(m.anchorpoints) + ", " +
                   limit_violations_word(m.limit_violations);
    Html h;
    h << svg_open(width, top + bar_area + 40, "chart-doel", std::string(title) + ": " + summary)
      << swatch(10, 6, anchor_blue, anchor_blue, "ankerpunten")
      << swatch(150, 6, limit_red, limit_red, "limits overschreden");
    for (std::size_t i = 0; i < months.size(); ++i) {
        const auto& m = months[i];
        const int x = 20 + static_cast<int>(i) * column;
        const int base = top + bar_area;
        h << "<g><title>"
          << text(month_word(m.year, m.month) + ": " + anchorpoints_word(m.anchorpoints) + ", " +
                  limit_violations_word(m.limit_violations))
          << "</title>";
        const std::pair<int, std::string_view> bars[] = {{m.anchorpoints, anchor_blue},
                                                         {m.limit_violations, limit_red}};
        for (std::size_t b = 0; b < 2; ++b) {
            const int length = scaled(bars[b].first, most, bar_area - 18);
            const int bx = x + static_cast<int>(b) * (bar + 4);
            h << "<rect x=\"" << number(bx) << "\" y=\"" << number(base - length) << "\" width=\""
              << number(bar) << "\" height=\"" << number(length) << "\" fill=\""
              << attr(bars[b].second) << "\"/>"
              << svg_text(bx + bar / 2, base - length - 4, std::to_string(bars[b].first), ink, 13,
                          "middle", true);
        }
        h << svg_text(x + bar + 2, base + 18, month_word(m.year, m.month), muted, 12, "middle")
          << "</g>";
    }
    return h << "</svg>";
}

Html goal_months_table(const std::vector<MonthCount>& months, std::string_view caption) {
    Html h;
    h << "<table class=\"data\"><caption>" << text(caption) << "</caption><thead><tr>"
      << "<th scope=\"col\">Maand</th><th scope=\"col\">Ankerpunten</th>"
         "<th scope=\"col\">Limits overschreden</th></tr></thead><tbody>";
    for (const auto& m : months)
        h << "<tr><th scope=\"row\">" << text(month_word(m.year, m.month)) << "</th><td>"
          << number(m.anchorpoints) << "</td><td>" << number(m.limit_violations) << "</td></tr>";
    return h << "</tbody></table>";
}

Html goals_section(const FamilyView& view) {
    Html h;
    h << "<section class=\"gezin-deel\" aria-labelledby=\"doelen-kop\"><h2 id=\"doelen-kop\">"
         "Ontwikkelingsdoelen</h2>";
    if (view.record.goals.empty()) h << "<p class=\"leeg\">Nog geen doelen gekozen.</p>";
    h << "<ul class=\"doelen\">";
    for (const auto& goal : view.record.goals)
        if (goal.active()) h << goal_item(view, goal);
    for (const auto& goal : view.record.goals)
        if (!goal.active()) h << goal_item(view, goal);
    return h << "</ul>" << choose_form(view) << "</section>";
}

Html link_section(const FamilyView& view) {
    Html h;
    h << "<section class=\"gezin-deel\" aria-labelledby=\"koppel-kop\"><h2 id=\"koppel-kop\">"
         "Recente ankerpunten en limits bij een doel zetten</h2>";
    if (view.entries.empty())
        return h << "<p class=\"leeg\">Geen ankerpunten of limits van de kinderen in de laatste "
                    "60 dagen.</p></section>";
    h << "<ul class=\"koppelen\">";
    for (const auto& e : view.entries) {
        const bool anchor = e.kind == CareEntryKind::anchorpoint;
        const auto kind = std::string(anchor ? "ankerpunt" : "limit");
        const auto key = kind + "-" + std::to_string(e.id);
        const bool failed = view.failed == FamilyForm::link && view.failed_id == e.id &&
                            view.values.value("soort") == kind;
        const auto& errors = failed ? view.errors : FieldErrors{};
        std::string what = e.what;
        if (anchor)
            if (const auto emotion = emotion_from(e.what))
                what = std::string(emotion_word(*emotion));
        h << "<li><form method=\"post\" action=\""
          << attr(record_path(view.record.family.id) + "/koppelen") << "\" class=\"rij\">"
          << csrf_field(view.csrf) << hidden("soort", kind) << hidden("id", std::to_string(e.id))
          << "<p class=\"koppel-wat\"><time datetime=\"" << attr(datetime_attribute(e.at)) << "\">"
          << text(date_word(to_local(e.at).date) + " " + clock_word(e.at)) << "</time> "
          << text(child_first_name(view, e.child_id)) << ": "
          << (anchor ? raw("ankerpunt") : raw("limit overschreden")) << " (" << text(what)
          << ")</p><div class=\"veld\"><label for=\"" << attr(key) << "\">Doel</label><select id=\""
          << attr(key) << "\" name=\"doel\"" << invalid_attrs(errors, "doel")
          << "><option value=\"\">geen doel</option>";
        for (const auto& g : view.record.goals) {
            if (g.child_id != e.child_id || (!g.active() && e.goal != g.id)) continue;
            h << "<option value=\"" << number(g.id) << "\""
              << (e.goal == g.id ? raw(" selected") : raw("")) << ">"
              << text(g.code + " " + goal_label(view, g)) << "</option>";
        }
        h << "</select>" << field_error(errors, "doel")
          << "</div><button class=\"knop\">Bewaren</button></form></li>";
    }
    return h << "</ul></section>";
}

} // namespace dagritme::web
