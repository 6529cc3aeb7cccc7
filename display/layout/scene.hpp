// A scene: everything one frame of the day board shows, placed in pixels. Made by the pure
// layout, drawn by the renderer, compared to know whether a redraw is needed. Pure data.
//
// Every element belongs to a frame (an index into Scene::frames): the box it must stay inside.
// Frames with the same parent never overlap, and a frame stays inside its parent (or the
// screen); tests check all of it.
#pragma once

#include "layout/geometry.hpp"

#include <string>
#include <variant>
#include <vector>

namespace dagritme::layout {

enum class Weight { regular, bold };
enum class Align { left, center, right };

struct Frame {
    Rect rect;
    std::string tag; // what it is, e.g. "now", "next", "strip:b4", "person:c1", "clock"
    int parent = -1; // the frame this one sits in; -1: the screen
    bool operator==(const Frame&) const = default;
};

// A rounded rectangle (a card, a pill, a highlight), optionally with a soft shadow below.
struct Card {
    Rect rect;
    int frame = -1;
    std::string tag;
    float radius = 0;
    Color fill;
    Color border;
    float border_width = 0;
    float shadow = 0; // offset of a soft shadow below the card, 0 for none
    bool operator==(const Card&) const = default;
};

// An image found by hash in the media cache. When the image is unknown or not decoded yet,
// the renderer draws `fallback` (a letter) on `fallback_fill` instead.
struct Picture {
    Rect rect;
    int frame = -1;
    std::string tag;
    std::string hash; // may be empty: always the fallback
    bool round = false;
    float opacity = 1;
    std::string fallback;
    Color fallback_fill;
    Color fallback_ink;
    Color ring; // drawn around the picture when ring_width > 0
    float ring_width = 0;
    bool operator==(const Picture&) const = default;
};

// A text the layout fitted to its box: the text library breaks it into at most `max_lines`
// lines of the box's width (rect.w), the last one ending in "…" if the text needs more, and
// the lines are centred vertically in rect. Usually one line, so the name.
struct TextLine {
    Rect rect;
    int frame = -1;
    std::string tag;
    std::string text;  // UTF-8
    unsigned size = 0; // pixel size of the font
    Weight weight = Weight::regular;
    Color color;
    Align align = Align::left;
    int max_lines = 1;
    bool operator==(const TextLine&) const = default;
};

// A 60-minute Time Timer: a disc whose coloured sector shows the minutes left (of 60).
struct TimeTimer {
    Rect rect; // a square
    int frame = -1;
    std::string tag;
    float remaining = 0; // 0..1: the minutes left / 60
    Color face;
    Color sector;
    Color rim;
    bool operator==(const TimeTimer&) const = default;
};

using Element = std::variant<Card, Picture, TextLine, TimeTimer>;

struct Scene {
    Size size;
    Color background;
    bool blank = false; // outside screen hours: nothing but black
    Vec2 shift;         // whole-board offset against burn-in
    std::vector<Frame> frames;
    std::vector<Element> elements; // in drawing order
    bool operator==(const Scene&) const = default;
};

} // namespace dagritme::layout
