// SQL of wall screens: pairing codes, tokens, revocation.
#include "store/screens.hpp"

namespace dagritme::store {
namespace {

Screen read_screen(const Statement& st) {
    return Screen{st.int64(0), st.text(1), st.text(2), st.int64(3), st.optional_int64(4)};
}

constexpr const char* screen_columns =
    "SELECT id, group_id, name, created_at, revoked_at FROM screen ";

} // namespace

void add_pairing(Database& db, const std::string& code, const std::string& secret_hash,
                 const std::string& client_address, std::int64_t now, std::int64_t expires_at) {
    remove_expired_pairings(db, now);
    db.prepare(
          "INSERT INTO screen_pairing (code, secret_hash, client_address, created_at, expires_at) "
          "VALUES (?, ?, ?, ?, ?)")
        .bind_all(code, secret_hash, client_address, now, expires_at)
        .run();
}

int remove_expired_pairings(Database& db, std::int64_t now) {
    db.prepare("DELETE FROM screen_pairing WHERE expires_at <= ?").bind_all(now).run();
    return db.changes();
}

int open_pairings_from(Database& db, const std::string& client_address, std::int64_t now) {
    auto st = db.prepare("SELECT count(*) FROM screen_pairing "
                         "WHERE client_address = ? AND expires_at > ? AND screen_id IS NULL");
    st.bind_all(client_address, now);
    st.step();
    return st.integer(0);
}

void remove_oldest_pairing_from(Database& db, const std::string& client_address, std::int64_t now) {
    db.prepare("DELETE FROM screen_pairing WHERE code = (SELECT code FROM screen_pairing "
               "WHERE client_address = ? AND expires_at > ? AND screen_id IS NULL "
               "ORDER BY created_at, rowid LIMIT 1)")
        .bind_all(client_address, now)
        .run();
}

std::vector<OpenPairing> open_pairings_by_age(Database& db, std::int64_t now) {
    auto st = db.prepare("SELECT code, client_address FROM screen_pairing "
                         "WHERE expires_at > ? AND screen_id IS NULL ORDER BY created_at, rowid");
    st.bind_all(now);
    std::vector<OpenPairing> out;
    while (st.step())
        out.push_back(OpenPairing{st.text(0), st.text(1)});
    return out;
}

void remove_pairing(Database& db, const std::string& code) {
    db.prepare("DELETE FROM screen_pairing WHERE code = ?").bind_all(code).run();
}

bool pairing_code_in_use(Database& db, const std::string& code, std::int64_t now) {
    auto st = db.prepare("SELECT 1 FROM screen_pairing WHERE code = ? AND expires_at > ?");
    st.bind_all(code, now);
    return st.step();
}

int open_pairings(Database& db, std::int64_t now) {
    auto st = db.prepare(
        "SELECT count(*) FROM screen_pairing WHERE expires_at > ? AND screen_id IS NULL");
    st.bind_all(now);
    st.step();
    return st.integer(0);
}

std::optional<Screen> pair_screen(Database& db, const std::string& code,
                                  const std::string& group_id, const std::string& name,
                                  std::int64_t now) {
    auto pending = db.prepare("SELECT secret_hash FROM screen_pairing "
                              "WHERE code = ? AND expires_at > ? AND screen_id IS NULL");
    pending.bind_all(code, now);
    if (!pending.step()) return std::nullopt;
    db.prepare("INSERT INTO screen (group_id, name, token_hash, created_at) VALUES (?, ?, ?, ?)")
        .bind_all(group_id, name, pending.text(0), now)
        .run();
    const auto id = db.last_insert_id();
    db.prepare("UPDATE screen_pairing SET screen_id = ? WHERE code = ?").bind_all(id, code).run();
    return Screen{id, group_id, name, now, std::nullopt};
}

std::optional<PairingStatus> collect_pairing(Database& db, const std::string& secret_hash,
                                             std::int64_t now) {
    auto st = db.prepare(
        "SELECT p.code, p.screen_id, s.group_id, s.name FROM screen_pairing p "
        "LEFT JOIN screen s ON s.id = p.screen_id WHERE p.secret_hash = ? AND p.expires_at > ?");
    st.bind_all(secret_hash, now);
    if (!st.step()) return std::nullopt;
    if (st.is_null(1)) return PairingStatus{};
    PairingStatus status{true, st.text(2), st.text(3)};
    db.prepare("DELETE FROM screen_pairing WHERE code = ?").bind_all(st.text(0)).run();
    return status;
}

std::optional<Screen> screen_by_token(Database& db, const std::string& token_hash) {
    auto st =
        db.prepare(std::string(screen_columns) + "WHERE token_hash = ? AND revoked_at IS NULL");
    st.bind_all(token_hash);
    if (!st.step()) return std::nullopt;
    return read_screen(st);
}

std::vector<Screen> list_screens(Database& db) {
    std::vector<Screen> out;
    auto st = db.prepare(std::string(screen_columns) + "ORDER BY id");
    while (st.step())
        out.push_back(read_screen(st));
    return out;
}

bool revoke_screen(Database& db, std::int64_t id, std::int64_t now) {
    db.prepare("UPDATE screen SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")
        .bind_all(now, id)
        .run();
    return db.changes() > 0;
}

} // namespace dagritme::store
