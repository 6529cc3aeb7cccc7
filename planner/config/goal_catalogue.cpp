// Reads the goal catalogue: [[section]] tables (code, name) with [[section.goal]] tables
// (code, label).
#include "config/goal_catalogue.hpp"

#include "common/toml_reader.hpp"

#include <set>

namespace dagritme::config {
namespace {

// "I", "III.A", "2": the parts after the subject, letters (Roman numerals, a sub-letter) and
// digits separated by dots.
bool valid_code_rest(std::string_view rest) {
    if (rest.empty() || rest.front() == '.' || rest.back() == '.') return false;
    for (std::size_t i = 0; i < rest.size(); ++i) {
        const char c = rest[i];
        const bool part = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (!part && !(c == '.' && rest[i - 1] != '.')) return false;
    }
    return true;
}

std::string_view after_subject(std::string_view code) {
    return code.substr(code.find('.') + 1);
}

} // namespace

GoalCatalogue load_goal_catalogue(const std::filesystem::path& file) {
    const auto doc = parse_toml_file(file);
    const std::string name = file.string();
    TableReader root(doc, "", name);
    GoalCatalogue catalogue;
    std::set<std::string> codes;
    const auto& sections = root.array("section");
    if (sections.empty()) root.fail("section", "expected at least one [[section]]");
    for (std::size_t i = 0; i < sections.size(); ++i) {
        const auto* table = sections[i].as_table();
        if (!table) root.fail_at(sections[i], "section", "expected [[section]] tables");
        TableReader s(*table, "section[" + std::to_string(i) + "]", name);
        GoalSection section;
        section.code = s.string("code");
        const auto subject = goal_subject_of(section.code);
        if (!subject || !valid_code_rest(after_subject(section.code)))
            s.fail("code", "expected \"ouder.\" or \"kind.\" and a part such as \"II\" or "
                           "\"III.A\", got \"" +
                               section.code + "\"");
        section.subject = *subject;
        if (!codes.insert(section.code).second)
            s.fail("code", "duplicate code \"" + section.code + "\"");
        section.name = s.string("name");
        if (section.name.empty()) s.fail("name", "must not be empty");
        const auto& goals = s.array("goal");
        if (goals.empty()) s.fail("goal", "expected at least one [[section.goal]]");
        for (std::size_t j = 0; j < goals.size(); ++j) {
            const auto* goal_table = goals[j].as_table();
            if (!goal_table) s.fail_at(goals[j], "goal", "expected [[section.goal]] tables");
            TableReader g(*goal_table, s.key_path("goal") + "[" + std::to_string(j) + "]", name);
            Goal goal;
            goal.code = g.string("code");
            const std::string prefix = section.code + ".";
            if (!goal.code.starts_with(prefix) ||
                !valid_code_rest(std::string_view(goal.code).substr(prefix.size())))
                g.fail("code", "expected a code in section " + section.code + " such as \"" +
                                   prefix + "1\", got \"" + goal.code + "\"");
            if (!codes.insert(goal.code).second)
                g.fail("code", "duplicate code \"" + goal.code + "\"");
            goal.label = g.string("label");
            if (goal.label.empty()) g.fail("label", "must not be empty");
            if (goal.label.size() > 120) g.fail("label", "too long (at most 120 characters)");
            g.finish();
            section.goals.push_back(std::move(goal));
        }
        s.finish();
        catalogue.sections.push_back(std::move(section));
    }
    root.finish();
    return catalogue;
}

} // namespace dagritme::config
