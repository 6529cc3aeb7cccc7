// How long a family record is kept (DOMAIN.md "Privacy"; the Dutch youth-care law keeps a
// record 20 years): a closed record is kept 20 years from its last change, and may then be
// destroyed on a recorded request. An open record is never destroyed.
#pragma once

#include "domain/time.hpp"

#include <cstdint>
#include <optional>

namespace dagritme {

inline constexpr int retention_years = 20;

// The first local date on which a record last changed at `last_changed` may be destroyed:
// the same calendar day 20 years later (29 February falls on 1 March in a common year).
Date retention_end(Instant last_changed);

enum class DestructionProblem {
    record_open,     // close the record first
    still_kept,      // the retention period has not ended
    reason_missing,  // a request says why (e.g. "bewaartermijn verstreken", a parent's request)
    reason_too_long, // more than 500 bytes
};

// Whether a destruction of a record (closed at `closed_at`, last changed at `last_changed`)
// may be requested `now`, with `reason`.
std::optional<DestructionProblem> check_destruction(std::optional<std::int64_t> closed_at,
                                                    std::int64_t last_changed, std::int64_t now,
                                                    std::string_view reason);

} // namespace dagritme
