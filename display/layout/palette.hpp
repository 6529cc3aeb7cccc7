// The day board's colours: calm, warm and high contrast, one meaning per colour.
// Pure constants.
#pragma once

#include "layout/geometry.hpp"

namespace dagritme::layout::palette {

inline constexpr Color background{251, 246, 238};
inline constexpr Color ink{52, 50, 64};         // names, labels
inline constexpr Color ink_soft{112, 106, 120}; // times, secondary text
inline constexpr Color card{255, 255, 255};
inline constexpr Color card_edge{233, 225, 211};
inline constexpr Color past_card{241, 237, 230};
inline constexpr Color past_ink{150, 144, 150};

inline constexpr Color now_fill{255, 243, 208}; // the current block: warm yellow
inline constexpr Color now_edge{240, 170, 50};
inline constexpr Color now_ink{196, 104, 18};
inline constexpr Color next_fill{228, 240, 251}; // the next block: calm blue
inline constexpr Color next_edge{120, 172, 222};
inline constexpr Color next_ink{46, 110, 172};
inline constexpr Color changed{226, 85, 63}; // blocks the planner changed today
inline constexpr Color changed_fill{253, 228, 222};

inline constexpr Color timer_face{255, 255, 255};
inline constexpr Color timer_sector{232, 89, 74};
inline constexpr Color timer_rim{226, 214, 196};

inline constexpr Color staff_ring{62, 158, 148}; // group leaders' photos
inline constexpr Color child_ring{255, 255, 255};
inline constexpr Color avatar_fill{205, 222, 240};
inline constexpr Color avatar_ink{52, 84, 128};
inline constexpr Color staff_avatar_fill{202, 232, 228};
inline constexpr Color visitor_fill{252, 226, 236}; // a parent comes: soft pink
inline constexpr Color visitor_ink{160, 52, 100};
inline constexpr Color placeholder_fill{236, 230, 220};
inline constexpr Color placeholder_ink{150, 140, 128};

inline constexpr Color black{0, 0, 0};

} // namespace dagritme::layout::palette
