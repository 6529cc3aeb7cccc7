// The parents' workbook as stored: appointments, reports with their former versions, the
// parenting situations discussed, and the keys of submitted workbook forms. Call the writes
// inside a transaction; the rules are checked before, in planner/app. Nothing here touches a
// board: the workbook is part of the family record and never reaches a wall screen.
#pragma once

#include "domain/workbook.hpp"
#include "store/database.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace dagritme::store {

// Appointments. add_ ignores the id and returns the new one. Reads order by date, start time
// (none first), then id.
std::int64_t add_appointment(Database& db, const WorkbookAppointment& appointment);
std::optional<WorkbookAppointment> load_appointment(Database& db, std::int64_t id);
void mark_appointment_happened(Database& db, std::int64_t id, Instant at);
std::vector<WorkbookAppointment> appointments_of_family(Database& db, std::int64_t family_id,
                                                        Date from, Date to); // inclusive

// Reports. add_ ignores the id and returns the new one; update_ replaces the five fields and
// the appointment link of report `report.id`, keeping the former ones as a version by `editor`.
std::int64_t add_report(Database& db, const WorkbookReport& report);
void update_report(Database& db, const WorkbookReport& report, std::int64_t editor, Instant now);
std::optional<WorkbookReport> load_report(Database& db, std::int64_t id);
std::vector<WorkbookReport> reports_of_family(Database& db, std::int64_t family_id, Date from,
                                              Date to);    // by date, then id
int report_versions(Database& db, std::int64_t report_id); // former versions kept
std::vector<ReportVersion> report_history(Database& db, std::int64_t report_id); // oldest first

// Parenting situations discussed with a family: one tick per situation (the latest date).
void set_situation_discussed(Database& db, std::int64_t family_id, const SituationTick& tick);
void clear_situation_discussed(Database& db, std::int64_t family_id, int number);
std::vector<SituationTick> situations_discussed(Database& db, std::int64_t family_id);

// Submitted forms that create an appointment or a report: the same form sent twice makes one.
enum class WorkbookForm { appointment, report };
std::optional<std::int64_t> submitted_workbook_form(Database& db, std::int64_t account,
                                                    WorkbookForm form, const std::string& key);
void record_workbook_form(Database& db, std::int64_t account, WorkbookForm form,
                          const std::string& key, std::int64_t entry_id, Instant now);
void purge_workbook_forms(Database& db, Instant before);

// The first names of a family's children, eldest first (for the workbook's heading).
std::vector<std::string> children_first_names(Database& db, std::int64_t family_id);

} // namespace dagritme::store
