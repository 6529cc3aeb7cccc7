// SQL of the calendar links.
#include "store/calendar_links.hpp"

namespace dagritme::store {

std::optional<std::int64_t> add_calendar_link(Database& db, std::int64_t family_id,
                                              const std::string& token_hash,
                                              std::optional<std::int64_t> created_by,
                                              std::int64_t now) {
    if (live_calendar_link(db, family_id)) return std::nullopt;
    db.prepare("INSERT INTO calendar_link (token_hash, family_id, created_by, created_at) "
               "VALUES (?, ?, ?, ?)")
        .bind_all(token_hash, family_id, created_by, now)
        .run();
    return db.last_insert_id();
}

std::optional<CalendarLink> live_calendar_link(Database& db, std::int64_t family_id) {
    auto st = db.prepare("SELECT l.id, l.family_id, l.created_by, coalesce(a.name, ''), "
                         "l.created_at FROM calendar_link l "
                         "LEFT JOIN user_account a ON a.id = l.created_by "
                         "WHERE l.family_id = ? AND l.revoked_at IS NULL");
    st.bind_all(family_id);
    if (!st.step()) return std::nullopt;
    return CalendarLink{st.int64(0), st.int64(1), st.optional_int64(2), st.text(3), st.int64(4)};
}

bool revoke_calendar_link(Database& db, std::int64_t family_id, std::int64_t now) {
    db.prepare("UPDATE calendar_link SET revoked_at = ? WHERE family_id = ? AND revoked_at IS NULL")
        .bind_all(now, family_id)
        .run();
    return db.changes() > 0;
}

std::optional<std::int64_t> family_of_calendar_token(Database& db, const std::string& token_hash) {
    auto st = db.prepare(
        "SELECT family_id FROM calendar_link WHERE token_hash = ? AND revoked_at IS NULL");
    st.bind_all(token_hash);
    if (!st.step()) return std::nullopt;
    return st.int64(0);
}

std::string mentor_first_name(Database& db, std::int64_t family_id) {
    auto st = db.prepare("SELECT s.first_name FROM family f JOIN staff s ON s.id = f.mentor_id "
                         "WHERE f.id = ?");
    st.bind_all(family_id);
    return st.step() ? st.text(0) : "";
}

} // namespace dagritme::store
