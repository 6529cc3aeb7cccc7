// Retention as stored.
#include "store/retention.hpp"

#include <array>
#include <string_view>

namespace dagritme::store {

void set_family_closed(Database& db, std::int64_t family_id, std::optional<Instant> closed,
                       Instant now) {
    db.prepare("UPDATE family SET closed_at = ?, last_changed_at = ? WHERE id = ?")
        .bind_all(closed ? std::optional<std::int64_t>{closed->seconds} : std::nullopt, now.seconds,
                  family_id)
        .run();
}

std::int64_t add_destruction_request(Database& db, const DestructionRequest& r) {
    db.prepare("INSERT INTO family_destruction (family_id, requested_by, requester, requested_at, "
               "reason) VALUES (?, ?, ?, ?, ?)")
        .bind_all(r.family_id, r.requested_by, r.requester, r.requested_at, r.reason)
        .run();
    return db.last_insert_id();
}

std::vector<DestructionRequest> destruction_requests(Database& db,
                                                     std::optional<std::int64_t> family_id) {
    auto st = db.prepare("SELECT id, family_id, requested_by, requester, requested_at, reason, "
                         "carried_out_at, coalesce(carried_out_by, '') FROM family_destruction "
                         "WHERE ?1 IS NULL OR family_id = ?1 ORDER BY requested_at, id");
    st.bind(1, family_id);
    std::vector<DestructionRequest> out;
    while (st.step())
        out.push_back({st.int64(0), st.int64(1), st.optional_int64(2), st.text(3), st.int64(4),
                       st.text(5), st.optional_int64(6), st.text(7)});
    return out;
}

void mark_destruction_done(Database& db, std::int64_t request_id, Instant at,
                           const std::string& by) {
    db.prepare("UPDATE family_destruction SET carried_out_at = ?, carried_out_by = ? WHERE id = ?")
        .bind_all(at.seconds, by, request_id)
        .run();
}

void destroy_family_record(Database& db, std::int64_t family_id) {
    // Rows that point at the family's children or parents without cascading, then the people,
    // then the family (its phases, goals and workbook cascade).
    constexpr std::array<std::string_view, 10> deletions{
        "DELETE FROM anchorpoint WHERE child_id IN (SELECT id FROM child WHERE family_id = ?1)",
        "DELETE FROM limit_violation WHERE child_id IN "
        "(SELECT id FROM child WHERE family_id = ?1)",
        "DELETE FROM attendance WHERE person_kind = 'child' AND person_id IN "
        "(SELECT id FROM child WHERE family_id = ?1)",
        "DELETE FROM activity_child WHERE child_id IN (SELECT id FROM child WHERE family_id = ?1)",
        "DELETE FROM session_visit WHERE parent_id IN "
        "(SELECT id FROM parent WHERE family_id = ?1)",
        "DELETE FROM session_invitation WHERE family_id = ?1",
        "DELETE FROM family_goal WHERE family_id = ?1",
        "DELETE FROM child WHERE family_id = ?1",
        "DELETE FROM parent WHERE family_id = ?1",
        "DELETE FROM family WHERE id = ?1",
    };
    auto groups = db.prepare("SELECT DISTINCT group_id FROM child WHERE family_id = ?");
    groups.bind(1, family_id);
    while (groups.step())
        db.touch_board(groups.text(0)); // its children leave the wall screens
    for (const auto sql : deletions)
        db.prepare(sql).bind(1, family_id).run();
}

} // namespace dagritme::store
