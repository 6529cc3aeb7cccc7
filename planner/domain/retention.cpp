// The retention rule of family records.
#include "domain/retention.hpp"

#include <string_view>

namespace dagritme {

Date retention_end(Instant last_changed) {
    const auto changed = to_local(last_changed).date;
    Date end{changed.year + retention_years, changed.month, changed.day};
    if (!Date::parse(end.str())) end = Date{end.year, 3, 1}; // 29 February in a common year
    return end;
}

std::optional<DestructionProblem> check_destruction(std::optional<std::int64_t> closed_at,
                                                    std::int64_t last_changed, std::int64_t now,
                                                    std::string_view reason) {
    if (!closed_at) return DestructionProblem::record_open;
    if (to_local(Instant{now}).date < retention_end(Instant{last_changed}))
        return DestructionProblem::still_kept;
    if (reason.find_first_not_of(" \t\r\n") == std::string_view::npos)
        return DestructionProblem::reason_missing;
    if (reason.size() > 500) return DestructionProblem::reason_too_long;
    return std::nullopt;
}

} // namespace dagritme
