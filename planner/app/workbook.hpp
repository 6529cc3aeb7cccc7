// Writes to and reads of a family's parents' workbook. Each write checks the domain's rules
// (domain/workbook.hpp) and writes in one transaction; a refused write changes nothing and
// returns its problems. Who may call them is the caller's check (require_family_access, which
// also writes the audit log). Nothing here touches a board: the workbook never reaches a wall.
#pragma once

#include "domain/workbook.hpp"
#include "store/database.hpp"
#include "store/workbook.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace dagritme::app {

// The id of what was written, or why not.
using WorkbookResult = std::variant<std::int64_t, std::vector<WorkbookProblem>>;

// Plans `appointment` for `family_id` (its id, family, planned_by and planned_at are set here).
// `key` comes with the form: sent again by the same account, it returns the first id.
WorkbookResult plan_appointment(store::Database& db, std::int64_t family_id,
                                WorkbookAppointment appointment, const std::string& key,
                                std::int64_t account, Instant now, Date today);
// Marks appointment `id` of `family_id` as happened.
std::optional<WorkbookProblem> mark_happened(store::Database& db, std::int64_t family_id,
                                             std::int64_t id, Instant now, Date today);

// Writes a new report (id, family, author and instants set here). With `next_type`, the
// report's next appointment date is planned as an appointment of that type in the same
// transaction. `key` as for plan_appointment.
WorkbookResult write_report(store::Database& db, std::int64_t family_id, WorkbookReport report,
                            std::optional<WorkbookActivity> next_type, const std::string& key,
                            std::int64_t account, Instant now, Date today);
// Replaces the text of report `id` of `family_id`, keeping the former text as a version.
// An edit that changes nothing adds no version.
WorkbookResult edit_report(store::Database& db, std::int64_t family_id, std::int64_t id,
                           WorkbookReport report, std::int64_t editor, Instant now, Date today);

// Ticks parenting situation `number` as discussed on `date` (or clears the tick).
std::vector<WorkbookProblem> tick_situation(store::Database& db, std::int64_t family_id, int number,
                                            Date date, Date today);
std::vector<WorkbookProblem> clear_situation(store::Database& db, std::int64_t family_id,
                                             int number);

// The month as the workbook pages show it, read in one snapshot; nothing for a family that does
// not exist.
std::optional<WorkbookMonth> workbook_month(store::Database& db, std::int64_t family_id,
                                            Month month);

} // namespace dagritme::app
