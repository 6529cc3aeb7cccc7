// Today's board from a board of another day (see board_of_day.hpp). Pure; any thread.
#include "board/board_of_day.hpp"

#include <algorithm>

namespace dagritme::board {

Board as_of(const Board& board, Date today) {
    if (board.date == today) return board;
    Board day;
    day.schema = board.schema;
    day.revision = board.revision;
    day.group = board.group;
    day.date = today;
    day.timezone = board.timezone;
    day.hours = board.hours;
    day.people_known = false;
    if (board.date > today) return day; // a clock set back: nothing of that day is known
    const auto after_today =
        std::find_if(board.coming.begin(), board.coming.end(),
                     [&](const ComingDay& coming) { return coming.date > today; });
    if (after_today != board.coming.begin() && std::prev(after_today)->date == today) {
        day.hours = std::prev(after_today)->hours;
        day.blocks = std::prev(after_today)->blocks;
    }
    day.coming.assign(after_today, board.coming.end());
    // The board knew a week of opening days: past the last one it names, the next is unknown.
    day.coming_known = board.coming_known && !day.coming.empty();
    return day;
}

} // namespace dagritme::board
