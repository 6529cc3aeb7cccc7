// The audit log (DOMAIN.md "Privacy", NEN 7513): who did what to which family record or which
// children's care data, when, from where, and whether it was allowed; also the feeds that
// export record data and the security events (failed logins, refused forms). Entries are only
// ever appended, each chained to the one before it by a hash (store/audit_chain.hpp).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dagritme {

// attempt: a security event, something tried and refused (a login, a form without its token).
enum class AuditAction { create, read, update, remove, export_record, print, attempt };
enum class AuditOutcome { allowed, refused };
// What an entry is about: a family record, children's care data (anchorpoints, limits,
// patterns, the handover), a calendar feed's fetch, or a security event.
enum class AuditKind { record, care, feed, security };

// Stored as "create", "read", "update", "delete", "export", "print", "attempt"; "allowed",
// "refused"; "record", "care", "feed", "security".
std::string_view name_of(AuditAction action);
std::optional<AuditAction> audit_action_from(std::string_view name);
std::string_view name_of(AuditOutcome outcome);
std::optional<AuditOutcome> audit_outcome_from(std::string_view name);
std::string_view name_of(AuditKind kind);
std::optional<AuditKind> audit_kind_from(std::string_view name);
// In Dutch, for the coordinator's pages: "gelezen", "gewijzigd", "geprint"...
std::string_view dutch_name_of(AuditAction action);

// The children of an entry as stored: their ids ascending, as a JSON array ("[3,5,8]").
std::string children_text(std::vector<std::int64_t> children);
// The ids of children_text(); nothing when `text` is not such an array.
std::optional<std::vector<std::int64_t>> children_from(std::string_view text);

struct AuditEntry {
    std::int64_t id = 0;
    std::int64_t at = 0;                    // seconds since the epoch
    std::optional<std::int64_t> account_id; // empty for the command line and feeds
    std::string account;                    // the account's name (or "commandoregel (USER)")
    std::string role;                       // its role, as stored
    AuditAction action = AuditAction::read;
    std::optional<std::int64_t> family_id;
    std::optional<std::int64_t> child_id;
    std::string what;   // the part of the record: "gezinsdossier", "werkboek 2026-12", ...
    std::string client; // the client's address, or "cli"
    AuditOutcome outcome = AuditOutcome::allowed;
    AuditKind kind = AuditKind::record;
    std::optional<std::string> group_id; // care data: the group whose page it was
    std::vector<std::int64_t> children;  // care data: every child the request showed
    // Entries with the same key until `counts_until` count into this one (its `repeats`).
    std::optional<std::string> count_key;
    std::optional<std::int64_t> counts_until;
    std::int64_t repeats = 1; // how many identical entries it stands for
    std::string chain;        // its link in the chain (64 hex digits)
};

} // namespace dagritme
