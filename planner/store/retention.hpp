// Closing family records, the requests to destroy them, and the destruction itself. Call the
// writes inside a transaction.
#pragma once

#include "domain/time.hpp"
#include "store/database.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace dagritme::store {

struct DestructionRequest {
    std::int64_t id = 0;
    std::int64_t family_id = 0;
    std::optional<std::int64_t> requested_by; // account; empty from the command line
    std::string requester;                    // its name
    std::int64_t requested_at = 0;
    std::string reason;
    std::optional<std::int64_t> carried_out_at;
    std::string carried_out_by;
};

// Closes (`closed` set) or reopens (nothing) the record; either is a change of the record, so
// its last_changed_at becomes `now`.
void set_family_closed(Database& db, std::int64_t family_id, std::optional<Instant> closed,
                       Instant now);
std::int64_t add_destruction_request(Database& db, const DestructionRequest& request);
// Oldest first; of one family, or of all.
std::vector<DestructionRequest> destruction_requests(Database& db,
                                                     std::optional<std::int64_t> family_id = {});
void mark_destruction_done(Database& db, std::int64_t request_id, Instant at,
                           const std::string& by);
// Removes the family's whole record: the children (their care log, attendance, activity
// places), the parents (their session places), goals, phases, workbook, and the family row.
// The audit log and the destruction requests stay. With foreign keys on, a row anywhere that
// still points at the family makes this throw, so nothing is half destroyed.
void destroy_family_record(Database& db, std::int64_t family_id);

} // namespace dagritme::store
