// The audit log as stored.
#include "store/audit.hpp"

namespace dagritme::store {
namespace {

constexpr const char* columns =
    "id, at, account_id, account, role, action, family_id, child_id, what, client, outcome";

AuditEntry read_entry(const Statement& st) {
    AuditEntry e;
    e.id = st.int64(0);
    e.at = st.int64(1);
    e.account_id = st.optional_int64(2);
    e.account = st.text(3);
    e.role = st.text(4);
    const auto action = st.text(5);
    e.action = known_value(audit_action_from(action), "audit_log", e.id, "action", action);
    e.family_id = st.optional_int64(6);
    e.child_id = st.optional_int64(7);
    e.what = st.text(8);
    e.client = st.text(9);
    const auto outcome = st.text(10);
    e.outcome = known_value(audit_outcome_from(outcome), "audit_log", e.id, "outcome", outcome);
    return e;
}

std::vector<AuditEntry> entries(Statement st) {
    std::vector<AuditEntry> out;
    while (st.step())
        out.push_back(read_entry(st));
    return out;
}

} // namespace

std::int64_t append_audit(Database& db, const AuditEntry& e) {
    db.prepare("INSERT INTO audit_log (at, account_id, account, role, action, family_id, "
               "child_id, what, client, outcome) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .bind_all(e.at, e.account_id, e.account, e.role, name_of(e.action), e.family_id, e.child_id,
                  e.what, e.client, name_of(e.outcome))
        .run();
    return db.last_insert_id();
}

std::vector<AuditEntry> audit_of_family(Database& db, std::int64_t family_id, int limit) {
    auto st = db.prepare(std::string("SELECT ") + columns +
                         " FROM audit_log WHERE family_id = ? ORDER BY at DESC, id DESC LIMIT ?");
    st.bind_all(family_id, limit);
    return entries(std::move(st));
}

std::vector<AuditEntry> audit_of_account(Database& db, std::int64_t account_id, int limit) {
    auto st = db.prepare(std::string("SELECT ") + columns +
                         " FROM audit_log WHERE account_id = ? ORDER BY at DESC, id DESC LIMIT ?");
    st.bind_all(account_id, limit);
    return entries(std::move(st));
}

std::vector<AuditAccountSummary> audit_by_account(Database& db) {
    auto st = db.prepare("SELECT account_id, account, role, count(*), "
                         "sum(outcome = 'refused'), max(at) FROM audit_log "
                         "GROUP BY account_id, account, role ORDER BY max(at) DESC");
    std::vector<AuditAccountSummary> out;
    while (st.step())
        out.push_back(
            {st.optional_int64(0), st.text(1), st.text(2), st.int64(3), st.int64(4), st.int64(5)});
    return out;
}

std::map<std::int64_t, std::string> family_names(Database& db) {
    std::map<std::int64_t, std::string> names;
    auto st = db.prepare("SELECT id, name FROM family");
    while (st.step())
        names[st.int64(0)] = st.text(1);
    return names;
}

std::optional<std::optional<std::int64_t>> family_mentor_account(Database& db,
                                                                 std::int64_t family_id) {
    auto st = db.prepare("SELECT mentor_account FROM family WHERE id = ?");
    st.bind(1, family_id);
    if (!st.step()) return std::nullopt;
    return st.optional_int64(0);
}

} // namespace dagritme::store
