// The faces of the emotions.
#include "web/emotion_icons.hpp"

#include <array>
#include <cstddef>
#include <string>

namespace dagritme::web {
namespace {

// The eyes, brows and mouth of each face (inside a 48x48 circle face).
constexpr std::array<const char*, 7> faces{
    // angst: wide eyes, raised brows, small round mouth
    "<circle cx=\"17\" cy=\"20\" r=\"4\"/><circle cx=\"31\" cy=\"20\" r=\"4\"/>"
    "<path d=\"M12 12 q5 -4 10 0 M26 12 q5 -4 10 0\"/><ellipse cx=\"24\" cy=\"34\" rx=\"4\" "
    "ry=\"5\"/>",
    // boosheid: slanted brows, tight frown
    "<path d=\"M12 14 L21 18 M36 14 L27 18\"/><circle cx=\"17\" cy=\"22\" r=\"2\"/>"
    "<circle cx=\"31\" cy=\"22\" r=\"2\"/><path d=\"M15 36 q9 -7 18 0\"/>",
    // verdriet: drooping eyes, a tear, frown
    "<path d=\"M13 20 q4 3 8 0 M27 20 q4 3 8 0\"/><path d=\"M17 25 q-2 4 0 6 q2 -2 0 -6\"/>"
    "<path d=\"M15 37 q9 -6 18 0\"/>",
    // onrust: darting eyes, wavy mouth
    "<circle cx=\"19\" cy=\"20\" r=\"2\"/><circle cx=\"33\" cy=\"20\" r=\"2\"/>"
    "<path d=\"M14 34 q3 -3 5 0 t5 0 t5 0 t5 0\"/>",
    // spanning: straight brows, zigzag mouth
    "<path d=\"M12 15 h9 M27 15 h9\"/><circle cx=\"17\" cy=\"21\" r=\"2\"/>"
    "<circle cx=\"31\" cy=\"21\" r=\"2\"/><path d=\"M14 34 l4 -3 l4 3 l4 -3 l4 3 l4 -3\"/>",
    // schaamte: eyes looking down, blushing cheeks
    "<path d=\"M13 22 q4 3 8 0 M27 22 q4 3 8 0\"/><circle cx=\"12\" cy=\"29\" r=\"3\" "
    "class=\"wang\"/><circle cx=\"36\" cy=\"29\" r=\"3\" class=\"wang\"/>"
    "<path d=\"M20 35 h8\"/>",
    // teleurstelling: half-closed eyes, mouth turned down at one side
    "<path d=\"M13 20 h8 M27 20 h8\"/><path d=\"M15 35 q5 -2 9 0 t9 3\"/>",
};

} // namespace

Html emotion_icon(Emotion value) {
    std::string svg = "<svg class=\"gezicht\" viewBox=\"0 0 48 48\" width=\"48\" height=\"48\" "
                      "aria-hidden=\"true\" focusable=\"false\"><circle cx=\"24\" cy=\"24\" "
                      "r=\"21\" class=\"hoofd\"/>";
    svg += faces.at(static_cast<std::size_t>(value));
    svg += "</svg>";
    return raw(std::move(svg));
}

} // namespace dagritme::web
