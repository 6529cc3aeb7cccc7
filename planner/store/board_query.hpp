// Reads everything a group's board on a date is made from, in one read transaction, and
// builds the board. Unknown group: std::nullopt.
#pragma once

#include "domain/board.hpp"
#include "store/database.hpp"

#include <optional>
#include <string>

namespace dagritme::store {

std::optional<Board> load_board(Database& db, const std::string& group_id, Date date);

} // namespace dagritme::store
