// Inzage: the coordinator's view of the audit log. Per family, who opened or changed its record
// and when; per staff member, which records they opened. Refusals stand out.
#pragma once

#include "web/html.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace dagritme::web {

struct AuditRow {
    std::string when;   // "dinsdag 1 december 2026, 10:04:33"
    std::string who;    // account name, or "commandoregel"
    std::string role;   // as shown: "mentor"
    std::string action; // Dutch: "gelezen", "gewijzigd"...
    std::string what;   // "gezinsdossier", "werkboek 2026-12"
    std::int64_t family_id = 0;
    std::string family; // "Familie Jansen"
    std::string client; // the address it came from
    bool refused = false;
};

struct ReaderRow {
    std::string who;
    std::string role;
    std::int64_t times = 0;
    std::string last; // when, as in AuditRow
};

// Per family: who (summary per account) and every entry, newest first.
struct FamilyAuditView {
    std::int64_t family_id = 0;
    std::string family;
    std::vector<ReaderRow> readers;
    std::vector<AuditRow> rows;
};
Html family_audit_content(const FamilyAuditView& view);

struct StaffAuditRow {
    std::int64_t account_id = 0; // 0: the command line (no page of its own)
    std::string who;
    std::string role;
    std::int64_t entries = 0;
    std::int64_t refused = 0;
    std::string last;
};
// Every account in the log, with a link to what it opened.
Html staff_audit_list(const std::vector<StaffAuditRow>& rows);
// What one account opened, newest first.
Html staff_audit_content(const std::string& who, const std::vector<AuditRow>& rows);

// "dinsdag 1 december 2026, 10:04:33" in the group's local time.
std::string audit_time(std::int64_t at);

} // namespace dagritme::web
