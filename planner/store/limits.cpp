// SQL of the limits register (table care_limit).
#include "store/limits.hpp"

namespace dagritme::store {

std::vector<Limit> limits_register(Database& db, const std::string& group_id) {
    auto st = db.prepare("SELECT id, text, retired_at FROM care_limit WHERE group_id = ? "
                         "ORDER BY position, id");
    st.bind_all(group_id);
    std::vector<Limit> out;
    while (st.step()) {
        Limit limit{.text = st.text(1), .id = st.int64(0), .retired_at = std::nullopt};
        if (const auto retired = st.optional_int64(2)) limit.retired_at = Instant{*retired};
        out.push_back(std::move(limit));
    }
    return out;
}

std::int64_t add_limit(Database& db, const std::string& group_id, const std::string& text) {
    db.prepare("INSERT INTO care_limit (group_id, position, text) VALUES (?1, (SELECT "
               "coalesce(max(position), -1) + 1 FROM care_limit WHERE group_id = ?1), ?2)")
        .bind_all(group_id, text)
        .run();
    return db.last_insert_id();
}

void set_limit_text(Database& db, std::int64_t id, const std::string& text) {
    db.prepare("UPDATE care_limit SET text = ? WHERE id = ?").bind_all(text, id).run();
}

void retire_limit(Database& db, std::int64_t id, Instant at) {
    db.prepare("UPDATE care_limit SET retired_at = ? WHERE id = ?").bind_all(at.seconds, id).run();
}

void order_limits(Database& db, const std::vector<std::int64_t>& ids) {
    auto st = db.prepare("UPDATE care_limit SET position = ? WHERE id = ?");
    for (std::size_t i = 0; i < ids.size(); ++i) {
        st.bind_all(static_cast<std::int64_t>(i), ids[i]).run();
        st.reset();
    }
}

} // namespace dagritme::store
