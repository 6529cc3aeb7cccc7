// The family record's writes: rule, write and last_changed_at in one transaction.
#include "app/family_record.hpp"

#include "store/accounts.hpp"
#include "store/family_record.hpp"

#include <algorithm>

namespace dagritme::app {
namespace {

std::vector<PhaseEntry> history_of(store::Database& db, std::int64_t family_id) {
    const auto record = store::load_family_record(db, family_id);
    if (!record) throw store::StoreError("no family " + std::to_string(family_id));
    return record->phases;
}

FamilyGoal goal_of(store::Database& db, std::int64_t family_id, std::int64_t goal_id) {
    for (const auto& goal : store::family_goals(db, family_id))
        if (goal.id == goal_id) return goal;
    throw store::StoreError("family " + std::to_string(family_id) + " has no goal " +
                            std::to_string(goal_id));
}

} // namespace

std::vector<RecordProblem> update_record_fields(store::Database& db, std::int64_t family_id,
                                                const RecordFields& fields, const Change& change) {
    auto problems = check_record_fields(fields);
    if (!problems.empty()) return problems;
    store::Transaction tx{db};
    store::save_record_fields(db, family_id, fields, change.now);
    tx.commit();
    return {};
}

std::vector<RecordProblem> update_parent_contact(store::Database& db, std::int64_t family_id,
                                                 std::int64_t parent_id,
                                                 const ParentContact& contact,
                                                 const Change& change) {
    auto problems = check_parent_contact(contact);
    if (!problems.empty()) return problems;
    store::Transaction tx{db};
    if (!store::save_parent_contact(db, family_id, parent_id, contact, change.now))
        throw store::StoreError("family " + std::to_string(family_id) + " has no parent " +
                                std::to_string(parent_id));
    tx.commit();
    return {};
}

std::optional<PhaseProblem> change_phase(store::Database& db, std::int64_t family_id, Phase to,
                                         Date began, const std::string& note,
                                         const Change& change) {
    store::Transaction tx{db};
    if (auto problem = check_phase_change(history_of(db, family_id), to, began, change.today))
        return problem;
    store::add_phase_entry(
        db, family_id, PhaseEntry{to, began, change.account_id, "", change.now, note}, change.now);
    tx.commit();
    return std::nullopt;
}

std::optional<GoalProblem> choose_goal(store::Database& db, const GoalCatalogue& catalogue,
                                       std::int64_t family_id, const std::string& code,
                                       std::optional<std::int64_t> child, Date chosen,
                                       const Change& change) {
    store::Transaction tx{db};
    const auto record = store::load_family_record(db, family_id);
    if (!record) throw store::StoreError("no family " + std::to_string(family_id));
    std::vector<std::int64_t> children;
    for (const auto& c : record->children)
        children.push_back(c.id);
    if (auto problem = check_goal_choice(catalogue, code, child, children, record->goals, chosen,
                                         change.today))
        return problem;
    store::add_family_goal(db, FamilyGoal{0, family_id, code, child, chosen, std::nullopt},
                           change.account_id);
    store::touch_family_record(db, family_id, change.now);
    tx.commit();
    return std::nullopt;
}

std::optional<GoalProblem> end_goal(store::Database& db, std::int64_t family_id,
                                    std::int64_t goal_id, Date ended, const Change& change) {
    store::Transaction tx{db};
    if (auto problem = check_goal_end(goal_of(db, family_id, goal_id), ended, change.today))
        return problem;
    store::end_family_goal(db, goal_id, ended);
    store::touch_family_record(db, family_id, change.now);
    tx.commit();
    return std::nullopt;
}

std::optional<GoalProblem> link_entry_to_goal(store::Database& db, std::int64_t family_id,
                                              CareEntryKind kind, std::int64_t entry_id,
                                              std::optional<std::int64_t> goal_id,
                                              const Change& change) {
    store::Transaction tx{db};
    const auto entry = store::linkable_entry(db, family_id, kind, entry_id);
    if (!entry)
        throw store::StoreError("family " + std::to_string(family_id) + " has no such entry " +
                                std::to_string(entry_id));
    if (goal_id)
        if (auto problem = check_goal_link(goal_of(db, family_id, *goal_id), entry->child_id))
            return problem;
    store::set_entry_goal(db, kind, entry_id, goal_id);
    store::touch_family_record(db, family_id, change.now);
    tx.commit();
    return std::nullopt;
}

std::optional<MentorProblem> set_mentor_account(store::Database& db, std::int64_t family_id,
                                                std::optional<std::int64_t> account_id,
                                                Instant now) {
    using Kind = MentorProblem::Kind;
    store::Transaction tx{db};
    if (account_id) {
        const auto accounts = store::list_accounts(db);
        const auto it = std::find_if(accounts.begin(), accounts.end(),
                                     [&](const auto& a) { return a.id == *account_id; });
        if (it == accounts.end() || it->disabled) return MentorProblem{Kind::unknown_account};
        if (it->role != Role::mentor) return MentorProblem{Kind::not_a_mentor};
    }
    if (!store::set_family_mentor_account(db, family_id, account_id))
        return MentorProblem{Kind::unknown_family};
    store::touch_family_record(db, family_id, now);
    tx.commit();
    return std::nullopt;
}

} // namespace dagritme::app
