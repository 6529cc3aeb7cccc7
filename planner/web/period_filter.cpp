// The pattern pages' period filter: presets and own dates, read and written.
#include "web/period_filter.hpp"

#include "web/care_words.hpp"
#include "web/layout.hpp"

#include <array>
#include <variant>

namespace dagritme::web {
namespace {

struct Preset {
    std::string_view key;
    std::string_view words;
};

constexpr std::array<Preset, 5> presets{{{"4-weken", "Laatste 4 weken"},
                                         {"13-weken", "Laatste 13 weken"},
                                         {"maand", "Deze maand"},
                                         {"vorige-maand", "Vorige maand"},
                                         {"jaar", "Dit jaar"}}};

Period preset_period(std::string_view key, Date today) {
    if (key == "13-weken") return last_weeks(today, 13);
    if (key == "maand") return this_month(today);
    if (key == "vorige-maand") return last_month(today);
    if (key == "jaar") return this_year(today);
    return last_weeks(today, 4);
}

Html date_field(std::string_view name, std::string_view label, const std::string& value,
                const FieldErrors& errors) {
    const std::string field(name);
    Html h;
    h << "<div class=\"veld\"><label for=\"" << attr(name) << "\">" << text(label)
      << "</label><input type=\"date\" id=\"" << attr(name) << "\" name=\"" << attr(name)
      << "\" value=\"" << attr(value) << "\"" << invalid_attrs(errors, field) << ">"
      << field_error(errors, field) << "</div>";
    return h;
}

} // namespace

PeriodChoice choose_period(std::string_view preset, std::string_view from, std::string_view to,
                           Date today) {
    PeriodChoice choice;
    choice.from_text = std::string(from);
    choice.to_text = std::string(to);
    if (!from.empty() || !to.empty()) {
        const auto parsed = parse_period(from, to);
        if (const auto* period = std::get_if<Period>(&parsed)) {
            choice.period = *period;
            return choice;
        }
        const PeriodProblem problem = std::get<PeriodProblem>(parsed);
        const std::string_view field = problem == PeriodProblem::bad_from ? from_field : to_field;
        choice.errors[std::string(field)] = period_problem_words(problem);
        choice.preset = "4-weken";
        choice.period = preset_period(choice.preset, today);
        return choice;
    }
    choice.preset = "4-weken";
    for (const auto& known : presets)
        if (known.key == preset) choice.preset = std::string(preset);
    if (!preset.empty() && choice.preset != preset)
        choice.errors[std::string(preset_field)] =
            "Deze periode bestaat niet; dit zijn de laatste 4 weken.";
    choice.period = preset_period(choice.preset, today);
    choice.from_text = choice.period.from.str();
    choice.to_text = choice.period.to.str();
    return choice;
}

std::string period_problem_words(PeriodProblem problem) {
    switch (problem) {
    case PeriodProblem::bad_from:
        return "Kies een geldige begindatum (jjjj-mm-dd).";
    case PeriodProblem::bad_to:
        return "Kies een geldige einddatum (jjjj-mm-dd).";
    case PeriodProblem::to_before_from:
        return "De einddatum ligt voor de begindatum.";
    case PeriodProblem::too_long:
        return "Kies een periode van hoogstens " + std::to_string(max_period_days) + " dagen.";
    }
    return "";
}

std::string period_words(Period period) {
    if (period.from == period.to) return date_word(period.from);
    return date_word(period.from) + " tot en met " + date_word(period.to);
}

std::string period_query(Period period) {
    return "?" + std::string(from_field) + "=" + period.from.str() + "&" + std::string(to_field) +
           "=" + period.to.str();
}

Html period_filter(const PeriodChoice& choice, std::string_view action) {
    Html h;
    h << "<form class=\"period-filter\" method=\"get\" action=\"" << attr(action)
      << "\"><fieldset><legend>Periode</legend><ul class=\"period-presets\">";
    for (const auto& preset : presets) {
        h << "<li><a href=\""
          << attr(std::string(action) + "?" + std::string(preset_field) + "=" +
                  std::string(preset.key))
          << "\"";
        if (choice.preset == preset.key) h << " aria-current=\"true\"";
        h << ">" << text(preset.words) << "</a></li>";
    }
    h << "</ul>";
    h << field_error(choice.errors, std::string(preset_field));
    h << date_field(from_field, "Van", choice.from_text, choice.errors)
      << date_field(to_field, "Tot en met", choice.to_text, choice.errors)
      << "<button class=\"knop hoofd\" type=\"submit\">Toon</button></fieldset></form>";
    return h;
}

} // namespace dagritme::web
