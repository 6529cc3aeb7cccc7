// The day handover's sections: one per child, its entries worded in full.
#include "web/handover.hpp"

#include "web/care_words.hpp"

namespace dagritme::web {
namespace {

std::string joined(const std::vector<std::string>& words) {
    std::string out;
    for (const auto& word : words)
        out += (out.empty() ? "" : ", ") + word;
    return out;
}

std::string name_or(const NamesById& names, std::int64_t id, std::string_view fallback) {
    const auto found = names.find(id);
    return found != names.end() ? found->second : std::string(fallback) + " " + std::to_string(id);
}

Html detail(std::string_view term, const std::string& value) {
    Html h;
    h << "<dt>" << text(term) << "</dt><dd>" << text(value) << "</dd>";
    return h;
}

Html entry_heading(Instant at, std::string_view what, const std::optional<BlockRef>& block) {
    Html h;
    h << "<p class=\"handover-when\"><time datetime=\"" << attr(datetime_attribute(at)) << "\">"
      << text(clock_word(at)) << "</time> <strong>" << text(what) << "</strong> · "
      << text(block_label(block)) << "</p>";
    return h;
}

Html anchorpoint_item(const Anchorpoint& a) {
    std::vector<std::string> responses;
    for (const auto response : a.responses)
        responses.emplace_back(response_word(response));
    std::vector<std::string> signs;
    for (const auto sign : a.signs)
        signs.emplace_back(sign_word(sign));
    Html h;
    h << "<li class=\"handover-anchorpoint\">" << entry_heading(a.at, "Ankerpunt", a.block)
      << "<dl>" << detail("Emotie", std::string(emotion_word(a.emotion)))
      << detail("Gedaan", joined(responses))
      << detail("Afloop", std::string(ending_word(a.ending)));
    if (!signs.empty()) h << detail("Gezien", joined(signs));
    if (!a.note.empty()) h << detail("Notitie", a.note);
    h << "</dl></li>";
    return h;
}

Html violation_item(const LimitViolation& v, const HandoverNames& names) {
    Html h;
    h << "<li class=\"handover-limit\">" << entry_heading(v.at, "Limit overschreden", v.block)
      << "<dl>" << detail("Limit", name_or(names.limits, v.limit_id, "limit"))
      << detail("Wat er gebeurde", v.what_happened);
    if (v.holding) {
        std::vector<std::string> staff;
        for (const auto id : v.holding->staff)
            staff.push_back(name_or(names.staff, id, "medewerker"));
        h << detail("Vastgehouden", std::to_string(v.holding->minutes) + " minuten, door " +
                                        joined(staff) + "; reden: " + v.holding->reason);
    }
    h << detail("Persoon en gedrag apart benoemd", v.named_apart ? "ja" : "nee");
    if (!v.follow_up.empty()) h << detail("Vervolg", v.follow_up);
    h << "</dl></li>";
    return h;
}

std::string summary(const ChildHandover& child) {
    if (child.entries.empty()) return "Geen ankerpunten en geen limits overschreden.";
    std::string words = anchorpoints_word(child.anchorpoints) + ", " +
                        limit_violations_word(child.limit_violations);
    if (child.holdings > 0) words += ", " + std::to_string(child.holdings) + " keer vastgehouden";
    return words + ".";
}

} // namespace

Html handover_child(const ChildHandover& child, const HandoverNames& names) {
    const std::string id = "overdracht-kind-" + std::to_string(child.child_id);
    Html h;
    h << "<section class=\"handover-child\" aria-labelledby=\"" << attr(id) << "\"><h2 id=\""
      << attr(id) << "\">" << text(name_or(names.children, child.child_id, "kind")) << "</h2>"
      << "<p class=\"handover-summary\">" << text(summary(child)) << "</p>";
    if (!child.entries.empty()) {
        h << "<ol class=\"handover-entries\">";
        for (const auto& entry : child.entries) {
            if (const auto* a = std::get_if<Anchorpoint>(&entry))
                h << anchorpoint_item(*a);
            else
                h << violation_item(std::get<LimitViolation>(entry), names);
        }
        h << "</ol>";
    }
    h << "</section>";
    return h;
}

Html handover_children(const std::vector<ChildHandover>& children, const HandoverNames& names) {
    Html h;
    h << "<div class=\"handover\">";
    for (const auto& child : children)
        h << handover_child(child, names);
    h << "</div>";
    return h;
}

} // namespace dagritme::web
