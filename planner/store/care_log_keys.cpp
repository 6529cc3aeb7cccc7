// SQL of the keys of submitted care log forms (table form_submission): one entry per form.
#include "store/care_log.hpp"

namespace dagritme::store {
namespace {

std::string_view name_of(EntryKind kind) {
    return kind == EntryKind::anchorpoint ? "anchorpoint" : "limit_violation";
}

} // namespace

std::optional<std::int64_t> submitted_entry(Database& db, std::int64_t account, EntryKind kind,
                                            const std::string& key) {
    auto st = db.prepare("SELECT entry_id FROM form_submission WHERE account_id = ? AND "
                         "entry_kind = ? AND key = ?");
    st.bind_all(account, std::string(name_of(kind)), key);
    if (!st.step()) return std::nullopt;
    return st.int64(0);
}

void record_submission(Database& db, std::int64_t account, EntryKind kind, const std::string& key,
                       std::int64_t entry_id, Instant now) {
    db.prepare("INSERT INTO form_submission (account_id, entry_kind, key, entry_id, created_at) "
               "VALUES (?, ?, ?, ?, ?)")
        .bind_all(account, std::string(name_of(kind)), key, entry_id, now.seconds)
        .run();
}

void purge_submissions(Database& db, Instant before) {
    db.prepare("DELETE FROM form_submission WHERE created_at < ?").bind_all(before.seconds).run();
}

} // namespace dagritme::store
