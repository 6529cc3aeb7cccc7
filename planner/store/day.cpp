// SQL of a group's day: plan changes, attendance, activity groups.
#include "store/day.hpp"

#include "store/groups.hpp"

namespace dagritme::store {
namespace {

std::vector<std::int64_t> ids(Database& db, const char* sql, std::int64_t owner) {
    std::vector<std::int64_t> out;
    auto st = db.prepare(sql);
    st.bind_all(owner);
    while (st.step())
        out.push_back(st.int64(0));
    return out;
}

} // namespace

std::int64_t add_change(Database& db, const std::string& group_id, Date date, const DayChange& c) {
    db.prepare("INSERT INTO day_change (group_id, date, op, target, start_at, end_at, kind, "
               "pictogram, label) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .bind_all(group_id, date.str(), std::string(name_of(c.op)), c.target, c.block.start.minutes,
                  c.block.end.minutes, std::string(name_of(c.block.kind)), c.block.pictogram,
                  c.block.label)
        .run();
    const auto id = db.last_insert_id();
    db.touch_board(group_id);
    return id;
}

std::vector<DayChange> changes_of_day(Database& db, const std::string& group_id, Date date) {
    std::vector<DayChange> out;
    auto st = db.prepare("SELECT id, op, target, start_at, end_at, kind, pictogram, label "
                         "FROM day_change WHERE group_id = ? AND date = ? ORDER BY id");
    st.bind_all(group_id, date.str());
    while (st.step()) {
        DayChange c;
        c.id = st.int64(0);
        c.op = known_value(change_op_from(st.text(1)), "day_change", c.id, "op", st.text(1));
        c.target = st.text(2);
        c.block = RoutineBlock{
            TimeOfDay{st.integer(3)}, TimeOfDay{st.integer(4)},
            known_value(routine_kind_from(st.text(5)), "day_change", c.id, "kind", st.text(5)),
            st.text(6), st.text(7)};
        out.push_back(std::move(c));
    }
    return out;
}

void record_attendance(Database& db, const std::string& group_id, PersonKind kind,
                       std::int64_t person_id, const AttendanceEvent& event) {
    db.prepare("INSERT INTO attendance (person_kind, person_id, check_in, at) VALUES (?, ?, ?, ?)")
        .bind_all(std::string(name_of(kind)), person_id, event.check_in, event.at.seconds)
        .run();
    db.touch_board(group_id);
}

std::map<std::int64_t, std::vector<AttendanceEvent>>
attendance_of_day(Database& db, const std::string& group_id, PersonKind kind, Date date) {
    const auto [begin, end] = day_range(date);
    return attendance_between(db, group_id, kind, begin, end);
}

std::map<std::int64_t, std::vector<AttendanceEvent>>
attendance_between(Database& db, const std::string& group_id, PersonKind kind, Instant begin,
                   Instant end) {
    const char* sql = kind == PersonKind::child
                          ? "SELECT a.person_id, a.check_in, a.at FROM attendance a JOIN child p "
                            "ON p.id = a.person_id "
                            "WHERE a.person_kind = 'child' AND p.group_id = ? AND a.at >= ? AND "
                            "a.at < ? ORDER BY a.at, a.id"
                          : "SELECT a.person_id, a.check_in, a.at FROM attendance a JOIN staff p "
                            "ON p.id = a.person_id "
                            "WHERE a.person_kind = 'staff' AND p.group_id = ? AND a.at >= ? AND "
                            "a.at < ? ORDER BY a.at, a.id";
    std::map<std::int64_t, std::vector<AttendanceEvent>> out;
    auto st = db.prepare(sql);
    st.bind_all(group_id, begin.seconds, end.seconds);
    while (st.step())
        out[st.int64(0)].push_back(AttendanceEvent{Instant{st.int64(2)}, st.integer(1) != 0});
    return out;
}

bool set_escort(Database& db, std::int64_t child_id, Date date, const std::string& escort) {
    const auto [begin, end] = day_range(date);
    db.prepare("UPDATE attendance SET escort = ? WHERE id = (SELECT id FROM attendance WHERE "
               "person_kind = 'child' AND person_id = ? AND at >= ? AND at < ? "
               "ORDER BY at DESC, id DESC LIMIT 1)")
        .bind_all(escort, child_id, begin.seconds, end.seconds)
        .run();
    return db.changes() > 0;
}

std::map<std::int64_t, std::string> escorts_of_day(Database& db, const std::string& group_id,
                                                   Date date) {
    const auto [begin, end] = day_range(date);
    auto st = db.prepare("SELECT a.person_id, a.escort FROM attendance a JOIN child p ON p.id = "
                         "a.person_id WHERE a.person_kind = 'child' AND p.group_id = ? AND a.at "
                         ">= ? AND a.at < ? ORDER BY a.at, a.id");
    st.bind_all(group_id, begin.seconds, end.seconds);
    std::map<std::int64_t, std::string> out;
    while (st.step())
        out[st.int64(0)] = st.text(1); // the latest event wins
    return out;
}

std::int64_t add_activity(Database& db, const std::string& group_id, Date date,
                          const ActivityGroup& a) {
    db.prepare("INSERT INTO activity (group_id, date, start_at, end_at, label, pictogram) "
               "VALUES (?, ?, ?, ?, ?, ?)")
        .bind_all(group_id, date.str(), a.start.minutes, a.end.minutes, a.label, a.pictogram)
        .run();
    const auto id = db.last_insert_id();
    auto staff = db.prepare("INSERT INTO activity_staff VALUES (?, ?)");
    for (auto s : a.staff) {
        staff.bind_all(id, s).run();
        staff.reset();
    }
    auto child = db.prepare("INSERT INTO activity_child VALUES (?, ?)");
    for (auto c : a.children) {
        child.bind_all(id, c).run();
        child.reset();
    }
    db.touch_board(group_id);
    return id;
}

std::vector<ActivityGroup> activities_of_day(Database& db, const std::string& group_id, Date date) {
    std::vector<ActivityGroup> out;
    auto st = db.prepare("SELECT id, start_at, end_at, label, pictogram FROM activity "
                         "WHERE group_id = ? AND date = ? ORDER BY start_at, id");
    st.bind_all(group_id, date.str());
    while (st.step())
        out.push_back(ActivityGroup{st.int64(0),
                                    TimeOfDay{st.integer(1)},
                                    TimeOfDay{st.integer(2)},
                                    st.text(3),
                                    st.text(4),
                                    {},
                                    {}});
    for (auto& a : out) {
        a.staff =
            ids(db, "SELECT staff_id FROM activity_staff WHERE activity_id = ? ORDER BY staff_id",
                a.id);
        a.children =
            ids(db, "SELECT child_id FROM activity_child WHERE activity_id = ? ORDER BY child_id",
                a.id);
    }
    return out;
}

} // namespace dagritme::store

namespace dagritme::store {

void replace_activities(Database& db, const std::string& group_id, Date date,
                        const std::vector<ActivityGroup>& activities) {
    db.prepare("DELETE FROM activity WHERE group_id = ? AND date = ?")
        .bind_all(group_id, date.str())
        .run();
    for (const auto& a : activities)
        add_activity(db, group_id, date, a);
    db.touch_board(group_id);
}

} // namespace dagritme::store
