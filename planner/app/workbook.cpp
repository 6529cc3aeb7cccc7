// The parents' workbook: the domain decides, this file reads what it needs and stores.
#include "app/workbook.hpp"

#include "domain/parenting_situations.hpp"
#include "store/people.hpp"
#include "store/sessions.hpp"

namespace dagritme::app {
namespace {

constexpr std::int64_t form_key_lifetime_seconds = 2 * 24 * 3600;

std::vector<WorkbookProblem> one(WorkbookProblem problem) {
    return {std::move(problem)};
}

} // namespace

WorkbookResult plan_appointment(store::Database& db, std::int64_t family_id,
                                WorkbookAppointment appointment, const std::string& key,
                                std::int64_t account, Instant now, Date today) {
    if (auto problem = check_form_key(key)) return one(*problem);
    appointment.id = 0;
    appointment.family_id = family_id;
    appointment.planned_by = account;
    appointment.planned_at = now;
    appointment.happened = false;
    appointment.happened_at = std::nullopt;
    store::Transaction tx{db};
    if (const auto first =
            store::submitted_workbook_form(db, account, store::WorkbookForm::appointment, key))
        return *first;
    if (auto problems = check_appointment(appointment, today); !problems.empty()) return problems;
    const auto id = store::add_appointment(db, appointment);
    store::purge_workbook_forms(db, Instant{now.seconds - form_key_lifetime_seconds});
    store::record_workbook_form(db, account, store::WorkbookForm::appointment, key, id, now);
    tx.commit();
    return id;
}

std::optional<WorkbookProblem> mark_happened(store::Database& db, std::int64_t family_id,
                                             std::int64_t id, Instant now, Date today) {
    store::Transaction tx{db};
    const auto appointment = store::load_appointment(db, id);
    if (!appointment || appointment->family_id != family_id)
        return WorkbookProblem{WorkbookProblem::Kind::unknown_appointment, "appointment", id};
    if (auto problem = check_mark_happened(*appointment, today)) return problem;
    store::mark_appointment_happened(db, id, now);
    tx.commit();
    return std::nullopt;
}

namespace {

// The appointment a report names must be one of the family's.
std::optional<WorkbookProblem> check_link(store::Database& db, std::int64_t family_id,
                                          const WorkbookReport& report) {
    if (!report.appointment_id) return std::nullopt;
    const auto appointment = store::load_appointment(db, *report.appointment_id);
    if (!appointment || appointment->family_id != family_id)
        return WorkbookProblem{WorkbookProblem::Kind::unknown_appointment, "appointment",
                               *report.appointment_id};
    return std::nullopt;
}

} // namespace

WorkbookResult write_report(store::Database& db, std::int64_t family_id, WorkbookReport report,
                            std::optional<WorkbookActivity> next_type, const std::string& key,
                            std::int64_t account, Instant now, Date today) {
    if (auto problem = check_form_key(key)) return one(*problem);
    report.id = 0;
    report.family_id = family_id;
    report.author = account;
    report.created_at = now;
    report.updated_at = now;
    store::Transaction tx{db};
    if (const auto first =
            store::submitted_workbook_form(db, account, store::WorkbookForm::report, key))
        return *first;
    auto problems = check_report(report, today);
    if (auto problem = check_link(db, family_id, report)) problems.push_back(*problem);
    if (!problems.empty()) return problems;
    const auto id = store::add_report(db, report);
    if (next_type && report.next_appointment) {
        WorkbookAppointment next;
        next.family_id = family_id;
        next.type = *next_type;
        next.date = *report.next_appointment;
        next.planned_by = account;
        next.planned_at = now;
        store::add_appointment(db, next);
    }
    store::purge_workbook_forms(db, Instant{now.seconds - form_key_lifetime_seconds});
    store::record_workbook_form(db, account, store::WorkbookForm::report, key, id, now);
    tx.commit();
    return id;
}

WorkbookResult edit_report(store::Database& db, std::int64_t family_id, std::int64_t id,
                           WorkbookReport report, std::int64_t editor, Instant now, Date today) {
    store::Transaction tx{db};
    const auto current = store::load_report(db, id);
    if (!current || current->family_id != family_id)
        return one({WorkbookProblem::Kind::unknown_report, "report", id});
    report.id = id;
    report.family_id = family_id;
    auto problems = check_report(report, today);
    if (auto problem = check_link(db, family_id, report)) problems.push_back(*problem);
    if (!problems.empty()) return problems;
    if (report.same_text(*current)) return id;
    store::update_report(db, report, editor, now);
    tx.commit();
    return id;
}

std::vector<WorkbookProblem> tick_situation(store::Database& db, std::int64_t family_id, int number,
                                            Date date, Date today) {
    auto problems = check_situation_discussed(number, date, today);
    if (!problems.empty()) return problems;
    store::Transaction tx{db};
    store::set_situation_discussed(db, family_id, {number, date, std::nullopt});
    tx.commit();
    return {};
}

std::vector<WorkbookProblem> clear_situation(store::Database& db, std::int64_t family_id,
                                             int number) {
    if (!parenting_situation(number))
        return one({WorkbookProblem::Kind::unknown_situation, "situation", number});
    store::Transaction tx{db};
    store::clear_situation_discussed(db, family_id, number);
    tx.commit();
    return {};
}

std::optional<WorkbookMonth> workbook_month(store::Database& db, std::int64_t family_id,
                                            Month month) {
    store::ReadSnapshot snapshot{db};
    const auto family = store::load_family(db, family_id);
    if (!family) return std::nullopt;
    WorkbookMonth out;
    out.month = month;
    out.family_name = family->name;
    out.children = store::children_first_names(db, family_id);
    out.appointments =
        store::appointments_of_family(db, family_id, month.first_day(), month.last_day());
    out.reports = store::reports_of_family(db, family_id, month.first_day(), month.last_day());
    out.situations = store::situations_discussed(db, family_id);
    std::vector<WorkbookItem> items;
    for (const auto& a : out.appointments)
        items.push_back(item_of(a));
    const auto sessions =
        store::sessions_of_family(db, family_id, month.first_day(), month.last_day());
    for (const auto& visit : sessions)
        if (const auto item = item_of(visit)) items.push_back(*item);
    out.overview = month_overview(month, items);
    out.clashes = appointment_clashes(out.appointments, sessions);
    return out;
}

} // namespace dagritme::app
