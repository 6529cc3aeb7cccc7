// SQL of tablet PINs and their sessions.
#include "store/tablet.hpp"

namespace dagritme::store {

std::vector<TabletPerson> tablet_people(Database& db, const std::string& group_id) {
    std::vector<TabletPerson> out;
    auto st = db.prepare("SELECT a.id, a.name, s.first_name, s.photo FROM staff s "
                         "JOIN user_account a ON a.id = s.account_id "
                         "WHERE s.group_id = ? AND s.left_at IS NULL AND a.disabled_at IS NULL "
                         "AND a.pin_hash IS NOT NULL AND a.role <> 'admin' "
                         "ORDER BY s.first_name, a.id");
    st.bind_all(group_id);
    while (st.step())
        out.push_back({st.int64(0), st.text(1), st.text(2), st.optional_text(3)});
    return out;
}

std::optional<std::string> tablet_pin_hash(Database& db, const std::string& group_id,
                                           const std::string& name) {
    auto st =
        db.prepare("SELECT a.pin_hash FROM user_account a JOIN staff s ON s.account_id = a.id "
                   "WHERE a.name = ? AND s.group_id = ? AND s.left_at IS NULL "
                   "AND a.disabled_at IS NULL AND a.role <> 'admin'");
    st.bind_all(name, group_id);
    if (!st.step()) return std::nullopt;
    return st.optional_text(0);
}

bool has_pin(Database& db, std::int64_t account_id) {
    auto st = db.prepare("SELECT pin_hash IS NOT NULL FROM user_account WHERE id = ?");
    st.bind_all(account_id);
    return st.step() && st.integer(0) != 0;
}

void set_pin_hash(Database& db, std::int64_t account_id, const std::optional<std::string>& hash) {
    db.prepare("UPDATE user_account SET pin_hash = ? WHERE id = ?")
        .bind_all(hash, account_id)
        .run();
    db.prepare("DELETE FROM staff_session WHERE user_id = ? AND tablet_group IS NOT NULL")
        .bind_all(account_id)
        .run();
}

void add_tablet_session(Database& db, const std::string& token_hash, std::int64_t user_id,
                        const std::string& csrf_token, std::int64_t now, std::int64_t expires_at,
                        const std::string& group_id) {
    db.prepare("INSERT INTO staff_session (token_hash, user_id, csrf_token, created_at, "
               "expires_at, last_seen, tablet_group) VALUES (?, ?, ?, ?, ?, ?, ?)")
        .bind_all(token_hash, user_id, csrf_token, now, expires_at, now, group_id)
        .run();
}

} // namespace dagritme::store
