// A simple face for each emotion of the care log, drawn by the planner as inline SVG (no
// external files), for the big emotion buttons of Ankerpunt loggen and an entry's summary.
#pragma once

#include "domain/care_log.hpp"
#include "web/html.hpp"

namespace dagritme::web {

// Decorative (aria-hidden): the button or text beside it names the emotion.
Html emotion_icon(Emotion value);

} // namespace dagritme::web
