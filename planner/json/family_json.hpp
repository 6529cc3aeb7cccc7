// A family's whole record as one JSON document: for a transfer to another organisation or a
// parent's access request (GDPR art. 15 and 20). Written by `dagritme-planner export family ID`.
// Dates are local "YYYY-MM-DD", instants UTC "YYYY-MM-DDTHH:MM:SSZ", names as stored.
#pragma once

#include "domain/audit.hpp"
#include "domain/care_log.hpp"
#include "domain/family_record.hpp"
#include "domain/session_series.hpp"
#include "domain/workbook.hpp"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace dagritme {

struct FamilyExport {
    FamilyRecord record;
    std::vector<WorkbookAppointment> appointments;
    std::vector<WorkbookReport> reports;
    std::vector<SituationTick> situations;
    std::vector<Anchorpoint> anchorpoints; // of the family's children, every one
    std::vector<LimitViolation> violations;
    std::vector<FamilySessionVisit> sessions;     // parent-child sessions the family was invited to
    std::vector<AuditEntry> audit;                // who opened or changed the record
    std::map<std::int64_t, std::string> accounts; // account names by id (authors, planners)
    std::int64_t exported_at = 0;
};

// Pretty-printed JSON, ending in a newline.
std::string family_export_json(const FamilyExport& data);

} // namespace dagritme
