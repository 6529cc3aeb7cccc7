// Reading all a board is made of in one read transaction.
#include "store/board_query.hpp"

#include "store/day.hpp"
#include "store/groups.hpp"
#include "store/people.hpp"

namespace dagritme::store {

std::optional<Board> load_board(Database& db, const std::string& group_id, Date date) {
    const ReadSnapshot snapshot{db}; // the board is one consistent view of the day

    const auto group = load_group(db, group_id);
    if (!group) return std::nullopt;
    BoardInputs in;
    in.group = &*group;
    in.revision = board_revision(db, group_id);
    in.date = date;
    in.changes = changes_of_day(db, group_id, date);
    in.children = children_of_group(db, group_id);
    in.staff = staff_of_group(db, group_id);
    in.child_events = attendance_of_day(db, group_id, PersonKind::child, date);
    in.staff_events = attendance_of_day(db, group_id, PersonKind::staff, date);
    in.activities = activities_of_day(db, group_id, date);
    in.sessions = sessions_of_day(db, group_id, date);
    in.parents = parents_of_group(db, group_id);
    return build_board(in);
}

} // namespace dagritme::store
