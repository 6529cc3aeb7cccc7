// SQL of record_change.
#include "store/record_changes.hpp"

namespace dagritme::store {

void keep_change(Database& db, std::int64_t family_id, const RecordChange& c) {
    if (c.old_value == c.new_value) return;
    db.prepare("INSERT INTO record_change (family_id, subject, field, old_value, new_value, "
               "changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
        .bind_all(family_id, c.subject, c.field, c.old_value, c.new_value, c.changed_by,
                  c.changed_at.seconds)
        .run();
}

std::vector<RecordChange> record_changes(Database& db, std::int64_t family_id) {
    std::vector<RecordChange> out;
    auto st = db.prepare("SELECT r.subject, r.field, r.old_value, r.new_value, r.changed_by, "
                         "COALESCE(a.name, ''), r.changed_at FROM record_change r "
                         "LEFT JOIN user_account a ON a.id = r.changed_by "
                         "WHERE r.family_id = ? ORDER BY r.changed_at DESC, r.id DESC");
    st.bind_all(family_id);
    while (st.step())
        out.push_back(RecordChange{st.text(0), st.text(1), st.text(2), st.text(3),
                                   st.optional_int64(4), st.text(5), Instant{st.int64(6)}});
    return out;
}

} // namespace dagritme::store
