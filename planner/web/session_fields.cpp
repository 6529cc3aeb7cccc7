// Form fields and words the session pages share.
#include "web/session_fields.hpp"

#include "web/layout.hpp"

#include <array>

namespace dagritme::web {

Html input_field(const std::string& id, const std::string& name, const char* label,
                 const char* type, const std::string& value, const FieldErrors& errors,
                 const char* extra) {
    Html h;
    h << "<div class=\"veld\"><label for=\"" << attr(id) << "\">" << raw(label)
      << "</label><input type=\"" << raw(type) << "\" id=\"" << attr(id) << "\" name=\""
      << attr(name) << "\" value=\"" << attr(value) << "\"" << raw(extra)
      << invalid_attrs(errors, name) << ">" << field_error(errors, name) << "</div>";
    return h;
}

Html leader_field(const std::string& id, const std::vector<LeaderChoice>& staff,
                  const std::string& chosen, const FieldErrors& errors, bool optional) {
    Html h;
    h << "<div class=\"veld\"><label for=\"" << attr(id) << "\">Leiding</label><select id=\""
      << attr(id) << "\" name=\"leider\"" << invalid_attrs(errors, "leider") << ">";
    if (optional) h << "<option value=\"\">Zoals altijd</option>";
    for (const auto& s : staff) {
        const auto value = std::to_string(s.id);
        h << "<option value=\"" << attr(value) << "\""
          << (value == chosen ? raw(" selected") : Html{}) << ">" << text(s.name) << "</option>";
    }
    h << "</select>" << field_error(errors, "leider") << "</div>";
    return h;
}

std::string staff_name(const std::vector<LeaderChoice>& staff, std::optional<std::int64_t> id) {
    if (id)
        for (const auto& s : staff)
            if (s.id == *id) return s.name;
    return "—";
}

std::string family_label(const std::vector<FamilyChoice>& families, std::int64_t id) {
    for (const auto& f : families)
        if (f.id == id) return f.label;
    return "Gezin " + std::to_string(id);
}

std::string weekday_name(int weekday) {
    static constexpr std::array<const char*, 7> names{
        "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"};
    if (weekday < 1 || weekday > 7) return "?";
    return names[static_cast<std::size_t>(weekday - 1)];
}

std::string time_range(TimeOfDay a, TimeOfDay b) {
    return a.str() + "–" + b.str();
}

std::string occurrence_summary(const SessionOccurrence& o) {
    return std::string(label_of(o.type)) + " " + time_range(o.start, o.end);
}

} // namespace dagritme::web
