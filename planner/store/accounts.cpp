// SQL of staff accounts and their sessions.
#include "store/accounts.hpp"

namespace dagritme::store {

std::int64_t add_account(Database& db, const std::string& name, Role role,
                         const std::string& password_hash, std::int64_t now) {
    auto existing = db.prepare("SELECT 1 FROM user_account WHERE name = ?");
    existing.bind_all(name);
    if (existing.step()) throw StoreError("an account named \"" + name + "\" exists already");
    db.prepare(
          "INSERT INTO user_account (name, role, password_hash, created_at) VALUES (?, ?, ?, ?)")
        .bind_all(name, std::string(name_of(role)), password_hash, now)
        .run();
    return db.last_insert_id();
}

void set_account_groups(Database& db, std::int64_t account_id,
                        const std::vector<std::string>& groups) {
    db.prepare("DELETE FROM account_group WHERE account_id = ?").bind_all(account_id).run();
    auto known = db.prepare("SELECT 1 FROM grp WHERE id = ?");
    auto insert = db.prepare("INSERT OR IGNORE INTO account_group VALUES (?, ?)");
    for (const auto& group : groups) {
        known.bind_all(group);
        if (!known.step()) throw StoreError("unknown group \"" + group + "\"");
        known.reset();
        insert.bind_all(account_id, group).run();
        insert.reset();
    }
}

namespace {

std::vector<std::string> groups_of(Database& db, std::int64_t account_id) {
    auto st =
        db.prepare("SELECT group_id FROM account_group WHERE account_id = ? ORDER BY group_id");
    st.bind_all(account_id);
    std::vector<std::string> out;
    while (st.step())
        out.push_back(st.text(0));
    return out;
}

} // namespace

std::vector<AccountSummary> list_accounts(Database& db) {
    auto st = db.prepare("SELECT id, name, role, disabled_at IS NOT NULL FROM user_account "
                         "ORDER BY name");
    std::vector<AccountSummary> out;
    while (st.step())
        out.push_back(
            {st.int64(0),
             st.text(1),
             known_value(role_from(st.text(2)), "user_account", st.int64(0), "role", st.text(2)),
             {},
             st.integer(3) != 0});
    for (auto& a : out)
        a.groups = groups_of(db, a.id);
    return out;
}

bool account_name_taken(Database& db, const std::string& name) {
    auto st = db.prepare("SELECT 1 FROM user_account WHERE name = ?");
    st.bind_all(name);
    return st.step();
}

std::optional<Account> find_account(Database& db, const std::string& name) {
    auto st = db.prepare("SELECT id, name, role, password_hash FROM user_account WHERE name = ? "
                         "AND disabled_at IS NULL");
    st.bind_all(name);
    if (!st.step()) return std::nullopt;
    Account account{
        st.int64(0),
        st.text(1),
        known_value(role_from(st.text(2)), "user_account", st.int64(0), "role", st.text(2)),
        st.text(3),
        {}};
    account.groups = groups_of(db, account.id);
    return account;
}

namespace {

// After a change to an account (the statement just run): false when it changed no row;
// otherwise every open session of the account ends.
bool end_sessions_if_changed(Database& db, const std::string& name) {
    if (db.changes() == 0) return false;
    db.prepare(
          "DELETE FROM staff_session WHERE user_id = (SELECT id FROM user_account WHERE name = ?)")
        .bind_all(name)
        .run();
    return true;
}

} // namespace

bool disable_account(Database& db, const std::string& name, std::int64_t now) {
    db.prepare("UPDATE user_account SET disabled_at = ? WHERE name = ? AND disabled_at IS NULL")
        .bind_all(now, name)
        .run();
    return end_sessions_if_changed(db, name);
}

bool set_password(Database& db, const std::string& name, const std::string& password_hash) {
    db.prepare("UPDATE user_account SET password_hash = ? WHERE name = ?")
        .bind_all(password_hash, name)
        .run();
    return end_sessions_if_changed(db, name);
}

void add_session(Database& db, const std::string& token_hash, std::int64_t user_id,
                 const std::string& csrf_token, std::int64_t now, std::int64_t expires_at) {
    db.prepare("INSERT INTO staff_session (token_hash, user_id, csrf_token, created_at, "
               "expires_at, last_seen) "
               "VALUES (?, ?, ?, ?, ?, ?)")
        .bind_all(token_hash, user_id, csrf_token, now, expires_at, now)
        .run();
}

std::optional<StaffSession> find_session(Database& db, const std::string& token_hash,
                                         std::int64_t now, std::int64_t idle_limit) {
    auto st = db.prepare("SELECT u.id, u.name, u.role, s.csrf_token, s.expires_at, s.last_seen, "
                         "s.tablet_group FROM staff_session s "
                         "JOIN user_account u ON u.id = s.user_id WHERE s.token_hash = ? AND "
                         "s.expires_at > ? AND s.last_seen > ? AND u.disabled_at IS NULL");
    st.bind_all(token_hash, now, now - idle_limit);
    if (!st.step()) return std::nullopt;
    StaffSession session{
        Account{st.int64(0),
                st.text(1),
                known_value(role_from(st.text(2)), "user_account", st.int64(0), "role", st.text(2)),
                {},
                {}},
        st.text(3), st.int64(4), st.int64(5)};
    session.account.groups = groups_of(db, session.account.id);
    // A session opened with a PIN on a group's tablet acts as a group leader of that group only:
    // no family records, no other group, no administration.
    if (const auto tablet = st.optional_text(6)) {
        session.account.groups = {*tablet};
        session.account.role = Role::group_leader;
    }
    return session;
}

std::optional<EndedSession> session_of_token(Database& db, const std::string& token_hash) {
    auto st = db.prepare("SELECT u.id, u.name, s.csrf_token FROM staff_session s "
                         "JOIN user_account u ON u.id = s.user_id WHERE s.token_hash = ?");
    st.bind(1, token_hash);
    if (!st.step()) return std::nullopt;
    return EndedSession{st.int64(0), st.text(1), st.text(2)};
}

std::optional<std::int64_t> account_of_csrf(Database& db, const std::string& csrf_token) {
    auto st = db.prepare("SELECT user_id FROM staff_session WHERE csrf_token = ?");
    st.bind(1, csrf_token);
    if (!st.step()) return std::nullopt;
    return st.int64(0);
}

void touch_session(Database& db, const std::string& token_hash, std::int64_t now) {
    db.prepare("UPDATE staff_session SET last_seen = ? WHERE token_hash = ?")
        .bind_all(now, token_hash)
        .run();
}

void remove_session(Database& db, const std::string& token_hash) {
    db.prepare("DELETE FROM staff_session WHERE token_hash = ?").bind_all(token_hash).run();
}

void remove_expired_sessions(Database& db, std::int64_t now) {
    db.prepare("DELETE FROM staff_session WHERE expires_at <= ?").bind_all(now).run();
}

} // namespace dagritme::store
