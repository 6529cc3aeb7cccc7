// Closing a family record, asking for its destruction once its retention has ended, and
// carrying that out: each one transaction, each refused with a typed problem that changes
// nothing. The caller checks the scope and writes the audit entry (pages, command line).
#pragma once

#include "domain/retention.hpp"
#include "store/database.hpp"
#include "store/retention.hpp"

#include <cstdint>
#include <optional>
#include <string>

namespace dagritme::app {

struct RetentionProblem {
    enum class Kind {
        unknown_family,
        already_closed,
        not_closed,        // reopen: it is open
        destruction,       // see `destruction`
        already_requested, // a request is waiting to be carried out
        no_request,        // destroy: nobody asked for it
    };
    Kind kind = Kind::unknown_family;
    std::optional<DestructionProblem> destruction;
};

std::optional<RetentionProblem> close_record(store::Database& db, std::int64_t family_id,
                                             Instant now);
std::optional<RetentionProblem> reopen_record(store::Database& db, std::int64_t family_id,
                                              Instant now);
// Records a request by `requester` (account id, or none from the command line).
std::optional<RetentionProblem> request_destruction(store::Database& db, std::int64_t family_id,
                                                    std::optional<std::int64_t> requester_id,
                                                    const std::string& requester,
                                                    const std::string& reason, Instant now);
// Carries out the family's waiting request: checks the rule again, destroys the record and
// marks the request done, in one transaction.
std::optional<RetentionProblem> destroy_record(store::Database& db, std::int64_t family_id,
                                               const std::string& by, Instant now);

// The retention state of a record, for its page.
struct RetentionState {
    std::optional<Instant> closed_at;
    std::optional<Instant> last_changed_at;
    std::optional<Date> kept_until; // closed records only
    std::optional<store::DestructionRequest> waiting;
};
std::optional<RetentionState> retention_state(store::Database& db, std::int64_t family_id);

} // namespace dagritme::app
