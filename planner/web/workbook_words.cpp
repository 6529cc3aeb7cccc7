// The workbook's words and heading.
#include "web/workbook_words.hpp"

#include "web/layout.hpp"

#include <array>

namespace dagritme::web {

std::string_view activity_label(WorkbookActivity activity) {
    static constexpr std::array<std::string_view, 6> labels{
        "Oudergesprek", "Video", "Opvoedingssituaties", "Sociogram", "Ouder-kind gym", "Muziek"};
    return labels.at(column_of(activity));
}

std::string_view theme_label(SituationTheme theme) {
    return theme == SituationTheme::attachment ? "Gehechtheid" : "Grenzen stellen";
}

std::string month_label(Month month) {
    return std::string(month_name(month.month)) + " " + std::to_string(month.year);
}

std::string appointment_summary(const WorkbookAppointment& appointment) {
    auto out = std::string(activity_label(appointment.type));
    if (appointment.start) out += " om " + appointment.start->str();
    return out;
}

std::string workbook_path(std::int64_t family_id) {
    return "/gezin/" + std::to_string(family_id) + "/werkboek";
}

std::string workbook_path(std::int64_t family_id, Month month) {
    return workbook_path(family_id) + "?maand=" + month.str();
}

std::string report_path(std::int64_t family_id, std::int64_t id) {
    return workbook_path(family_id) + "/verslag/" + std::to_string(id);
}

Html workbook_heading(const WorkbookMonth& month, std::string_view title) {
    std::string children;
    for (std::size_t i = 0; i < month.children.size(); ++i)
        children += (i == 0                           ? ""
                     : i + 1 == month.children.size() ? " en "
                                                      : ", ") +
                    month.children[i];
    Html h;
    h << "<div class=\"werkboek-kop\"><p class=\"werkboek-gezin\">" << text(month.family_name);
    if (!children.empty())
        h << " <span class=\"werkboek-kinderen\">(" << text(children) << ")</span>";
    h << "</p><h1>" << text(title) << "</h1></div>";
    return h;
}

} // namespace dagritme::web
