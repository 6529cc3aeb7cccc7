// Names of audit actions and outcomes.
#include "domain/audit.hpp"

#include <array>

namespace dagritme {
namespace {
constexpr std::array<std::string_view, 6> action_names{"create", "read",   "update",
                                                       "delete", "export", "print"};
constexpr std::array<std::string_view, 6> dutch_action_names{
    "aangemaakt", "gelezen", "gewijzigd", "verwijderd", "geëxporteerd", "geprint"};
constexpr std::array<std::string_view, 2> outcome_names{"allowed", "refused"};
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

std::string_view dutch_name_of(AuditAction action) {
    return dutch_action_names.at(static_cast<std::size_t>(action));
}

} // namespace dagritme
