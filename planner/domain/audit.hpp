// The audit log of family records (DOMAIN.md "Privacy"): who did what to which record, when,
// from where, and whether it was allowed. Entries are only ever appended.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace dagritme {

enum class AuditAction { create, read, update, remove, export_record, print };
enum class AuditOutcome { allowed, refused };

// Stored as "create", "read", "update", "delete", "export", "print" and "allowed", "refused".
std::string_view name_of(AuditAction action);
std::optional<AuditAction> audit_action_from(std::string_view name);
std::string_view name_of(AuditOutcome outcome);
std::optional<AuditOutcome> audit_outcome_from(std::string_view name);
// In Dutch, for the coordinator's pages: "gelezen", "gewijzigd", "geprint"...
std::string_view dutch_name_of(AuditAction action);

struct AuditEntry {
    std::int64_t id = 0;
    std::int64_t at = 0;                    // seconds since the epoch
    std::optional<std::int64_t> account_id; // empty for the command line
    std::string account;                    // the account's name (or "commandoregel")
    std::string role;                       // its role, as stored
    AuditAction action = AuditAction::read;
    std::optional<std::int64_t> family_id;
    std::optional<std::int64_t> child_id;
    std::string what;   // the part of the record: "gezinsdossier", "werkboek 2026-12", ...
    std::string client; // the client's address, or "cli"
    AuditOutcome outcome = AuditOutcome::allowed;
};

} // namespace dagritme
