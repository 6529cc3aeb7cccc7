// The parts of the day board, each placing itself inside the rectangle it is given.
// Internal to the layout. Pure.
#pragma once

#include "board/board.hpp"
#include "layout/day_timeline.hpp"
#include "layout/people_fit.hpp"
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
// `aspect`: a cell's height over its width.
void day_strip(SceneBuilder& b, Rect area, const board::Board& board, const DayPosition& where,
               int now, float aspect);
// The height of a day strip across `width`: one row, or as many as keep cells `min_cell` wide.
float day_strip_height(SceneBuilder& b, float width, std::size_t blocks, float min_cell,
                       float aspect);
// Who is here; with activity groups in the coming hour, everybody in their group.
void people(SceneBuilder& b, Rect area, const board::Board& board, int now);
// How readable everybody is in `area` (see layout/people_fit.hpp).
Readability people_readability(SceneBuilder& b, Rect area, const board::Board& board, int now);
void waiting(SceneBuilder& b, Rect area);
// An unpaired screen: the code staff enter to pair it ("dagritme-planner screen pair CODE").
void pairing(SceneBuilder& b, Rect area, const std::string& code);
// A note for staff, small, in the bottom margin (no contact with the planner; not paired).
void marker(SceneBuilder& b, Rect screen, const std::string& text);

} // namespace dagritme::layout::sections
