// Names of audit actions, outcomes and kinds; the children of an entry as text.
#include "domain/audit.hpp"

#include <algorithm>
#include <array>
#include <charconv>

namespace dagritme {
namespace {
constexpr std::array<std::string_view, 7> action_names{"create", "read",  "update", "delete",
                                                       "export", "print", "attempt"};
constexpr std::array<std::string_view, 7> dutch_action_names{
    "aangemaakt", "gelezen", "gewijzigd", "verwijderd", "geëxporteerd", "geprint", "geprobeerd"};
constexpr std::array<std::string_view, 2> outcome_names{"allowed", "refused"};
constexpr std::array<std::string_view, 4> kind_names{"record", "care", "feed", "security"};
} // namespace

std::string_view name_of(AuditAction action) {
    return action_names.at(static_cast<std::size_t>(action));
}

std::optional<AuditAction> audit_action_from(std::string_view name) {
    for (std::size_t i = 0; i < action_names.size(); ++i)
        if (action_names[i] == name) return static_cast<AuditAction>(i);
    return std::nullopt;
}

std::string_view name_of(AuditOutcome outcome) {
    return outcome_names.at(static_cast<std::size_t>(outcome));
}

std::optional<AuditOutcome> audit_outcome_from(std::string_view name) {
    for (std::size_t i = 0; i < outcome_names.size(); ++i)
        if (outcome_names[i] == name) return static_cast<AuditOutcome>(i);
    return std::nullopt;
}

std::string_view name_of(AuditKind kind) {
    return kind_names.at(static_cast<std::size_t>(kind));
}

std::optional<AuditKind> audit_kind_from(std::string_view name) {
    for (std::size_t i = 0; i < kind_names.size(); ++i)
        if (kind_names[i] == name) return static_cast<AuditKind>(i);
    return std::nullopt;
}

std::string_view dutch_name_of(AuditAction action) {
    return dutch_action_names.at(static_cast<std::size_t>(action));
}

std::string children_text(std::vector<std::int64_t> children) {
    std::sort(children.begin(), children.end());
    children.erase(std::unique(children.begin(), children.end()), children.end());
    std::string text = "[";
    for (const auto id : children)
        text += (text.size() > 1 ? "," : "") + std::to_string(id);
    return text + "]";
}

std::optional<std::vector<std::int64_t>> children_from(std::string_view text) {
    if (text.size() < 2 || text.front() != '[' || text.back() != ']') return std::nullopt;
    std::vector<std::int64_t> children;
    text = text.substr(1, text.size() - 2);
    while (!text.empty()) {
        std::int64_t id = 0;
        const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
        if (ec != std::errc{}) return std::nullopt;
        children.push_back(id);
        text.remove_prefix(static_cast<std::size_t>(end - text.data()));
        if (text.empty()) break;
        if (text.front() != ',' || text.size() == 1) return std::nullopt;
        text.remove_prefix(1);
    }
    return children;
}

} // namespace dagritme
