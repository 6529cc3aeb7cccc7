// The family record's SQL: the record with its parents, children and phases, the list of
// families, and the writes of the mentor's forms.
#include "store/family_record.hpp"

#include "store/family_goals.hpp"
#include "store/people.hpp"

namespace dagritme::store {
namespace {

std::optional<Date> optional_date(const Statement& st, int column, std::int64_t row,
                                  std::string_view name) {
    const auto text = st.optional_text(column);
    if (!text) return std::nullopt;
    return known_value(Date::parse(*text), "family", row, name, *text);
}

std::optional<std::string> date_text(const std::optional<Date>& date) {
    if (!date) return std::nullopt;
    return date->str();
}

std::optional<Instant> optional_instant(const Statement& st, int column) {
    const auto value = st.optional_int64(column);
    if (!value) return std::nullopt;
    return Instant{*value};
}

std::vector<PhaseEntry> phases_of_family(Database& db, std::int64_t family_id) {
    std::vector<PhaseEntry> out;
    // In the order they were set: two changes on one day keep their order.
    auto st = db.prepare(
        "SELECT p.phase, p.began, p.changed_by, COALESCE(a.name, ''), p.changed_at, p.note "
        "FROM family_phase p LEFT JOIN user_account a ON a.id = p.changed_by "
        "WHERE p.family_id = ? ORDER BY p.began, p.rowid");
    st.bind_all(family_id);
    while (st.step()) {
        const int phase = st.integer(0);
        if (phase < 1 || phase > 5)
            throw StoreError("family_phase of family " + std::to_string(family_id) +
                             ": unknown phase " + std::to_string(phase));
        out.push_back(PhaseEntry{
            static_cast<Phase>(phase),
            known_value(Date::parse(st.text(1)), "family_phase", family_id, "began", st.text(1)),
            st.optional_int64(2), st.text(3), optional_instant(st, 4), st.text(5)});
    }
    return out;
}

std::vector<ParentDetails> parents_of_family(Database& db, std::int64_t family_id) {
    std::vector<ParentDetails> out;
    auto st = db.prepare("SELECT id, first_name, surname, relation, phone, email, address, "
                         "custody, custody_note, relation_kind, contact_order, mentor_allows "
                         "FROM parent WHERE family_id = ? ORDER BY id");
    st.bind_all(family_id);
    while (st.step()) {
        std::optional<bool> custody;
        if (const auto value = st.optional_int64(7)) custody = *value != 0;
        const bool order = st.integer(10) != 0;
        const bool allows = st.integer(11) != 0;
        out.push_back(ParentDetails{
            Parent{st.int64(0), family_id, st.text(1), st.text(2), st.text(3),
                   relation_kind_of(st.text(9)).value_or(RelationKind::other),
                   may_announce(custody, order, allows)},
            ParentContact{st.text(4), st.text(5), st.text(6), custody, st.text(8)}, order, allows});
    }
    return out;
}

} // namespace

std::optional<FamilyRecord> load_family_record(Database& db, std::int64_t family_id) {
    auto st = db.prepare(
        "SELECT f.name, f.mentor_id, f.plaatser, f.mentor_account, COALESCE(a.name, ''), "
        "COALESCE(s.first_name || ' ' || s.surname, ''), f.help_plan, f.interview_phase2, "
        "f.interview_phase4, f.notes, f.closed_at, f.last_changed_at, f.plaatser_contact, "
        "f.registered_on "
        "FROM family f LEFT JOIN user_account a ON a.id = f.mentor_account "
        "LEFT JOIN staff s ON s.id = f.mentor_id WHERE f.id = ?");
    st.bind_all(family_id);
    if (!st.step()) return std::nullopt;
    FamilyRecord r;
    r.family.id = family_id;
    r.family.name = st.text(0);
    r.family.mentor = st.optional_int64(1);
    r.family.caseworker = st.text(2);
    r.mentor_account = st.optional_int64(3);
    r.mentor_account_name = st.text(4);
    r.mentor_name = st.text(5);
    r.fields.help_plan = optional_date(st, 6, family_id, "help_plan");
    r.fields.interview_phase2 = optional_date(st, 7, family_id, "interview_phase2");
    r.fields.interview_phase4 = optional_date(st, 8, family_id, "interview_phase4");
    r.fields.notes = st.text(9);
    r.closed_at = optional_instant(st, 10);
    r.last_changed_at = optional_instant(st, 11);
    r.intake.plaatser_contact = st.text(12);
    r.intake.registered_on = optional_date(st, 13, family_id, "registered_on");
    r.parents = parents_of_family(db, family_id);
    r.children = children_of_family(db, family_id);
    r.phases = phases_of_family(db, family_id);
    r.goals = family_goals(db, family_id);
    return r;
}

std::vector<FamilySummary> list_families(Database& db, std::optional<std::int64_t> mentor_account) {
    std::vector<FamilySummary> out;
    auto st = db.prepare("SELECT f.id, f.name, f.mentor_account, COALESCE(a.name, '') "
                         "FROM family f LEFT JOIN user_account a ON a.id = f.mentor_account "
                         "WHERE ?1 IS NULL OR f.mentor_account = ?1 ORDER BY f.name, f.id");
    st.bind_all(mentor_account);
    while (st.step())
        out.push_back(FamilySummary{st.int64(0),
                                    st.text(1),
                                    st.optional_int64(2),
                                    st.text(3),
                                    std::nullopt,
                                    std::nullopt,
                                    {}});
    for (auto& f : out) {
        const auto phases = phases_of_family(db, f.id);
        if (!phases.empty()) {
            f.phase = phases.back().phase;
            f.phase_began = phases.back().began;
        }
        f.children = children_of_family(db, f.id);
    }
    return out;
}

void save_record_fields(Database& db, std::int64_t family_id, const RecordFields& fields,
                        Instant now) {
    db.prepare("UPDATE family SET help_plan = ?, interview_phase2 = ?, interview_phase4 = ?, "
               "notes = ?, last_changed_at = ? WHERE id = ?")
        .bind_all(date_text(fields.help_plan), date_text(fields.interview_phase2),
                  date_text(fields.interview_phase4), fields.notes, now.seconds, family_id)
        .run();
}

bool save_parent_contact(Database& db, std::int64_t family_id, std::int64_t parent_id,
                         const ParentContact& contact, Instant now) {
    std::optional<std::int64_t> custody;
    if (contact.custody) custody = *contact.custody ? 1 : 0;
    db.prepare("UPDATE parent SET phone = ?, email = ?, address = ?, custody = ?, "
               "custody_note = ? WHERE id = ? AND family_id = ?")
        .bind_all(contact.phone, contact.email, contact.address, custody, contact.custody_note,
                  parent_id, family_id)
        .run();
    if (db.changes() != 1) return false;
    touch_family_record(db, family_id, now);
    return true;
}

void add_phase_entry(Database& db, std::int64_t family_id, const PhaseEntry& entry, Instant now) {
    std::optional<std::int64_t> changed_at;
    if (entry.changed_at) changed_at = entry.changed_at->seconds;
    db.prepare("INSERT INTO family_phase (family_id, phase, began, changed_by, changed_at, note) "
               "VALUES (?, ?, ?, ?, ?, ?)")
        .bind_all(family_id, static_cast<int>(entry.phase), entry.began.str(), entry.changed_by,
                  changed_at, entry.note)
        .run();
    touch_family_record(db, family_id, now);
}

bool set_family_mentor_account(Database& db, std::int64_t family_id,
                               std::optional<std::int64_t> account_id) {
    db.prepare("UPDATE family SET mentor_account = ? WHERE id = ?")
        .bind_all(account_id, family_id)
        .run();
    return db.changes() == 1;
}

void touch_family_record(Database& db, std::int64_t family_id, Instant now) {
    db.prepare("UPDATE family SET last_changed_at = ? WHERE id = ?")
        .bind_all(now.seconds, family_id)
        .run();
}

} // namespace dagritme::store
