// Where "now" is in the day: the current and next routine block, block states, and the
// Dutch clock and date texts. Pure; any thread.
#pragma once

#include "board/board.hpp"
#include "layout/geometry.hpp"

#include <string>

namespace dagritme::layout {

inline constexpr int seconds_per_day = 24 * 60 * 60;

enum class BlockState { past, current, next, later };

struct DayPosition {
    const board::Block* current = nullptr; // start <= now < end
    const board::Block* next = nullptr;    // the first block after the current one (or after now)
};

DayPosition locate(const board::Board& board, int now_seconds);
BlockState state_of(const board::Block& block, const DayPosition& where, int now_seconds);

// The red part of a 60-minute Time Timer, as children learn it: the minutes left of the block
// (whole minutes, so it moves once a minute) on a 60-minute face; a full disc when an hour or
// more is left. Not the part of the block: 3 minutes left is 3 minutes of red, whatever its length.
float time_timer_fraction(const board::Block& block, int now_seconds);
int remaining_minutes(const board::Block& block, int now_seconds);
// What "Nu" says when no block is on: "Goedemorgen!" before the first block, "Even pauze"
// between two, and "Vandaag geen dagplanning" on a day without blocks (never a goodbye with
// children in the room). After the last block, the next day the group opens: "Tot morgen!",
// "Fijn weekend!" (Friday or Saturday, and Monday is next), "Tot woensdag!" (another day),
// "Tot ziens!" (none in the week ahead). A board that does not know its coming days (schema 1)
// says "Tot morgen!", but "Fijn weekend!" on Friday and "Tot maandag!" on Saturday.
std::string between_blocks_words(const board::Board& board, int now_seconds);
// "nog 1 minuut", "nog 25 min", "nog 1 uur", "nog 2 uur 15 min".
std::string remaining_words(int minutes);

bool within_screen_hours(const board::ScreenHours& hours, int now_seconds);

inline int seconds_of(board::TimeOfDay time) {
    return time.minutes * 60;
}

std::string clock_text(int seconds);          // "09:05"
std::string time_text(board::TimeOfDay time); // "09:05"
// "dinsdag 1 december"; a date that is no calendar day as written ("2026-02-30"), never "".
std::string dutch_date(board::Date date);

// Offset of the whole board against burn-in: a few pixels, changing every five minutes.
Vec2 burn_in_shift(int now_seconds, float unit);
inline constexpr float max_burn_in_shift = 4; // in units (pixels at 1080p)

} // namespace dagritme::layout
