// Reading all a board is made of in one read transaction.
#include "store/board_query.hpp"

#include "store/day.hpp"
#include "store/groups.hpp"
#include "store/people.hpp"
#include "store/sessions.hpp"

namespace dagritme::store {

std::optional<GroupDay> load_group_day(Database& db, const std::string& group_id, Date date) {
    const ReadSnapshot snapshot{db}; // one consistent view of the day

    auto group = load_group(db, group_id);
    if (!group) return std::nullopt;
    GroupDay day;
    day.group = std::move(*group);
    day.revision = board_revision(db, group_id);
    day.date = date;
    day.changes = changes_of_day(db, group_id, date);
    for (const Date coming : coming_dates(day.group, date))
        if (auto changes = changes_of_day(db, group_id, coming); !changes.empty())
            day.coming_changes.emplace(coming, std::move(changes));
    day.children = children_of_group(db, group_id);
    day.staff = staff_of_group(db, group_id);
    day.child_events = attendance_of_day(db, group_id, PersonKind::child, date);
    day.staff_events = attendance_of_day(db, group_id, PersonKind::staff, date);
    day.activities = activities_of_day(db, group_id, date);
    day.sessions = sessions_of_day(db, group_id, date);
    day.parents = parents_of_group(db, group_id);
    return day;
}

std::optional<Board> load_board(Database& db, const std::string& group_id, Date date) {
    auto day = load_group_day(db, group_id, date);
    if (!day) return std::nullopt;
    BoardInputs in;
    in.group = &day->group;
    in.revision = day->revision;
    in.date = date;
    in.changes = std::move(day->changes);
    in.coming_changes = std::move(day->coming_changes);
    in.children = std::move(day->children);
    in.staff = std::move(day->staff);
    in.child_events = std::move(day->child_events);
    in.staff_events = std::move(day->staff_events);
    in.activities = std::move(day->activities);
    in.sessions = std::move(day->sessions);
    in.parents = std::move(day->parents);
    return build_board(in);
}

} // namespace dagritme::store
