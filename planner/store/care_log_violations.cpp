// SQL of limit violations (the entry row holds the latest values; each version is a full
// copy), and the care log of a day.
#include "domain/attendance.hpp"
#include "store/care_log.hpp"
#include "store/care_log_rows.hpp"

namespace dagritme::store {
namespace {

constexpr const char* columns =
    "v.id, v.group_id, v.child_id, v.author, v.created_at, v.at, v.block_start, v.block_label, "
    "v.limit_id, v.what_happened, v.holding_minutes, v.holding_staff, v.holding_reason, "
    "v.follow_up, v.named_apart";

LimitViolation read(const Statement& st) {
    LimitViolation v;
    v.id = st.int64(0);
    v.group_id = st.text(1);
    v.child_id = st.int64(2);
    v.author = st.int64(3);
    v.created_at = Instant{st.int64(4)};
    v.at = Instant{st.int64(5)};
    v.block = rows::block(st, 6);
    v.limit_id = st.int64(8);
    v.what_happened = st.text(9);
    if (!st.is_null(10))
        v.holding =
            Holding{st.integer(10),
                    rows::from_words<std::int64_t>(st.text(11), rows::id_from, "limit_violation",
                                                   v.id, "holding_staff"),
                    st.text(12)};
    v.follow_up = st.text(13);
    v.named_apart = st.integer(14) != 0;
    return v;
}

std::vector<LimitViolation> read_all(Statement& st) {
    std::vector<LimitViolation> out;
    while (st.step())
        out.push_back(read(st));
    return out;
}

std::optional<std::int64_t> holding_minutes(const LimitViolation& v) {
    if (!v.holding) return std::nullopt;
    return v.holding->minutes;
}

// Copies the entry's current values as its next version.
void add_version(Database& db, std::int64_t id, std::int64_t editor, Instant at) {
    db.prepare(
          "INSERT INTO limit_violation_version (limit_violation_id, number, editor, edited_at, "
          "child_id, at, block_start, block_label, limit_id, what_happened, holding_minutes, "
          "holding_staff, holding_reason, follow_up, named_apart) "
          "SELECT id, (SELECT coalesce(max(number), 0) + 1 FROM limit_violation_version WHERE "
          "limit_violation_id = ?1), ?2, ?3, child_id, at, block_start, block_label, limit_id, "
          "what_happened, holding_minutes, holding_staff, holding_reason, follow_up, named_apart "
          "FROM limit_violation WHERE id = ?1")
        .bind_all(id, editor, at.seconds)
        .run();
}

} // namespace

std::int64_t add_limit_violation(Database& db, const LimitViolation& v) {
    db.prepare("INSERT INTO limit_violation (group_id, child_id, author, created_at, at, "
               "block_start, block_label, limit_id, what_happened, holding_minutes, "
               "holding_staff, holding_reason, follow_up, named_apart) "
               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .bind_all(v.group_id, v.child_id, v.author, v.created_at.seconds, v.at.seconds,
                  rows::block_start(v.block), rows::block_label(v.block), v.limit_id,
                  v.what_happened, holding_minutes(v),
                  v.holding ? rows::words(v.holding->staff) : std::string(),
                  v.holding ? v.holding->reason : std::string(), v.follow_up, v.named_apart)
        .run();
    const auto id = db.last_insert_id();
    add_version(db, id, v.author, v.created_at);
    return id;
}

void correct_limit_violation(Database& db, const LimitViolation& v, std::int64_t editor,
                             Instant now) {
    db.prepare("UPDATE limit_violation SET child_id = ?, at = ?, block_start = ?, block_label = ?, "
               "limit_id = ?, what_happened = ?, holding_minutes = ?, holding_staff = ?, "
               "holding_reason = ?, follow_up = ?, named_apart = ? WHERE id = ?")
        .bind_all(v.child_id, v.at.seconds, rows::block_start(v.block), rows::block_label(v.block),
                  v.limit_id, v.what_happened, holding_minutes(v),
                  v.holding ? rows::words(v.holding->staff) : std::string(),
                  v.holding ? v.holding->reason : std::string(), v.follow_up, v.named_apart, v.id)
        .run();
    if (db.changes() != 1)
        throw StoreError("limit violation " + std::to_string(v.id) + " does not exist");
    add_version(db, v.id, editor, now);
}

void delete_limit_violation(Database& db, std::int64_t id) {
    db.prepare("DELETE FROM limit_violation WHERE id = ?").bind_all(id).run();
}

std::optional<LimitViolation> load_limit_violation(Database& db, std::int64_t id) {
    auto st =
        db.prepare(std::string("SELECT ") + columns + " FROM limit_violation v WHERE v.id = ?");
    st.bind_all(id);
    if (!st.step()) return std::nullopt;
    return read(st);
}

std::vector<EntryVersion<LimitViolation>> limit_violation_history(Database& db, std::int64_t id) {
    // The version's values in the entry's columns, so that read() reads both.
    auto st = db.prepare(
        "SELECT v.id, v.group_id, h.child_id, v.author, v.created_at, h.at, h.block_start, "
        "h.block_label, h.limit_id, h.what_happened, h.holding_minutes, h.holding_staff, "
        "h.holding_reason, h.follow_up, h.named_apart, h.number, h.editor, h.edited_at "
        "FROM limit_violation_version h JOIN limit_violation v ON v.id = h.limit_violation_id "
        "WHERE v.id = ? ORDER BY h.number");
    st.bind_all(id);
    std::vector<EntryVersion<LimitViolation>> out;
    while (st.step())
        out.push_back({st.integer(15), st.int64(16), Instant{st.int64(17)}, read(st)});
    return out;
}

std::vector<LimitViolation> limit_violations_of_child(Database& db, std::int64_t child_id,
                                                      Instant from, Instant to) {
    auto st = db.prepare(std::string("SELECT ") + columns +
                         " FROM limit_violation v WHERE v.child_id = ? AND v.at >= ? AND "
                         "v.at < ? ORDER BY v.at, v.id");
    st.bind_all(child_id, from.seconds, to.seconds);
    return read_all(st);
}

std::vector<LimitViolation> limit_violations_of_group(Database& db, const std::string& group_id,
                                                      Instant from, Instant to) {
    auto st = db.prepare(std::string("SELECT ") + columns +
                         " FROM limit_violation v WHERE v.group_id = ? AND v.at >= ? AND "
                         "v.at < ? ORDER BY v.at, v.id");
    st.bind_all(group_id, from.seconds, to.seconds);
    return read_all(st);
}

CareLogOfDay care_log_of_day(Database& db, const std::string& group_id, Date date) {
    const auto [begin, end] = day_range(date);
    return {anchorpoints_of_group(db, group_id, begin, end),
            limit_violations_of_group(db, group_id, begin, end)};
}

} // namespace dagritme::store
