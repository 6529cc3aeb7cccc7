// Writes to a group's limits register, by the coordinator (Permission::manage_limits is the
// caller's check). Texts are stored without surrounding spaces; empty, too long (more than
// max_limit_length characters) or the text of another limit in use are refused. Each write is
// one transaction; a refused one changes nothing. No board is touched.
#pragma once

#include "domain/care_log.hpp"
#include "store/database.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace dagritme::app {

// Adds a limit at the end of the register; returns its id.
std::variant<std::int64_t, LimitProblem> add_limit(store::Database& db, const std::string& group_id,
                                                   const std::string& text);
// Changes the text of a limit in use (old violations then show the new text).
std::optional<LimitProblem> change_limit_text(store::Database& db, const std::string& group_id,
                                              std::int64_t id, const std::string& text);
// Retires a limit in use: it stays in the register for the violations that name it, and new
// violations can no longer choose it.
std::optional<LimitProblem> retire_limit(store::Database& db, const std::string& group_id,
                                         std::int64_t id, Instant now);
// Puts the limits of the register in the order of `ids`, which lists each of them once.
std::optional<LimitProblem> order_limits(store::Database& db, const std::string& group_id,
                                         const std::vector<std::int64_t>& ids);

} // namespace dagritme::app
