// SQL of anchorpoints: the entry row holds the latest values; each version is a full copy.
#include "store/care_log.hpp"
#include "store/care_log_rows.hpp"

namespace dagritme::store {
namespace {

constexpr const char* columns = "a.id, a.group_id, a.child_id, a.author, a.created_at, a.at, "
                                "a.block_start, a.block_label, a.emotion, a.responses, a.ending, "
                                "a.signs, a.note";

Anchorpoint read(const Statement& st) {
    Anchorpoint a;
    a.id = st.int64(0);
    a.group_id = st.text(1);
    a.child_id = st.int64(2);
    a.author = st.int64(3);
    a.created_at = Instant{st.int64(4)};
    a.at = Instant{st.int64(5)};
    a.block = rows::block(st, 6);
    a.emotion = known_value(emotion_from(st.text(8)), "anchorpoint", a.id, "emotion", st.text(8));
    a.responses = rows::from_words<CareResponse>(st.text(9), care_response_from, "anchorpoint",
                                                 a.id, "responses");
    a.ending = known_value(ending_from(st.text(10)), "anchorpoint", a.id, "ending", st.text(10));
    a.signs = rows::from_words<Sign>(st.text(11), sign_from, "anchorpoint", a.id, "signs");
    a.note = st.text(12);
    return a;
}

std::vector<Anchorpoint> read_all(Statement& st) {
    std::vector<Anchorpoint> out;
    while (st.step())
        out.push_back(read(st));
    return out;
}

// Copies the entry's current values as its next version.
void add_version(Database& db, std::int64_t id, std::int64_t editor, Instant at) {
    db.prepare("INSERT INTO anchorpoint_version (anchorpoint_id, number, editor, edited_at, "
               "child_id, at, block_start, block_label, emotion, responses, ending, signs, note) "
               "SELECT id, (SELECT coalesce(max(number), 0) + 1 FROM anchorpoint_version WHERE "
               "anchorpoint_id = ?1), ?2, ?3, child_id, at, block_start, block_label, emotion, "
               "responses, ending, signs, note FROM anchorpoint WHERE id = ?1")
        .bind_all(id, editor, at.seconds)
        .run();
}

} // namespace

std::int64_t add_anchorpoint(Database& db, const Anchorpoint& a) {
    db.prepare("INSERT INTO anchorpoint (group_id, child_id, author, created_at, at, block_start, "
               "block_label, emotion, responses, ending, signs, note) "
               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .bind_all(a.group_id, a.child_id, a.author, a.created_at.seconds, a.at.seconds,
                  rows::block_start(a.block), rows::block_label(a.block),
                  std::string(name_of(a.emotion)), rows::words(a.responses),
                  std::string(name_of(a.ending)), rows::words(a.signs), a.note)
        .run();
    const auto id = db.last_insert_id();
    add_version(db, id, a.author, a.created_at);
    return id;
}

void correct_anchorpoint(Database& db, const Anchorpoint& a, std::int64_t editor, Instant now) {
    db.prepare("UPDATE anchorpoint SET child_id = ?, at = ?, block_start = ?, block_label = ?, "
               "emotion = ?, responses = ?, ending = ?, signs = ?, note = ? WHERE id = ?")
        .bind_all(a.child_id, a.at.seconds, rows::block_start(a.block), rows::block_label(a.block),
                  std::string(name_of(a.emotion)), rows::words(a.responses),
                  std::string(name_of(a.ending)), rows::words(a.signs), a.note, a.id)
        .run();
    if (db.changes() != 1)
        throw StoreError("anchorpoint " + std::to_string(a.id) + " does not exist");
    add_version(db, a.id, editor, now);
}

void delete_anchorpoint(Database& db, std::int64_t id) {
    db.prepare("DELETE FROM anchorpoint WHERE id = ?").bind_all(id).run();
}

std::optional<Anchorpoint> load_anchorpoint(Database& db, std::int64_t id) {
    auto st = db.prepare(std::string("SELECT ") + columns + " FROM anchorpoint a WHERE a.id = ?");
    st.bind_all(id);
    if (!st.step()) return std::nullopt;
    return read(st);
}

std::vector<EntryVersion<Anchorpoint>> anchorpoint_history(Database& db, std::int64_t id) {
    // The version's values in the entry's columns, so that read() reads both.
    auto st = db.prepare(
        "SELECT a.id, a.group_id, v.child_id, a.author, a.created_at, v.at, v.block_start, "
        "v.block_label, v.emotion, v.responses, v.ending, v.signs, v.note, v.number, v.editor, "
        "v.edited_at FROM anchorpoint_version v JOIN anchorpoint a ON a.id = v.anchorpoint_id "
        "WHERE a.id = ? ORDER BY v.number");
    st.bind_all(id);
    std::vector<EntryVersion<Anchorpoint>> out;
    while (st.step())
        out.push_back({st.integer(13), st.int64(14), Instant{st.int64(15)}, read(st)});
    return out;
}

std::vector<Anchorpoint> anchorpoints_of_child(Database& db, std::int64_t child_id, Instant from,
                                               Instant to) {
    auto st = db.prepare(std::string("SELECT ") + columns +
                         " FROM anchorpoint a WHERE a.child_id = ? AND a.at >= ? AND a.at < ? "
                         "ORDER BY a.at, a.id");
    st.bind_all(child_id, from.seconds, to.seconds);
    return read_all(st);
}

std::vector<Anchorpoint> anchorpoints_of_group(Database& db, const std::string& group_id,
                                               Instant from, Instant to) {
    auto st = db.prepare(std::string("SELECT ") + columns +
                         " FROM anchorpoint a WHERE a.group_id = ? AND a.at >= ? AND a.at < ? "
                         "ORDER BY a.at, a.id");
    st.bind_all(group_id, from.seconds, to.seconds);
    return read_all(st);
}

} // namespace dagritme::store
