// Retention of family records: the rules of domain/retention.hpp around the store's writes.
#include "app/retention.hpp"

#include "store/family_record.hpp"

namespace dagritme::app {
namespace {

using Kind = RetentionProblem::Kind;

std::optional<store::DestructionRequest> waiting_request(store::Database& db,
                                                         std::int64_t family_id) {
    for (const auto& r : store::destruction_requests(db, family_id))
        if (!r.carried_out_at) return r;
    return std::nullopt;
}

// Whether the rule allows a destruction of this record now; the record exists.
std::optional<RetentionProblem> destruction_problem(const FamilyRecord& record,
                                                    const std::string& reason, Instant now) {
    const auto closed =
        record.closed_at ? std::optional<std::int64_t>{record.closed_at->seconds} : std::nullopt;
    const auto changed = record.last_changed_at.value_or(record.closed_at.value_or(now));
    if (const auto p = check_destruction(closed, changed.seconds, now.seconds, reason))
        return RetentionProblem{Kind::destruction, p};
    return std::nullopt;
}

} // namespace

std::optional<RetentionProblem> close_record(store::Database& db, std::int64_t family_id,
                                             Instant now) {
    store::Transaction tx{db};
    const auto record = store::load_family_record(db, family_id);
    if (!record) return RetentionProblem{Kind::unknown_family, {}};
    if (record->closed_at) return RetentionProblem{Kind::already_closed, {}};
    store::set_family_closed(db, family_id, now, now);
    tx.commit();
    return std::nullopt;
}

std::optional<RetentionProblem> reopen_record(store::Database& db, std::int64_t family_id,
                                              Instant now) {
    store::Transaction tx{db};
    const auto record = store::load_family_record(db, family_id);
    if (!record) return RetentionProblem{Kind::unknown_family, {}};
    if (!record->closed_at) return RetentionProblem{Kind::not_closed, {}};
    store::set_family_closed(db, family_id, std::nullopt, now);
    tx.commit();
    return std::nullopt;
}

std::optional<RetentionProblem> request_destruction(store::Database& db, std::int64_t family_id,
                                                    std::optional<std::int64_t> requester_id,
                                                    const std::string& requester,
                                                    const std::string& reason, Instant now) {
    store::Transaction tx{db};
    const auto record = store::load_family_record(db, family_id);
    if (!record) return RetentionProblem{Kind::unknown_family, {}};
    if (const auto p = destruction_problem(*record, reason, now)) return p;
    if (waiting_request(db, family_id)) return RetentionProblem{Kind::already_requested, {}};
    store::add_destruction_request(
        db, {0, family_id, requester_id, requester, now.seconds, reason, std::nullopt, ""});
    tx.commit();
    return std::nullopt;
}

std::optional<RetentionProblem> destroy_record(store::Database& db, std::int64_t family_id,
                                               const std::string& by, Instant now) {
    store::Transaction tx{db};
    const auto record = store::load_family_record(db, family_id);
    if (!record) return RetentionProblem{Kind::unknown_family, {}};
    const auto request = waiting_request(db, family_id);
    if (!request) return RetentionProblem{Kind::no_request, {}};
    if (const auto p = destruction_problem(*record, request->reason, now)) return p;
    store::destroy_family_record(db, family_id);
    store::mark_destruction_done(db, request->id, now, by);
    tx.commit();
    return std::nullopt;
}

std::optional<RetentionState> retention_state(store::Database& db, std::int64_t family_id) {
    const auto record = store::load_family_record(db, family_id);
    if (!record) return std::nullopt;
    RetentionState state{record->closed_at, record->last_changed_at, std::nullopt,
                         waiting_request(db, family_id)};
    if (record->closed_at)
        state.kept_until = retention_end(record->last_changed_at.value_or(*record->closed_at));
    return state;
}

} // namespace dagritme::app
