// Day position, times and dates for the layout. Pure.
#include "layout/day_timeline.hpp"

#include <array>
#include <chrono>
#include <cstdio>

namespace dagritme::layout {

DayPosition locate(const board::Board& board, int now) {
    DayPosition where;
    for (const auto& block : board.blocks) {
        if (seconds_of(block.start) <= now && now < seconds_of(block.end))
            where.current = &block;
        else if (seconds_of(block.start) > now && !where.next)
            where.next = &block;
    }
    return where;
}

BlockState state_of(const board::Block& block, const DayPosition& where, int now) {
    if (&block == where.current) return BlockState::current;
    if (&block == where.next) return BlockState::next;
    return seconds_of(block.end) <= now ? BlockState::past : BlockState::later;
}

int remaining_minutes(const board::Block& block, int now) {
    const int left = seconds_of(block.end) - now;
    return left <= 0 ? 0 : (left + 59) / 60;
}

float time_timer_fraction(const board::Block& block, int now) {
    const int minutes = remaining_minutes(block, now);
    return minutes >= 60 ? 1.f : static_cast<float>(minutes) / 60.f;
}

namespace {

constexpr std::array<const char*, 7> weekdays{"zondag",    "maandag", "dinsdag", "woensdag",
                                              "donderdag", "vrijdag", "zaterdag"};

const char* weekday_name(board::Date date) {
    return weekdays[static_cast<std::size_t>(date.weekday() % 7)]; // ISO: Sunday is 7
}

// The goodbye after the last block: the next day the group opens, as the board knows it.
std::string goodbye(const board::Board& board) {
    const int today = board.date.weekday();
    if (!board.coming_known) { // schema 1: Monday to Friday, as most groups open
        if (today == 5) return "Fijn weekend!";
        if (today == 6) return "Tot maandag!";
        return "Tot morgen!";
    }
    if (board.coming.empty()) return "Tot ziens!";
    const board::Date next = board.coming.front().date;
    const auto days_ahead = next.days() - board.date.days();
    if (days_ahead == 1) return "Tot morgen!";
    if ((today == 5 || today == 6) && next.weekday() == 1 && days_ahead <= 3)
        return "Fijn weekend!";
    return std::string("Tot ") + weekday_name(next) + "!";
}

} // namespace

std::string between_blocks_words(const board::Board& board, int now) {
    if (board.blocks.empty()) return "Vandaag geen dagplanning";
    if (now < seconds_of(board.blocks.front().start)) return "Goedemorgen!";
    if (now < seconds_of(board.blocks.back().end)) return "Even pauze";
    return goodbye(board);
}

std::string remaining_words(int minutes) {
    if (minutes == 1) return "nog 1 minuut";
    if (minutes < 60) return "nog " + std::to_string(minutes) + " min";
    auto words = "nog " + std::to_string(minutes / 60) + " uur";
    if (minutes % 60) words += " " + std::to_string(minutes % 60) + " min";
    return words;
}

bool within_screen_hours(const board::ScreenHours& hours, int now) {
    return seconds_of(hours.on) <= now && now < seconds_of(hours.off);
}

std::string clock_text(int seconds) {
    const int minutes = ((seconds % seconds_per_day) + seconds_per_day) % seconds_per_day / 60;
    char text[8];
    std::snprintf(text, sizeof text, "%02d:%02d", minutes / 60, minutes % 60);
    return text;
}

std::string time_text(board::TimeOfDay time) {
    return time.str();
}

std::string dutch_date(board::Date date) {
    // A date that is no calendar day (a decoded board never has one) still shows, as written.
    if (!board::Date::parse(date.str())) return date.str();
    static constexpr std::array<const char*, 12> months{
        "januari", "februari", "maart",     "april",   "mei",      "juni",
        "juli",    "augustus", "september", "oktober", "november", "december"};
    return std::string(weekday_name(date)) + " " + std::to_string(date.day) + " " +
           months[date.month - 1];
}

Vec2 burn_in_shift(int now, float unit) {
    // Eight positions on a small circle, so no pixel keeps one colour all day.
    static constexpr std::array<Vec2, 8> steps{
        {{0, 0}, {3, 1}, {4, -2}, {1, -4}, {-2, -3}, {-4, 0}, {-2, 3}, {1, 4}}};
    const auto i = static_cast<std::size_t>((now / 300) % 8);
    return {steps[i].x * unit, steps[i].y * unit};
}

} // namespace dagritme::layout
