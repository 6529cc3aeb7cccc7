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
    db.prepare("INSERT INTO staff (group_id, first_name, surname, photo, account_id) "
               "VALUES (?, ?, ?, ?, ?)")
        .bind_all(s.group_id, s.first_name, s.surname, s.photo, s.account_id)
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
    db.prepare("INSERT INTO parent (family_id, first_name, surname, relation, relation_kind) "
               "VALUES (?, ?, ?, ?, ?)")
        .bind_all(p.family_id, p.first_name, p.surname, p.relation,
                  std::string(word_of(p.relation_kind)))
        .run();
    return db.last_insert_id();
}

std::int64_t add_child(Database& db, const Child& c) {
    db.prepare("INSERT INTO child (group_id, family_id, first_name, surname, birth_date, photo, "
               "photo_consent, own_place_item, consent_given_by, consent_given_on) "
               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .bind_all(c.group_id, c.family_id, c.first_name, c.surname, c.birth_date.str(), c.photo,
                  c.photo_consent, c.own_place_item, c.consent_given_by,
                  c.consent_given_on ? std::optional<std::string>(c.consent_given_on->str())
                                     : std::nullopt)
        .run();
    const auto id = db.last_insert_id();
    save_placement(db, id, c.placement);
    db.touch_board(c.group_id);
    return id;
}

void update_child(Database& db, const Child& c) {
    db.prepare("UPDATE child SET group_id = ?, first_name = ?, surname = ?, birth_date = ?, "
               "own_place_item = ? WHERE id = ?")
        .bind_all(c.group_id, c.first_name, c.surname, c.birth_date.str(), c.own_place_item, c.id)
        .run();
    save_placement(db, c.id, c.placement);
    db.touch_board(c.group_id);
}

namespace {

template <typename Key>
std::vector<Child> children_where(Database& db, const std::string& condition, const Key& key) {
    std::vector<Child> out;
    auto st = db.prepare("SELECT id, group_id, family_id, first_name, surname, birth_date, photo, "
                         "photo_consent, own_place_item, consent_given_by, consent_given_on "
                         "FROM child WHERE " +
                         condition + " ORDER BY id");
    st.bind_all(key);
    while (st.step()) {
        const auto id = st.int64(0);
        Child c{id,
                st.text(1),
                st.int64(2),
                st.text(3),
                st.text(4),
                known_value(Date::parse(st.text(5)), "child", id, "birth_date", st.text(5)),
                st.optional_text(6),
                st.integer(7) != 0,
                st.text(8)};
        c.consent_given_by = st.text(9);
        if (const auto on = st.optional_text(10))
            c.consent_given_on =
                known_value(Date::parse(*on), "child", id, "consent_given_on", *on);
        out.push_back(std::move(c));
    }
    for (auto& c : out)
        c.placement = load_placement(db, c.id);
    return out;
}

} // namespace

std::vector<Child> children_of_group(Database& db, const std::string& group_id) {
    return children_where(db, "group_id = ?", group_id);
}

std::vector<Child> children_of_family(Database& db, std::int64_t family_id) {
    return children_where(db, "family_id = ?", family_id);
}

std::optional<Child> load_child(Database& db, std::int64_t child_id) {
    auto found = children_where(db, "id = ?", child_id);
    if (found.empty()) return std::nullopt;
    return std::move(found.front());
}

std::vector<Staff> staff_of_group(Database& db, const std::string& group_id) {
    std::vector<Staff> out;
    auto st = db.prepare("SELECT id, first_name, surname, photo, account_id FROM staff "
                         "WHERE group_id = ? AND left_at IS NULL ORDER BY id");
    st.bind_all(group_id);
    while (st.step())
        out.push_back(Staff{st.int64(0), group_id, st.text(1), st.text(2), st.optional_text(3),
                            st.optional_int64(4)});
    return out;
}

std::optional<Staff> staff_of_account(Database& db, std::int64_t account_id) {
    auto st = db.prepare("SELECT id, group_id, first_name, surname, photo FROM staff "
                         "WHERE account_id = ? AND left_at IS NULL");
    st.bind_all(account_id);
    if (!st.step()) return std::nullopt;
    return Staff{st.int64(0), st.text(1), st.text(2), st.text(3), st.optional_text(4), account_id};
}

std::optional<Staff> load_staff(Database& db, std::int64_t staff_id) {
    auto st = db.prepare(
        "SELECT group_id, first_name, surname, photo, account_id FROM staff WHERE id = ?");
    st.bind_all(staff_id);
    if (!st.step()) return std::nullopt;
    return Staff{staff_id,   st.text(0),          st.text(1),
                 st.text(2), st.optional_text(3), st.optional_int64(4)};
}

void update_staff(Database& db, const Staff& s) {
    const auto before = group_of_staff(db, s.id);
    db.prepare("UPDATE staff SET group_id = ?, first_name = ?, surname = ?, account_id = ? "
               "WHERE id = ?")
        .bind_all(s.group_id, s.first_name, s.surname, s.account_id, s.id)
        .run();
    if (before && *before != s.group_id) db.touch_board(*before);
    db.touch_board(s.group_id);
}

void staff_leaves(Database& db, std::int64_t staff_id, Instant at) {
    db.prepare("UPDATE staff SET left_at = ?, account_id = NULL WHERE id = ?")
        .bind_all(at.seconds, staff_id)
        .run();
    if (auto group = group_of_staff(db, staff_id)) db.touch_board(*group);
}

std::vector<Parent> parents_of_group(Database& db, const std::string& group_id) {
    std::vector<Parent> out;
    auto st = db.prepare("SELECT id, family_id, first_name, surname, relation, relation_kind, "
                         "custody, contact_order, mentor_allows FROM parent "
                         "WHERE family_id IN (SELECT family_id FROM child WHERE group_id = ?) "
                         "ORDER BY id");
    st.bind_all(group_id);
    while (st.step()) {
        std::optional<bool> custody;
        if (const auto value = st.optional_int64(6)) custody = *value != 0;
        out.push_back(Parent{st.int64(0), st.int64(1), st.text(2), st.text(3), st.text(4),
                             relation_kind_of(st.text(5)).value_or(RelationKind::other),
                             may_announce(custody, st.integer(7) != 0, st.integer(8) != 0)});
    }
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

void set_consent_details(Database& db, std::int64_t child_id, const std::string& given_by,
                         std::optional<Date> given_on) {
    db.prepare("UPDATE child SET consent_given_by = ?, consent_given_on = ? WHERE id = ?")
        .bind_all(given_by, given_on ? std::optional<std::string>(given_on->str()) : std::nullopt,
                  child_id)
        .run();
}

} // namespace dagritme::store
