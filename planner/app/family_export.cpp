// Gathering a family's record for its export.
#include "app/family_export.hpp"

#include "store/account_names.hpp"
#include "store/audit.hpp"
#include "store/care_log.hpp"
#include "store/family_record.hpp"
#include "store/sessions.hpp"
#include "store/workbook.hpp"
#include "json/family_json.hpp"

#include <algorithm>

namespace dagritme::app {

std::optional<std::string> export_family(store::Database& db, std::int64_t family_id, Instant now) {
    store::ReadSnapshot snapshot{db}; // one consistent view, however long it takes
    auto record = store::load_family_record(db, family_id);
    if (!record) return std::nullopt;
    FamilyExport data;
    const Date first{1970, 1, 1};
    const Date last{9999, 12, 31};
    data.appointments = store::appointments_of_family(db, family_id, first, last);
    data.reports = store::reports_of_family(db, family_id, first, last);
    data.situations = store::situations_discussed(db, family_id);
    // Open-ended series: the occurrences up to a year ahead.
    const auto year_ahead = Date::from_days(to_local(now).date.days() + 366);
    data.sessions = store::sessions_of_family(db, family_id, first, year_ahead);
    const Instant ever{0};
    const Instant never{std::int64_t{1} << 40};
    for (const auto& child : record->children) {
        auto a = store::anchorpoints_of_child(db, child.id, ever, never);
        data.anchorpoints.insert(data.anchorpoints.end(), a.begin(), a.end());
        auto v = store::limit_violations_of_child(db, child.id, ever, never);
        data.violations.insert(data.violations.end(), v.begin(), v.end());
    }
    data.audit = store::audit_of_family(db, family_id, 1'000'000);
    std::reverse(data.audit.begin(), data.audit.end()); // oldest first, like the rest
    data.accounts = store::account_names(db);
    data.record = std::move(*record);
    data.exported_at = now.seconds;
    return family_export_json(data);
}

} // namespace dagritme::app
