// Staff accounts and their login sessions. Passwords are stored as Argon2id hashes and
// session tokens as SHA-256 hashes (see auth/secrets.hpp): the database holds no secret.
#pragma once

#include "domain/roles.hpp"
#include "store/database.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace dagritme::store {

struct Account {
    std::int64_t id = 0;
    std::string name;
    Role role = Role::group_leader;
    std::string password_hash;
    std::vector<std::string> groups; // the groups the account works in (ids)
};

struct StaffSession {
    Account account;
    std::string csrf_token;
    std::int64_t expires_at = 0;
    std::int64_t last_seen = 0;
};

// Throws StoreError when the name is taken.
std::int64_t add_account(Database& db, const std::string& name, Role role,
                         const std::string& password_hash, std::int64_t now);
// Sets the groups an account works in (replacing the previous ones). Throws StoreError for an
// unknown group.
void set_account_groups(Database& db, std::int64_t account_id,
                        const std::vector<std::string>& groups);
// Every account, enabled or not, by name: for the administrator's page.
struct AccountSummary {
    std::int64_t id = 0;
    std::string name;
    Role role = Role::group_leader;
    std::vector<std::string> groups;
    bool disabled = false;
};
std::vector<AccountSummary> list_accounts(Database& db);
bool account_name_taken(Database& db, const std::string& name);
// An enabled account of this name, or nothing.
std::optional<Account> find_account(Database& db, const std::string& name);
// Both end every session of the account at once. False when there is no such account.
bool disable_account(Database& db, const std::string& name, std::int64_t now);
bool set_password(Database& db, const std::string& name, const std::string& password_hash);

void add_session(Database& db, const std::string& token_hash, std::int64_t user_id,
                 const std::string& csrf_token, std::int64_t now, std::int64_t expires_at);
// The live session of this token hash: not expired, used within `idle_limit` seconds, of an
// enabled account. Otherwise nothing.
std::optional<StaffSession> find_session(Database& db, const std::string& token_hash,
                                         std::int64_t now, std::int64_t idle_limit);
// The account a session belonged to, also after it ended by idleness (its row is kept until its
// lifetime ends), with its CSRF token: to prove that a form posted after the end came from
// that session's page. Nothing when there is no such row.
struct EndedSession {
    std::int64_t account_id = 0;
    std::string account_name;
    std::string csrf_token;
};
std::optional<EndedSession> session_of_token(Database& db, const std::string& token_hash);
// The account whose session (live or ended, while its row is kept) has this CSRF token.
std::optional<std::int64_t> account_of_csrf(Database& db, const std::string& csrf_token);
void touch_session(Database& db, const std::string& token_hash, std::int64_t now);
void remove_session(Database& db, const std::string& token_hash);
void remove_expired_sessions(Database& db, std::int64_t now);

} // namespace dagritme::store
