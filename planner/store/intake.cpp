// SQL of the intake: family and parent rows.
#include "store/intake.hpp"

#include "store/family_record.hpp"

namespace dagritme::store {
namespace {

std::optional<std::string> date_text(const std::optional<Date>& date) {
    if (!date) return std::nullopt;
    return date->str();
}

std::optional<std::int64_t> custody_value(const std::optional<bool>& custody) {
    if (!custody) return std::nullopt;
    return *custody ? 1 : 0;
}

} // namespace

std::int64_t add_family_intake(Database& db, const IntakeRow& row, Instant now) {
    db.prepare("INSERT INTO family (name, plaatser, plaatser_contact, mentor_account, "
               "registered_on, last_changed_at) VALUES (?, ?, ?, ?, ?, ?)")
        .bind_all(row.name, row.plaatser, row.plaatser_contact, row.mentor_account,
                  date_text(row.registered_on), now.seconds)
        .run();
    return db.last_insert_id();
}

void save_family_intake(Database& db, std::int64_t family_id, const IntakeRow& row, Instant now) {
    db.prepare("UPDATE family SET name = ?, plaatser = ?, plaatser_contact = ?, "
               "mentor_account = ?, registered_on = ?, last_changed_at = ? WHERE id = ?")
        .bind_all(row.name, row.plaatser, row.plaatser_contact, row.mentor_account,
                  date_text(row.registered_on), now.seconds, family_id)
        .run();
}

std::optional<IntakeRow> load_family_intake(Database& db, std::int64_t family_id) {
    auto st = db.prepare("SELECT name, plaatser, plaatser_contact, mentor_account, registered_on "
                         "FROM family WHERE id = ?");
    st.bind_all(family_id);
    if (!st.step()) return std::nullopt;
    IntakeRow row{st.text(0), st.text(1), st.text(2), st.optional_int64(3), std::nullopt};
    if (const auto on = st.optional_text(4))
        row.registered_on =
            known_value(Date::parse(*on), "family", family_id, "registered_on", *on);
    return row;
}

std::int64_t add_parent_details(Database& db, std::int64_t family_id, const ParentDetails& p,
                                Instant now) {
    db.prepare("INSERT INTO parent (family_id, first_name, surname, relation, relation_kind, "
               "phone, email, address, custody, custody_note, contact_order, mentor_allows) "
               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .bind_all(family_id, p.parent.first_name, p.parent.surname, p.parent.relation,
                  std::string(word_of(p.parent.relation_kind)), p.contact.phone, p.contact.email,
                  p.contact.address, custody_value(p.contact.custody), p.contact.custody_note,
                  p.contact_order, p.mentor_allows)
        .run();
    const auto id = db.last_insert_id();
    touch_family_record(db, family_id, now);
    return id;
}

bool save_parent_details(Database& db, std::int64_t family_id, const ParentDetails& p,
                         Instant now) {
    db.prepare("UPDATE parent SET first_name = ?, surname = ?, relation = ?, relation_kind = ?, "
               "phone = ?, email = ?, address = ?, custody = ?, custody_note = ?, "
               "contact_order = ?, mentor_allows = ? WHERE id = ? AND family_id = ?")
        .bind_all(p.parent.first_name, p.parent.surname, p.parent.relation,
                  std::string(word_of(p.parent.relation_kind)), p.contact.phone, p.contact.email,
                  p.contact.address, custody_value(p.contact.custody), p.contact.custody_note,
                  p.contact_order, p.mentor_allows, p.parent.id, family_id)
        .run();
    if (db.changes() == 0) return false;
    touch_family_record(db, family_id, now);
    return true;
}

} // namespace dagritme::store
