// The board of today made from the board at hand, which may be of another day: the cache after a
// night without the planner holds yesterday's. Another day is never shown as today: today's plan
// comes from the board's coming days (schema 2), and nobody's attendance is known. Pure; any
// thread.
#pragma once

#include "board/board.hpp"

namespace dagritme::board {

// `board` when it is of `today`. Otherwise a board of `today` with the group, time zone and
// revision of `board`, and `people_known` false (no children, staff or activities):
// - today is one of the coming days: that day's hours and blocks;
// - the board is of a later date, or today is not among its coming days (the group is closed
//   today, or the board is older than its coming week): no blocks, the board's screen hours.
// The coming days after today stay; they are known only while at least one is left (past the
// last one the board names, the next opening day is unknown).
Board as_of(const Board& board, Date today);

} // namespace dagritme::board
