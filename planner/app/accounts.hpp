// Staff accounts as the administrator manages them: add one with its role and groups, disable
// one. Shared by the command line and the administrator's page; the password hash is made by
// the caller (Argon2id is slow and runs on a worker thread on the server).
#pragma once

#include "domain/roles.hpp"
#include "store/database.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace dagritme::app {

inline constexpr std::size_t min_password_length = 10;
inline constexpr std::size_t max_account_name_length = 40;

struct AccountProblem {
    enum class Kind { bad_name, name_taken, unknown_group, unknown_account, self };
    Kind kind = Kind::bad_name;
    std::string detail; // the name or group concerned
};

// A name of 1..40 characters: lower-case letters, digits, '.', '-' and '_'.
bool valid_account_name(const std::string& name);

std::optional<AccountProblem> add_account(store::Database& db, const std::string& name, Role role,
                                          const std::vector<std::string>& groups,
                                          const std::string& password_hash, std::int64_t now);
// `by` may not disable their own account (so an admin cannot lock everyone out by a slip).
std::optional<AccountProblem> disable_account(store::Database& db, const std::string& name,
                                              const std::string& by, std::int64_t now);

} // namespace dagritme::app
