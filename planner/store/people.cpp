// SQL of staff, families, parents and children, their photos and consent.
#include "store/people.hpp"

#include "store/groups.hpp"

namespace dagritme::store {
namespace {

std::optional<std::string> group_of(Database& db, const char* sql, std::int64_t id) {
    auto st = db.prepare(sql);
    st.bind_all(id);
    if (!st.step()) return std::nullopt;
    return st.text(0);
}

} // namespace

std::int64_t add_staff(Database& db, const Staff& s) {
    db.prepare("INSERT INTO staff (group_id, first_name, surname, photo) VALUES (?, ?, ?, ?)")
        .bind_all(s.group_id, s.first_name, s.surname, s.photo)
        .run();
    const auto id = db.last_insert_id();
    db.touch_board(s.group_id);
    return id;
}

std::int64_t add_family(Database& db, const Family& f) {
    db.prepare("INSERT INTO family (name, mentor_id, plaatser) VALUES (?, ?, ?)")
        .bind_all(f.name, f.mentor, f.caseworker)
        .run();
    const auto id = db.last_insert_id();
    auto phase = db.prepare("INSERT INTO family_phase (family_id, phase, began) VALUES (?, ?, ?)");
    for (const auto& p : f.phases) {
        phase.bind_all(id, static_cast<int>(p.phase), p.began.str()).run();
        phase.reset();
    }
    return id;
}

std::int64_t add_parent(Database& db, const Parent& p) {
    db.prepare("INSERT INTO parent (family_id, first_name, surname, relation) VALUES (?, ?, ?, ?)")
        .bind_all(p.family_id, p.first_name, p.surname, p.relation)
        .run();
    return db.last_insert_id();
}

std::int64_t add_child(Database& db, const Child& c) {
    db.prepare("INSERT INTO child (group_id, family_id, first_name, surname, birth_date, photo, "
               "photo_consent, own_place_item) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .bind_all(c.group_id, c.family_id, c.first_name, c.surname, c.birth_date.str(), c.photo,
                  c.photo_consent, c.own_place_item)
        .run();
    const auto id = db.last_insert_id();
    db.touch_board(c.group_id);
    return id;
}

std::vector<Child> children_of_group(Database& db, const std::string& group_id) {
    std::vector<Child> out;
    auto st = db.prepare("SELECT id, family_id, first_name, surname, birth_date, photo, "
                         "photo_consent, own_place_item FROM child WHERE group_id = ? ORDER BY id");
    st.bind_all(group_id);
    while (st.step())
        out.push_back(Child{
            st.int64(0), group_id, st.int64(1), st.text(2), st.text(3),
            known_value(Date::parse(st.text(4)), "child", st.int64(0), "birth_date", st.text(4)),
            st.optional_text(5), st.integer(6) != 0, st.text(7)});
    return out;
}

std::vector<Staff> staff_of_group(Database& db, const std::string& group_id) {
    std::vector<Staff> out;
    auto st = db.prepare(
        "SELECT id, first_name, surname, photo FROM staff WHERE group_id = ? ORDER BY id");
    st.bind_all(group_id);
    while (st.step())
        out.push_back(Staff{st.int64(0), group_id, st.text(1), st.text(2), st.optional_text(3)});
    return out;
}

std::vector<Parent> parents_of_group(Database& db, const std::string& group_id) {
    std::vector<Parent> out;
    auto st = db.prepare("SELECT id, family_id, first_name, surname, relation FROM parent "
                         "WHERE family_id IN (SELECT family_id FROM child WHERE group_id = ?) "
                         "ORDER BY id");
    st.bind_all(group_id);
    while (st.step())
        out.push_back(Parent{st.int64(0), st.int64(1), st.text(2), st.text(3), st.text(4)});
    return out;
}

std::optional<Family> load_family(Database& db, std::int64_t id) {
    auto st = db.prepare("SELECT name, mentor_id, plaatser FROM family WHERE id = ?");
    st.bind_all(id);
    if (!st.step()) return std::nullopt;
    Family f{id, st.text(0), st.optional_int64(1), st.text(2), {}};
    auto phases = db.prepare(
        "SELECT phase, began FROM family_phase WHERE family_id = ? ORDER BY began, phase");
    phases.bind_all(id);
    while (phases.step())
        f.phases.push_back(PhaseStart{
            static_cast<Phase>(phases.integer(0)),
            known_value(Date::parse(phases.text(1)), "family_phase", id, "began", phases.text(1))});
    return f;
}

std::int64_t count_children(Database& db) {
    auto st = db.prepare("SELECT count(*) FROM child");
    st.step();
    return st.int64(0);
}

std::optional<std::string> group_of_child(Database& db, std::int64_t child_id) {
    return group_of(db, "SELECT group_id FROM child WHERE id = ?", child_id);
}

std::optional<std::string> group_of_staff(Database& db, std::int64_t staff_id) {
    return group_of(db, "SELECT group_id FROM staff WHERE id = ?", staff_id);
}

} // namespace dagritme::store

namespace dagritme::store {

void set_child_photo(Database& db, std::int64_t child_id, const std::optional<std::string>& hash) {
    db.prepare("UPDATE child SET photo = ? WHERE id = ?").bind_all(hash, child_id).run();
    if (auto group = group_of_child(db, child_id)) db.touch_board(*group);
}

void set_staff_photo(Database& db, std::int64_t staff_id, const std::optional<std::string>& hash) {
    db.prepare("UPDATE staff SET photo = ? WHERE id = ?").bind_all(hash, staff_id).run();
    if (auto group = group_of_staff(db, staff_id)) db.touch_board(*group);
}

void set_photo_consent(Database& db, std::int64_t child_id, bool consent) {
    db.prepare("UPDATE child SET photo_consent = ? WHERE id = ?").bind_all(consent, child_id).run();
    if (auto group = group_of_child(db, child_id)) db.touch_board(*group);
}

} // namespace dagritme::store
