// Writes to the care log: the domain decides, this file reads what it needs and stores.
// Anchorpoints and limit violations go the same way; the Kind traits below say where.
#include "app/care_log.hpp"

#include "domain/day_plan.hpp"
#include "store/care_log.hpp"
#include "store/day.hpp"
#include "store/groups.hpp"
#include "store/limits.hpp"
#include "store/people.hpp"

namespace dagritme::app {
namespace {

constexpr std::int64_t submission_lifetime_seconds = 2 * 24 * 3600;

struct AnchorpointKind {
    using Entry = Anchorpoint;
    static constexpr auto kind = store::EntryKind::anchorpoint;
    static auto load(store::Database& db, std::int64_t id) {
        return store::load_anchorpoint(db, id);
    }
    static auto add(store::Database& db, const Entry& e) { return store::add_anchorpoint(db, e); }
    static void correct(store::Database& db, const Entry& e, std::int64_t editor, Instant now) {
        store::correct_anchorpoint(db, e, editor, now);
    }
    static void remove(store::Database& db, std::int64_t id) { store::delete_anchorpoint(db, id); }
    static auto check(const Entry& e, const CareLogContext& context, const Entry*) {
        return check_anchorpoint(e, context);
    }
};

struct LimitViolationKind {
    using Entry = LimitViolation;
    static constexpr auto kind = store::EntryKind::limit_violation;
    static auto load(store::Database& db, std::int64_t id) {
        return store::load_limit_violation(db, id);
    }
    static auto add(store::Database& db, const Entry& e) {
        return store::add_limit_violation(db, e);
    }
    static void correct(store::Database& db, const Entry& e, std::int64_t editor, Instant now) {
        store::correct_limit_violation(db, e, editor, now);
    }
    static void remove(store::Database& db, std::int64_t id) {
        store::delete_limit_violation(db, id);
    }
    static auto check(const Entry& e, const CareLogContext& context, const Entry* previous) {
        return check_limit_violation(e, context, previous ? previous->limit_id : 0);
    }
};

CareLogContext context_of(store::Database& db, const std::string& group_id, Instant now) {
    CareLogContext context;
    for (const auto& c : store::children_of_group(db, group_id))
        context.children.push_back(c.id);
    for (const auto& s : store::staff_of_group(db, group_id))
        context.staff.push_back(s.id);
    context.limits = store::limits_register(db, group_id);
    context.now = now;
    return context;
}

// The block of the group's plan (with that day's changes) that `at` falls in.
std::optional<BlockRef> planned_block(store::Database& db, const std::string& group_id,
                                      Instant at) {
    const auto group = store::load_group(db, group_id);
    if (!group) return std::nullopt;
    const auto local = to_local(at);
    const auto plan = day_plan(*group, local.date, store::changes_of_day(db, group_id, local.date));
    return block_at(plan, local.time);
}

template <class K>
CareLogResult log_entry(store::Database& db, const std::string& group_id, typename K::Entry entry,
                        const std::string& key, Instant now) {
    if (auto problem = check_idempotency_key(key)) return *problem;
    store::Transaction tx{db};
    if (const auto first = store::submitted_entry(db, entry.author, K::kind, key)) {
        if (!K::load(db, *first))
            return CareLogProblem{CareLogProblem::Kind::submission_undone, "", *first};
        return *first;
    }
    entry.id = 0;
    entry.group_id = group_id;
    entry.created_at = now;
    if (auto problem = K::check(entry, context_of(db, group_id, now), nullptr)) return *problem;
    if (!entry.block) entry.block = planned_block(db, group_id, entry.at);
    const auto id = K::add(db, entry);
    store::purge_submissions(db, Instant{now.seconds - submission_lifetime_seconds});
    store::record_submission(db, entry.author, K::kind, key, id, now);
    tx.commit();
    return id;
}

template <class K>
CareLogResult correct_entry(store::Database& db, const std::string& group_id, std::int64_t id,
                            typename K::Entry value, std::int64_t editor, Instant now) {
    store::Transaction tx{db};
    const auto current = K::load(db, id);
    if (!current || current->group_id != group_id)
        return CareLogProblem{CareLogProblem::Kind::unknown_entry, "", id};
    value.id = id;
    value.group_id = group_id;
    value.author = current->author;
    value.created_at = current->created_at;
    if (auto problem = K::check(value, context_of(db, group_id, now), &*current)) return *problem;
    if (!value.block) value.block = planned_block(db, group_id, value.at);
    if (value == *current) return id;
    K::correct(db, value, editor, now);
    tx.commit();
    return id;
}

template <class K>
std::optional<CareLogProblem> undo_entry(store::Database& db, std::int64_t id, std::int64_t account,
                                         Instant now) {
    store::Transaction tx{db};
    const auto current = K::load(db, id);
    if (!current) return CareLogProblem{CareLogProblem::Kind::unknown_entry, "", id};
    if (auto problem = check_undo(current->author, current->created_at, account, now))
        return problem;
    K::remove(db, id);
    tx.commit();
    return std::nullopt;
}

} // namespace

CareLogResult log_anchorpoint(store::Database& db, const std::string& group_id, Anchorpoint entry,
                              const std::string& idempotency_key, Instant now) {
    return log_entry<AnchorpointKind>(db, group_id, std::move(entry), idempotency_key, now);
}

CareLogResult log_limit_violation(store::Database& db, const std::string& group_id,
                                  LimitViolation entry, const std::string& idempotency_key,
                                  Instant now) {
    return log_entry<LimitViolationKind>(db, group_id, std::move(entry), idempotency_key, now);
}

CareLogResult correct_anchorpoint(store::Database& db, const std::string& group_id, std::int64_t id,
                                  Anchorpoint new_value, std::int64_t editor, Instant now) {
    return correct_entry<AnchorpointKind>(db, group_id, id, std::move(new_value), editor, now);
}

CareLogResult correct_limit_violation(store::Database& db, const std::string& group_id,
                                      std::int64_t id, LimitViolation new_value,
                                      std::int64_t editor, Instant now) {
    return correct_entry<LimitViolationKind>(db, group_id, id, std::move(new_value), editor, now);
}

std::optional<CareLogProblem> undo_anchorpoint(store::Database& db, std::int64_t id,
                                               std::int64_t account, Instant now) {
    return undo_entry<AnchorpointKind>(db, id, account, now);
}

std::optional<CareLogProblem> undo_limit_violation(store::Database& db, std::int64_t id,
                                                   std::int64_t account, Instant now) {
    return undo_entry<LimitViolationKind>(db, id, account, now);
}

} // namespace dagritme::app
