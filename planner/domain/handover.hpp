// The day handover ("overdracht"): one day's care log per child, so the next shift or the
// mentor reads what happened to each child in the order it happened. Pure: the entries come
// from the store, the page words them (planner/web/handover).
#pragma once

#include "domain/care_log.hpp"
#include "domain/time.hpp"

#include <cstdint>
#include <variant>
#include <vector>

namespace dagritme {

using CareLogEntry = std::variant<Anchorpoint, LimitViolation>;
Instant instant_of(const CareLogEntry& entry);

struct ChildHandover {
    std::int64_t child_id = 0;
    std::vector<CareLogEntry> entries; // in the order they happened
    int anchorpoints = 0;
    int limit_violations = 0;
    int holdings = 0; // limit violations where the child was physically held
};

// The entries on `date` (local) per child: first the children of `children` in that order (also
// those without entries: "nothing to hand over" is news too), then any other child with an entry
// on that date, by id. Entries at the same instant keep anchorpoints before limit violations,
// each by id.
std::vector<ChildHandover> handover(Date date, const std::vector<std::int64_t>& children,
                                    const std::vector<Anchorpoint>& anchorpoints,
                                    const std::vector<LimitViolation>& violations);

} // namespace dagritme
