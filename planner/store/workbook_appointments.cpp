// SQL of the workbook's appointments, the parenting situations discussed, the keys of submitted
// workbook forms, and the children's first names for the workbook's heading.
#include "store/workbook.hpp"

namespace dagritme::store {
namespace {

constexpr const char* appointment_columns =
    "id, family_id, activity, date, start_at, planned_by, planned_at, happened, happened_at, note";

WorkbookAppointment read_appointment(const Statement& st) {
    WorkbookAppointment a;
    a.id = st.int64(0);
    a.family_id = st.int64(1);
    a.type = known_value(workbook_activity_from(st.text(2)), "workbook_appointment", a.id,
                         "activity", st.text(2));
    a.date = known_value(Date::parse(st.text(3)), "workbook_appointment", a.id, "date", st.text(3));
    if (!st.is_null(4)) a.start = TimeOfDay{st.integer(4)};
    a.planned_by = st.optional_int64(5);
    a.planned_at = Instant{st.int64(6)};
    a.happened = st.int64(7) != 0;
    if (!st.is_null(8)) a.happened_at = Instant{st.int64(8)};
    a.note = st.text(9);
    return a;
}

std::string_view name_of(WorkbookForm form) {
    return form == WorkbookForm::appointment ? "appointment" : "report";
}

} // namespace

std::int64_t add_appointment(Database& db, const WorkbookAppointment& a) {
    auto st = db.prepare("INSERT INTO workbook_appointment (family_id, activity, date, start_at, "
                         "planned_by, planned_at, happened, happened_at, note) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    st.bind_all(a.family_id, std::string(name_of(a.type)), a.date.str());
    if (a.start)
        st.bind(4, a.start->minutes);
    else
        st.bind_null(4);
    st.bind(5, a.planned_by);
    st.bind(6, a.planned_at.seconds);
    st.bind(7, a.happened);
    st.bind(8, a.happened_at ? std::optional<std::int64_t>(a.happened_at->seconds) : std::nullopt);
    st.bind(9, a.note);
    st.run();
    return db.last_insert_id();
}

std::optional<WorkbookAppointment> load_appointment(Database& db, std::int64_t id) {
    auto st = db.prepare(std::string("SELECT ") + appointment_columns +
                         " FROM workbook_appointment WHERE id = ?");
    st.bind_all(id);
    if (!st.step()) return std::nullopt;
    return read_appointment(st);
}

void mark_appointment_happened(Database& db, std::int64_t id, Instant at) {
    db.prepare("UPDATE workbook_appointment SET happened = 1, happened_at = ? WHERE id = ?")
        .bind_all(at.seconds, id)
        .run();
}

std::vector<WorkbookAppointment> appointments_of_family(Database& db, std::int64_t family_id,
                                                        Date from, Date to) {
    auto st = db.prepare(std::string("SELECT ") + appointment_columns +
                         " FROM workbook_appointment WHERE family_id = ? AND date BETWEEN ? AND ? "
                         "ORDER BY date, start_at NULLS FIRST, id");
    st.bind_all(family_id, from.str(), to.str());
    std::vector<WorkbookAppointment> out;
    while (st.step())
        out.push_back(read_appointment(st));
    return out;
}

void set_situation_discussed(Database& db, std::int64_t family_id, const SituationTick& tick) {
    db.prepare("INSERT INTO parenting_situation_discussed (family_id, number, discussed_on, "
               "report_id) VALUES (?, ?, ?, ?) ON CONFLICT (family_id, number) DO UPDATE SET "
               "discussed_on = excluded.discussed_on, report_id = excluded.report_id")
        .bind_all(family_id, tick.number, tick.discussed_on.str(), tick.report_id)
        .run();
}

void clear_situation_discussed(Database& db, std::int64_t family_id, int number) {
    db.prepare("DELETE FROM parenting_situation_discussed WHERE family_id = ? AND number = ?")
        .bind_all(family_id, number)
        .run();
}

std::vector<SituationTick> situations_discussed(Database& db, std::int64_t family_id) {
    auto st = db.prepare("SELECT number, discussed_on, report_id FROM "
                         "parenting_situation_discussed WHERE family_id = ? ORDER BY number");
    st.bind_all(family_id);
    std::vector<SituationTick> out;
    while (st.step())
        out.push_back({st.integer(0),
                       known_value(Date::parse(st.text(1)), "parenting_situation_discussed",
                                   family_id, "discussed_on", st.text(1)),
                       st.optional_int64(2)});
    return out;
}

std::optional<std::int64_t> submitted_workbook_form(Database& db, std::int64_t account,
                                                    WorkbookForm form, const std::string& key) {
    auto st = db.prepare("SELECT entry_id FROM workbook_submission WHERE account_id = ? AND "
                         "form = ? AND key = ?");
    st.bind_all(account, std::string(name_of(form)), key);
    if (!st.step()) return std::nullopt;
    return st.int64(0);
}

void record_workbook_form(Database& db, std::int64_t account, WorkbookForm form,
                          const std::string& key, std::int64_t entry_id, Instant now) {
    db.prepare("INSERT INTO workbook_submission (account_id, form, key, entry_id, created_at) "
               "VALUES (?, ?, ?, ?, ?)")
        .bind_all(account, std::string(name_of(form)), key, entry_id, now.seconds)
        .run();
}

void purge_workbook_forms(Database& db, Instant before) {
    db.prepare("DELETE FROM workbook_submission WHERE created_at < ?")
        .bind_all(before.seconds)
        .run();
}

std::vector<std::string> children_first_names(Database& db, std::int64_t family_id) {
    auto st =
        db.prepare("SELECT first_name FROM child WHERE family_id = ? ORDER BY birth_date, id");
    st.bind_all(family_id);
    std::vector<std::string> out;
    while (st.step())
        out.push_back(st.text(0));
    return out;
}

} // namespace dagritme::store
