// Adding and disabling staff accounts, each in one transaction.
#include "app/accounts.hpp"

#include "store/accounts.hpp"
#include "store/groups.hpp"

#include <algorithm>

namespace dagritme::app {

bool valid_account_name(const std::string& name) {
    return !name.empty() && name.size() <= max_account_name_length &&
           std::all_of(name.begin(), name.end(), [](char c) {
               return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-' ||
                      c == '_';
           });
}

std::optional<AccountProblem> add_account(store::Database& db, const std::string& name, Role role,
                                          const std::vector<std::string>& groups,
                                          const std::string& password_hash, std::int64_t now) {
    if (!valid_account_name(name)) return AccountProblem{AccountProblem::Kind::bad_name, name};
    const auto known = store::group_ids(db);
    for (const auto& g : groups)
        if (std::find(known.begin(), known.end(), g) == known.end())
            return AccountProblem{AccountProblem::Kind::unknown_group, g};
    store::Transaction tx{db};
    if (store::account_name_taken(db, name))
        return AccountProblem{AccountProblem::Kind::name_taken, name};
    const auto id = store::add_account(db, name, role, password_hash, now);
    store::set_account_groups(db, id, groups);
    tx.commit();
    return std::nullopt;
}

std::optional<AccountProblem> disable_account(store::Database& db, const std::string& name,
                                              const std::string& by, std::int64_t now) {
    if (name == by) return AccountProblem{AccountProblem::Kind::self, name};
    store::Transaction tx{db};
    if (!store::disable_account(db, name, now))
        return AccountProblem{AccountProblem::Kind::unknown_account, name};
    tx.commit();
    return std::nullopt;
}

} // namespace dagritme::app
