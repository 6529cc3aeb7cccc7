// The coordinator's writes to a limits register: the domain checks the text, the store writes.
#include "app/limits_register.hpp"

#include "store/groups.hpp"
#include "store/limits.hpp"

#include <algorithm>

namespace dagritme::app {

std::variant<std::int64_t, LimitProblem> add_limit(store::Database& db, const std::string& group_id,
                                                   const std::string& text) {
    store::Transaction tx{db};
    if (!store::load_group(db, group_id)) return LimitProblem{LimitProblem::Kind::unknown_group};
    if (auto problem = check_limit_text(text, store::limits_register(db, group_id)))
        return *problem;
    const auto id = store::add_limit(db, group_id, trimmed(text));
    tx.commit();
    return id;
}

std::optional<LimitProblem> change_limit_text(store::Database& db, const std::string& group_id,
                                              std::int64_t id, const std::string& text) {
    store::Transaction tx{db};
    const auto register_ = store::limits_register(db, group_id);
    if (auto problem = check_limit_in_use(id, register_)) return problem;
    if (auto problem = check_limit_text(text, register_, id)) return problem;
    store::set_limit_text(db, id, trimmed(text));
    tx.commit();
    return std::nullopt;
}

std::optional<LimitProblem> retire_limit(store::Database& db, const std::string& group_id,
                                         std::int64_t id, Instant now) {
    store::Transaction tx{db};
    if (auto problem = check_limit_in_use(id, store::limits_register(db, group_id))) return problem;
    store::retire_limit(db, id, now);
    tx.commit();
    return std::nullopt;
}

std::optional<LimitProblem> order_limits(store::Database& db, const std::string& group_id,
                                         const std::vector<std::int64_t>& ids) {
    store::Transaction tx{db};
    std::vector<std::int64_t> stored;
    for (const auto& limit : store::limits_register(db, group_id))
        stored.push_back(limit.id);
    auto wanted = ids;
    std::sort(stored.begin(), stored.end());
    std::sort(wanted.begin(), wanted.end());
    if (stored != wanted) return LimitProblem{LimitProblem::Kind::bad_order};
    store::order_limits(db, ids);
    tx.commit();
    return std::nullopt;
}

} // namespace dagritme::app
