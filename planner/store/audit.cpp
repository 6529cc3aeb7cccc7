// The audit log as stored.
#include "store/audit.hpp"

#include "store/audit_chain.hpp"

namespace dagritme::store {
namespace {

constexpr const char* columns =
    "id, at, account_id, account, role, action, family_id, child_id, what, client, outcome, "
    "kind, group_id, children, count_key, counts_until, repeats, chain";

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
    const auto kind = st.text(11);
    e.kind = known_value(audit_kind_from(kind), "audit_log", e.id, "kind", kind);
    e.group_id = st.optional_text(12);
    if (const auto children = st.optional_text(13))
        e.children =
            known_value(children_from(*children), "audit_log", e.id, "children", *children);
    e.count_key = st.optional_text(14);
    e.counts_until = st.optional_int64(15);
    e.repeats = st.int64(16);
    e.chain = st.text(17);
    return e;
}

std::vector<AuditEntry> entries(Statement st) {
    std::vector<AuditEntry> out;
    while (st.step())
        out.push_back(read_entry(st));
    return out;
}

std::int64_t insert_chained(Database& db, AuditEntry e) {
    auto last = db.prepare("SELECT id, chain FROM audit_log ORDER BY id DESC LIMIT 1");
    std::string previous;
    e.id = 1;
    if (last.step()) {
        e.id = last.int64(0) + 1;
        previous = last.text(1);
    }
    e.chain = audit_link(previous, chained_fields(e));
    db.prepare("INSERT INTO audit_log (id, at, account_id, account, role, action, family_id, "
               "child_id, what, client, outcome, kind, group_id, children, count_key, "
               "counts_until, repeats, chain) "
               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)")
        .bind_all(e.id, e.at, e.account_id, e.account, e.role, name_of(e.action), e.family_id,
                  e.child_id, e.what, e.client, name_of(e.outcome), name_of(e.kind), e.group_id,
                  e.children.empty() ? std::nullopt
                                     : std::optional<std::string>(children_text(e.children)),
                  e.count_key, e.counts_until, e.chain)
        .run();
    return e.id;
}

// `write` inside the caller's transaction, or in one of its own: reading the last link and
// appending the next are one step.
template <class Write> auto in_transaction(Database& db, Write write) {
    if (db.in_transaction()) return write();
    Transaction tx{db};
    auto result = write();
    tx.commit();
    return result;
}

// The condition of each choice of AuditShown, in its order.
constexpr const char* shown_conditions[] = {"1", "kind IN ('record', 'care')", "kind = 'feed'",
                                            "outcome = 'refused'", "kind = 'security'"};

} // namespace

std::int64_t append_audit(Database& db, const AuditEntry& e) {
    return in_transaction(db, [&] {
        auto entry = e;
        entry.count_key.reset();
        entry.counts_until.reset();
        return insert_chained(db, std::move(entry));
    });
}

AuditCount count_audit(Database& db, const AuditEntry& e, std::int64_t window) {
    return in_transaction(db, [&]() -> AuditCount {
        auto open = db.prepare("SELECT id FROM audit_log WHERE count_key = ? AND counts_until > ? "
                               "ORDER BY id DESC LIMIT 1");
        open.bind_all(e.count_key.value_or(""), e.at);
        if (open.step()) {
            const auto id = open.int64(0);
            db.prepare("UPDATE audit_log SET repeats = repeats + 1 WHERE id = ?").bind(1, id).run();
            return {id, false};
        }
        auto entry = e;
        if (!entry.count_key) entry.count_key = "";
        entry.counts_until = e.at + window;
        return {insert_chained(db, std::move(entry)), true};
    });
}

AuditPage audit_page(Database& db, const AuditQuery& query) {
    const std::string where = std::string(" FROM audit_log WHERE (? IS NULL OR account_id = ?) AND "
                                          "(? IS NULL OR family_id = ?) AND ") +
                              shown_conditions[static_cast<std::size_t>(query.shown)];
    AuditPage page;
    ReadSnapshot snapshot{db};
    auto count = db.prepare("SELECT count(*)" + where);
    count.bind_all(query.account_id, query.account_id, query.family_id, query.family_id);
    count.step();
    page.total = count.int64(0);
    auto st =
        db.prepare(std::string("SELECT ") + columns + where + " ORDER BY id DESC LIMIT ? OFFSET ?");
    st.bind_all(query.account_id, query.account_id, query.family_id, query.family_id,
                static_cast<std::int64_t>(query.limit), query.offset);
    page.entries = entries(std::move(st));
    return page;
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
    auto st = db.prepare(
        "SELECT account_id, account, role, count(*), "
        "sum(outcome = 'refused'), max(at) FROM audit_log "
        "WHERE kind != 'security' GROUP BY account_id, account, role ORDER BY max(at) DESC");
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

std::map<std::int64_t, std::string> child_first_names(Database& db) {
    std::map<std::int64_t, std::string> names;
    auto st = db.prepare("SELECT id, first_name FROM child");
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
