// Writes to a group's day: the domain decides, this file reads what it needs and stores.
#include "app/group_day.hpp"

#include "store/day.hpp"
#include "store/people.hpp"

namespace dagritme::app {

std::optional<AttendanceProblem> check_in_or_out(store::Database& db, const std::string& group_id,
                                                 PersonKind kind, std::int64_t person,
                                                 bool check_in, Instant now) {
    const auto owner = kind == PersonKind::child ? store::group_of_child(db, person)
                                                 : store::group_of_staff(db, person);
    if (owner != group_id) return AttendanceProblem{AttendanceProblem::Kind::not_in_group};
    store::Transaction tx{db};
    auto events = store::attendance_of_day(db, group_id, kind, to_local(now).date);
    if (const auto event = attendance_change(events[person], check_in, now)) {
        store::record_attendance(db, group_id, kind, person, *event);
        tx.commit();
    }
    return std::nullopt;
}

std::optional<EscortProblem> set_escort(store::Database& db, const std::string& group_id,
                                        std::int64_t child, const std::string& escort,
                                        Instant now) {
    if (store::group_of_child(db, child) != group_id)
        return EscortProblem{EscortProblem::Kind::not_in_group};
    if (escort.size() > max_escort_length) return EscortProblem{EscortProblem::Kind::too_long};
    store::Transaction tx{db};
    if (!store::set_escort(db, child, to_local(now).date, escort))
        return EscortProblem{EscortProblem::Kind::no_event};
    tx.commit();
    return std::nullopt;
}

std::variant<std::string, PlanProblem> change_day(store::Database& db,
                                                  media::PictogramCatalog& catalog,
                                                  media::MediaStore& media, const Group& group,
                                                  Date date, DayChange change) {
    const auto changes = store::changes_of_day(db, group.id, date);
    const auto plan = day_plan(group, date, changes);
    if (auto problem = check_change(plan, change, changes.size())) return std::move(*problem);
    // Imported before the transaction: images are content-addressed, so a failure later
    // leaves an unused file at most, never a plan that names a missing one.
    if (!change.block.pictogram.empty())
        change.block.pictogram = catalog.import(change.block.pictogram, media);
    store::Transaction tx{db};
    const auto id = store::add_change(db, group.id, date, change);
    tx.commit();
    return change.op == ChangeOp::add ? added_block_id(id) : change.target;
}

std::optional<ActivityProblem> set_activities(store::Database& db, media::PictogramCatalog& catalog,
                                              media::MediaStore& media, const std::string& group_id,
                                              Date date, std::vector<ActivityGroup> activities) {
    GroupMembers members;
    for (const auto& s : store::staff_of_group(db, group_id))
        members.staff.push_back(s.id);
    for (const auto& c : store::children_of_group(db, group_id))
        members.children.push_back(c.id);
    if (auto problem = check_activities(activities, members)) return problem;
    for (auto& activity : activities) {
        activity = without_repeated_members(std::move(activity));
        // A stored activity keeps its image (a hash in the media store); a new one names a
        // pictogram of the catalogue.
        if (!(media::is_sha256_hex(activity.pictogram) && media.contains(activity.pictogram)))
            activity.pictogram = catalog.import(activity.pictogram, media);
    }
    store::Transaction tx{db};
    store::replace_activities(db, group_id, date, activities);
    tx.commit();
    return std::nullopt;
}

} // namespace dagritme::app
