// Inzage: the coordinator's view of the audit log. Per family, who opened or changed its record
// and when; per staff member, which records and care data they opened; the whole log, a page
// at a time, filtered by kind (staff, calendar links, refusals, security). Refusals stand out.
#pragma once

#include "web/html.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace dagritme::web {

struct AuditRow {
    std::string when;   // "dinsdag 1 december 2026, 10:04:33"
    std::string who;    // account name, or "commandoregel (USER)"
    std::string role;   // as shown: "mentor"
    std::string action; // Dutch: "gelezen", "gewijzigd"...
    std::string what;   // "gezinsdossier", "werkboek 2026-12", "ankerpunt 12"
    std::int64_t family_id = 0;
    std::string family;       // "Familie Jansen"
    std::string about;        // care data: "De Zonnebloem: Sanne, Sem"
    std::string client;       // the address it came from
    std::int64_t repeats = 1; // identical entries counted into this one
    bool refused = false;
};

struct ReaderRow {
    std::string who;
    std::string role;
    std::int64_t times = 0;
    std::string last; // when, as in AuditRow
};

// Which page of a list of entries is shown: `path` with `query` ("soort=geweigerd&" or "")
// and pagina=N makes the links to the others.
struct AuditPaging {
    std::string path;
    std::string query;
    int page = 1; // from 1
    int pages = 1;
    std::int64_t total = 0;
};
inline constexpr int audit_page_size = 50;

// Per family: who (summary per account) and its entries, newest first, a page at a time.
struct FamilyAuditView {
    std::int64_t family_id = 0;
    std::string family;
    std::vector<ReaderRow> readers;
    std::vector<AuditRow> rows;
    AuditPaging paging;
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
// What one account opened, newest first, a page at a time.
Html staff_audit_content(const std::string& who, const std::vector<AuditRow>& rows,
                         const AuditPaging& paging);

// The filters of the whole log: the value of ?soort= and its label.
struct AuditFilter {
    std::string value; // "" for everything
    std::string label; // "Alles"
};
const std::vector<AuditFilter>& audit_filters();
// The whole log, filtered by `shown` (one of audit_filters()), newest first.
Html whole_audit_content(const std::string& shown, const std::vector<AuditRow>& rows,
                         const AuditPaging& paging);

// "dinsdag 1 december 2026, 10:04:33" in the group's local time.
std::string audit_time(std::int64_t at);

} // namespace dagritme::web
