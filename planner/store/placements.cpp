// SQL of placements (child, child_day) and absences.
#include "store/placements.hpp"

#include "store/people.hpp"

namespace dagritme::store {
namespace {

std::optional<std::string> date_text(const std::optional<Date>& date) {
    if (!date) return std::nullopt;
    return date->str();
}

std::optional<Date> stored_date(const std::optional<std::string>& text, std::string_view table,
                                std::int64_t row, std::string_view column) {
    if (!text) return std::nullopt;
    return known_value(Date::parse(*text), table, row, column, *text);
}

Absence absence_row(const Statement& st) {
    const auto id = st.int64(0);
    Absence a;
    a.id = id;
    a.child_id = st.int64(1);
    a.first_day = known_value(Date::parse(st.text(2)), "absence", id, "first_day", st.text(2));
    a.last_day = known_value(Date::parse(st.text(3)), "absence", id, "last_day", st.text(3));
    a.reason = known_value(absence_reason_of(st.text(4)), "absence", id, "reason", st.text(4));
    if (const auto at = st.optional_int64(5)) a.arrives_at = TimeOfDay{static_cast<int>(*at)};
    a.note = st.text(6);
    a.recorded_by = st.optional_int64(7);
    a.recorded_at = Instant{st.int64(8)};
    return a;
}

constexpr const char* absence_columns =
    "a.id, a.child_id, a.first_day, a.last_day, a.reason, a.arrives_at, a.note, a.recorded_by, "
    "a.recorded_at";

} // namespace

Placement load_placement(Database& db, std::int64_t child_id) {
    Placement p;
    auto st = db.prepare(
        "SELECT placed_from, placed_until, leave_reason, leave_note FROM child WHERE id = ?");
    st.bind_all(child_id);
    if (!st.step()) return p;
    p.first_day = stored_date(st.optional_text(0), "child", child_id, "placed_from");
    p.last_day = stored_date(st.optional_text(1), "child", child_id, "placed_until");
    p.leave_reason =
        known_value(leave_reason_of(st.text(2)), "child", child_id, "leave_reason", st.text(2));
    p.leave_note = st.text(3);
    auto days =
        db.prepare("SELECT weekday, part FROM child_day WHERE child_id = ? ORDER BY weekday");
    days.bind_all(child_id);
    while (days.step())
        p.days.push_back(
            PlacementDay{days.integer(0), known_value(day_part_of(days.text(1)), "child_day",
                                                      child_id, "part", days.text(1))});
    return p;
}

void save_placement(Database& db, std::int64_t child_id, const Placement& p) {
    db.prepare("UPDATE child SET placed_from = ?, placed_until = ?, leave_reason = ?, "
               "leave_note = ? WHERE id = ?")
        .bind_all(date_text(p.first_day), date_text(p.last_day),
                  std::string(word_of(p.leave_reason)), p.leave_note, child_id)
        .run();
    db.prepare("DELETE FROM child_day WHERE child_id = ?").bind_all(child_id).run();
    auto day = db.prepare("INSERT INTO child_day (child_id, weekday, part) VALUES (?, ?, ?)");
    for (const auto& d : p.days) {
        day.bind_all(child_id, d.weekday, std::string(word_of(d.part))).run();
        day.reset();
    }
    if (auto group = group_of_child(db, child_id)) db.touch_board(*group);
}

std::int64_t add_absence(Database& db, const Absence& a) {
    db.prepare("INSERT INTO absence (child_id, first_day, last_day, reason, arrives_at, note, "
               "recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .bind_all(a.child_id, a.first_day.str(), a.last_day.str(), std::string(word_of(a.reason)),
                  a.arrives_at ? std::optional<std::int64_t>(a.arrives_at->minutes) : std::nullopt,
                  a.note, a.recorded_by, a.recorded_at.seconds)
        .run();
    const auto id = db.last_insert_id();
    if (auto group = group_of_child(db, a.child_id)) db.touch_board(*group);
    return id;
}

bool withdraw_absence(Database& db, std::int64_t child_id, std::int64_t absence_id, Instant now) {
    db.prepare("UPDATE absence SET withdrawn_at = ? WHERE id = ? AND child_id = ? "
               "AND withdrawn_at IS NULL")
        .bind_all(now.seconds, absence_id, child_id)
        .run();
    if (db.changes() == 0) return false;
    if (auto group = group_of_child(db, child_id)) db.touch_board(*group);
    return true;
}

std::vector<Absence> absences_on(Database& db, const std::string& group_id, Date date) {
    std::vector<Absence> out;
    auto st = db.prepare(std::string("SELECT ") + absence_columns +
                         " FROM absence a JOIN child c ON c.id = a.child_id "
                         "WHERE c.group_id = ? AND a.withdrawn_at IS NULL AND a.first_day <= ?2 "
                         "AND a.last_day >= ?2 ORDER BY a.id");
    st.bind_all(group_id, date.str());
    while (st.step())
        out.push_back(absence_row(st));
    return out;
}

std::vector<Absence> absences_of_child(Database& db, std::int64_t child_id) {
    std::vector<Absence> out;
    auto st = db.prepare(std::string("SELECT ") + absence_columns +
                         " FROM absence a WHERE a.child_id = ? AND a.withdrawn_at IS NULL "
                         "ORDER BY a.first_day DESC, a.id DESC");
    st.bind_all(child_id);
    while (st.step())
        out.push_back(absence_row(st));
    return out;
}

} // namespace dagritme::store
