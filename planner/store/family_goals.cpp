// The SQL of a family's development goals and of the care log entries linked to them.
#include "store/family_goals.hpp"

#include <functional>

namespace dagritme::store {
namespace {

std::string_view table_of(CareEntryKind kind) {
    return kind == CareEntryKind::anchorpoint ? "anchorpoint" : "limit_violation";
}

// One query over both tables; `where` is SQL of this file only, never input.
std::vector<LinkableEntry> entries_where(Database& db, const std::string& where,
                                         const std::function<void(Statement&)>& bind) {
    const std::string sql =
        "SELECT * FROM ("
        "SELECT 0 AS kind, e.id, e.child_id, e.group_id, e.at, e.emotion AS what, e.goal "
        "FROM anchorpoint e JOIN child c ON c.id = e.child_id WHERE " +
        where +
        " UNION ALL "
        "SELECT 1, e.id, e.child_id, e.group_id, e.at, l.text, e.goal "
        "FROM limit_violation e JOIN child c ON c.id = e.child_id "
        "JOIN care_limit l ON l.id = e.limit_id WHERE " +
        where + ") ORDER BY at DESC, kind, id DESC LIMIT ?9";
    auto st = db.prepare(sql);
    bind(st);
    std::vector<LinkableEntry> out;
    while (st.step())
        out.push_back(LinkableEntry{st.integer(0) == 0 ? CareEntryKind::anchorpoint
                                                       : CareEntryKind::limit_violation,
                                    st.int64(1), st.int64(2), st.text(3), Instant{st.int64(4)},
                                    st.text(5), st.optional_int64(6)});
    return out;
}

} // namespace

std::vector<FamilyGoal> family_goals(Database& db, std::int64_t family_id) {
    std::vector<FamilyGoal> out;
    auto st = db.prepare("SELECT id, code, child_id, chosen, ended FROM family_goal "
                         "WHERE family_id = ? ORDER BY chosen, id");
    st.bind_all(family_id);
    while (st.step()) {
        std::optional<Date> ended;
        if (const auto text = st.optional_text(4))
            ended = known_value(Date::parse(*text), "family_goal", st.int64(0), "ended", *text);
        out.push_back(FamilyGoal{
            st.int64(0), family_id, st.text(1), st.optional_int64(2),
            known_value(Date::parse(st.text(3)), "family_goal", st.int64(0), "chosen", st.text(3)),
            ended});
    }
    return out;
}

std::int64_t add_family_goal(Database& db, const FamilyGoal& goal,
                             std::optional<std::int64_t> chosen_by) {
    db.prepare("INSERT INTO family_goal (family_id, code, child_id, chosen, chosen_by) "
               "VALUES (?, ?, ?, ?, ?)")
        .bind_all(goal.family_id, goal.code, goal.child_id, goal.chosen.str(), chosen_by)
        .run();
    return db.last_insert_id();
}

void end_family_goal(Database& db, std::int64_t goal_id, Date ended) {
    db.prepare("UPDATE family_goal SET ended = ? WHERE id = ?")
        .bind_all(ended.str(), goal_id)
        .run();
}

std::vector<LinkableEntry> linkable_entries(Database& db, std::int64_t family_id, Instant since,
                                            int limit) {
    return entries_where(db, "c.family_id = ?1 AND e.at >= ?2", [&](Statement& st) {
        st.bind(1, family_id).bind(2, since.seconds).bind(9, limit);
    });
}

std::optional<LinkableEntry> linkable_entry(Database& db, std::int64_t family_id,
                                            CareEntryKind kind, std::int64_t id) {
    const auto found = entries_where(db, "c.family_id = ?1 AND e.id = ?3", [&](Statement& st) {
        st.bind(1, family_id).bind(3, id).bind(9, 2);
    });
    for (const auto& entry : found)
        if (entry.kind == kind) return entry;
    return std::nullopt;
}

void set_entry_goal(Database& db, CareEntryKind kind, std::int64_t id,
                    std::optional<std::int64_t> goal) {
    db.prepare("UPDATE " + std::string(table_of(kind)) + " SET goal = ? WHERE id = ?")
        .bind_all(goal, id)
        .run();
}

std::vector<GoalLink> goal_links(Database& db, std::int64_t family_id) {
    std::vector<GoalLink> out;
    auto st = db.prepare("SELECT e.goal, 0, e.at FROM anchorpoint e JOIN family_goal g "
                         "ON g.id = e.goal WHERE g.family_id = ?1 "
                         "UNION ALL SELECT e.goal, 1, e.at FROM limit_violation e JOIN "
                         "family_goal g ON g.id = e.goal WHERE g.family_id = ?1");
    st.bind_all(family_id);
    while (st.step())
        out.push_back(GoalLink{st.int64(0), st.integer(1) != 0, Instant{st.int64(2)}});
    return out;
}

} // namespace dagritme::store
