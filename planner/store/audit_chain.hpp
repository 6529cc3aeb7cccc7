// The audit log's hash chain: each row's `chain` is the SHA-256 (hex) of the chain of the row
// before it (nothing before the first) and the row's own fields, written canonically. So a
// row deleted, edited or slipped in behind the planner's back breaks the chain from that row
// on, which verify_audit_chain() finds. `repeats` is outside the chain: the count of identical
// events grows after its row is written (the database lets it only grow).
#pragma once

#include "domain/audit.hpp"
#include "store/database.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dagritme::store {

// The chained fields in their order, as SQL selects them (audit_chain.cpp and the migration).
inline constexpr const char* audit_chained_columns =
    "id, at, kind, account_id, account, role, action, family_id, child_id, group_id, children, "
    "what, client, outcome, count_key, counts_until";

// The fields of `entry` as text, in the order of audit_chained_columns (NULL as nothing).
std::vector<std::optional<std::string>> chained_fields(const AuditEntry& entry);
// The chain of a row with `fields` after a row whose chain is `previous`.
std::string audit_link(std::string_view previous,
                       const std::vector<std::optional<std::string>>& fields);
// Makes audit_link(previous, fields...) callable from the SQL of `db` (for the migration that
// chains the rows written before it).
void define_audit_link_function(Database& db);

// How far a row's time may lie before the latest time of the rows before it (a clock set back
// a little); a row dated earlier was slipped in afterwards, even with a chain recomputed.
inline constexpr std::int64_t audit_clock_tolerance = 600;

struct AuditChainCheck {
    std::int64_t rows = 0;                  // rows checked
    std::optional<std::int64_t> broken_row; // the first row that does not hold
    std::string problem;                    // why it does not: "hash" or "time"
    std::string head;                       // the last row's chain, when all hold
};
// Walks the whole log in id order: each row's chain, and its time against the rows before it.
// Any thread with its own connection.
AuditChainCheck verify_audit_chain(Database& db);

} // namespace dagritme::store
