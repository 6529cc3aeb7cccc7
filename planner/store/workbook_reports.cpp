// SQL of the workbook's reports: the report row holds the current text; each edit first copies
// the former text into workbook_report_version.
#include "store/workbook.hpp"

namespace dagritme::store {
namespace {

constexpr const char* report_columns =
    "id, family_id, appointment_id, date, who_present, discussed, intentions, next_date, author, "
    "created_at, updated_at";

WorkbookReport read_report(const Statement& st) {
    WorkbookReport r;
    r.id = st.int64(0);
    r.family_id = st.int64(1);
    r.appointment_id = st.optional_int64(2);
    r.date = known_value(Date::parse(st.text(3)), "workbook_report", r.id, "date", st.text(3));
    r.who_present = st.text(4);
    r.discussed = st.text(5);
    r.intentions = st.text(6);
    if (const auto next = st.optional_text(7))
        r.next_appointment =
            known_value(Date::parse(*next), "workbook_report", r.id, "next_date", *next);
    r.author = st.int64(8);
    r.created_at = Instant{st.int64(9)};
    r.updated_at = Instant{st.int64(10)};
    return r;
}

std::optional<std::string> next_date(const WorkbookReport& r) {
    if (!r.next_appointment) return std::nullopt;
    return r.next_appointment->str();
}

} // namespace

std::int64_t add_report(Database& db, const WorkbookReport& r) {
    db.prepare("INSERT INTO workbook_report (family_id, appointment_id, date, who_present, "
               "discussed, intentions, next_date, author, created_at, updated_at) "
               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .bind_all(r.family_id, r.appointment_id, r.date.str(), r.who_present, r.discussed,
                  r.intentions, next_date(r), r.author, r.created_at.seconds, r.created_at.seconds)
        .run();
    return db.last_insert_id();
}

void update_report(Database& db, const WorkbookReport& r, std::int64_t editor, Instant now) {
    db.prepare("INSERT INTO workbook_report_version (report_id, version, appointment_id, date, "
               "who_present, discussed, intentions, next_date, editor, edited_at) "
               "SELECT id, (SELECT coalesce(max(version), 0) + 1 FROM workbook_report_version "
               "WHERE report_id = ?1), appointment_id, date, who_present, discussed, intentions, "
               "next_date, ?2, ?3 FROM workbook_report WHERE id = ?1")
        .bind_all(r.id, editor, now.seconds)
        .run();
    db.prepare("UPDATE workbook_report SET appointment_id = ?, date = ?, who_present = ?, "
               "discussed = ?, intentions = ?, next_date = ?, updated_at = ? WHERE id = ?")
        .bind_all(r.appointment_id, r.date.str(), r.who_present, r.discussed, r.intentions,
                  next_date(r), now.seconds, r.id)
        .run();
}

std::optional<WorkbookReport> load_report(Database& db, std::int64_t id) {
    auto st =
        db.prepare(std::string("SELECT ") + report_columns + " FROM workbook_report WHERE id = ?");
    st.bind_all(id);
    if (!st.step()) return std::nullopt;
    return read_report(st);
}

std::vector<WorkbookReport> reports_of_family(Database& db, std::int64_t family_id, Date from,
                                              Date to) {
    auto st = db.prepare(std::string("SELECT ") + report_columns +
                         " FROM workbook_report WHERE family_id = ? AND date BETWEEN ? AND ? "
                         "ORDER BY date, id");
    st.bind_all(family_id, from.str(), to.str());
    std::vector<WorkbookReport> out;
    while (st.step())
        out.push_back(read_report(st));
    return out;
}

int report_versions(Database& db, std::int64_t report_id) {
    auto st = db.prepare("SELECT count(*) FROM workbook_report_version WHERE report_id = ?");
    st.bind_all(report_id);
    st.step();
    return st.integer(0);
}

std::vector<ReportVersion> report_history(Database& db, std::int64_t report_id) {
    auto st = db.prepare("SELECT v.version, v.appointment_id, v.date, v.who_present, v.discussed, "
                         "v.intentions, v.next_date, v.editor, v.edited_at, r.family_id, r.author, "
                         "r.created_at FROM workbook_report_version v JOIN workbook_report r ON "
                         "r.id = v.report_id WHERE v.report_id = ? ORDER BY v.version");
    st.bind_all(report_id);
    std::vector<ReportVersion> out;
    while (st.step()) {
        ReportVersion v;
        v.number = st.integer(0);
        auto& r = v.text;
        r.id = report_id;
        r.appointment_id = st.optional_int64(1);
        r.date = known_value(Date::parse(st.text(2)), "workbook_report_version", report_id, "date",
                             st.text(2));
        r.who_present = st.text(3);
        r.discussed = st.text(4);
        r.intentions = st.text(5);
        if (const auto next = st.optional_text(6))
            r.next_appointment = known_value(Date::parse(*next), "workbook_report_version",
                                             report_id, "next_date", *next);
        v.editor = st.int64(7);
        v.replaced_at = Instant{st.int64(8)};
        r.family_id = st.int64(9);
        r.author = st.int64(10);
        r.created_at = Instant{st.int64(11)};
        out.push_back(std::move(v));
    }
    return out;
}

} // namespace dagritme::store
