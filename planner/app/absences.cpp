// Absences: checked against the placement and the group's hours, then written.
#include "app/absences.hpp"

#include "store/groups.hpp"
#include "store/people.hpp"
#include "store/placements.hpp"

namespace dagritme::app {

Saved<std::int64_t> report_absence(store::Database& db, const Absence& absence,
                                   const Change& change) {
    Saved<std::int64_t> out;
    store::Transaction tx{db};
    const auto child = store::load_child(db, absence.child_id);
    if (!child) throw store::StoreError("no child " + std::to_string(absence.child_id));
    const auto group = store::load_group(db, child->group_id);
    if (!group) throw store::StoreError("no group " + child->group_id);
    for (const auto& p : check_absence(absence, child->placement, *group, change.today))
        out.problems.push_back(word_absence_problem(p));
    if (!out.problems.empty()) return out;
    auto entry = absence;
    entry.recorded_by = change.account_id;
    entry.recorded_at = change.now;
    out.id = store::add_absence(db, entry);
    tx.commit();
    return out;
}

bool withdraw_absence(store::Database& db, std::int64_t child_id, std::int64_t absence_id,
                      const Change& change) {
    store::Transaction tx{db};
    if (!store::withdraw_absence(db, child_id, absence_id, change.now)) return false;
    tx.commit();
    return true;
}

std::vector<ExpectedChild> children_of_day(store::Database& db, const std::string& group_id,
                                           Date date) {
    const store::ReadSnapshot snapshot{db};
    const auto absences = store::absences_on(db, group_id, date);
    std::vector<ExpectedChild> out;
    for (auto& child : store::children_of_group(db, group_id)) {
        if (!placed_on(child.placement, date)) continue;
        ExpectedChild entry{std::move(child), std::nullopt};
        for (const auto& a : absences)
            if (a.child_id == entry.child.id) entry.absence = a;
        out.push_back(std::move(entry));
    }
    return out;
}

} // namespace dagritme::app
