// The parts of the day board, each placing itself inside the rectangle it is given.
// Internal to the layout. Pure.
#pragma once

#include "board/board.hpp"
#include "layout/day_timeline.hpp"
#include "layout/scene_builder.hpp"

// avatar_letter(): the planner domain's one rule for the letter that stands in for a picture.
#include "domain/people.hpp"

namespace dagritme::layout::sections {

void header(SceneBuilder& b, Rect area, const board::Board* board, int now);
// Returns the size of the current block's label (0 without one): the strongest text of its card.
unsigned now_card(SceneBuilder& b, Rect area, const board::Board& board, const DayPosition& where,
                  int now);
// The next block's label is never larger than `now_label_size` (when not 0).
void next_card(SceneBuilder& b, Rect area, const DayPosition& where, unsigned now_label_size);
void day_strip(SceneBuilder& b, Rect area, const board::Board& board, const DayPosition& where,
               int now);
void people(SceneBuilder& b, Rect area, const board::Board& board, int now);
void activities(SceneBuilder& b, Rect area, const board::Board& board, int now);
bool has_activities_to_come(const board::Board& board, int now);
void waiting(SceneBuilder& b, Rect area);
// An unpaired screen: the code staff enter to pair it ("dagritme-planner screen pair CODE").
void pairing(SceneBuilder& b, Rect area, const std::string& code);
// A note for staff, small, in the bottom margin (no contact with the planner; not paired).
void marker(SceneBuilder& b, Rect screen, const std::string& text);

} // namespace dagritme::layout::sections
