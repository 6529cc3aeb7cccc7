// Plain geometry and colour values for scenes. Pure; any thread.
#pragma once

#include <algorithm>
#include <cstdint>

namespace dagritme::layout {

struct Size {
    float width = 0;
    float height = 0;
    bool operator==(const Size&) const = default;
};

struct Vec2 {
    float x = 0;
    float y = 0;
    bool operator==(const Vec2&) const = default;
};

struct Rect {
    float x = 0;
    float y = 0;
    float w = 0;
    float h = 0;

    float right() const { return x + w; }
    float bottom() const { return y + h; }
    float center_x() const { return x + w / 2; }
    float center_y() const { return y + h / 2; }

    Rect inset(float d) const {
        return {x + d, y + d, std::max(0.f, w - 2 * d), std::max(0.f, h - 2 * d)};
    }
    Rect inset(float dx, float dy) const {
        return {x + dx, y + dy, std::max(0.f, w - 2 * dx), std::max(0.f, h - 2 * dy)};
    }
    // Splits off the top `height` (or left `width`) part; the rest keeps what follows `gap`.
    Rect take_top(float height, float gap = 0) {
        Rect top{x, y, w, std::min(height, h)};
        const float used = std::min(h, height + gap);
        y += used;
        h -= used;
        return top;
    }
    Rect take_bottom(float height, float gap = 0) {
        Rect bottom{x, bottom_edge() - std::min(height, h), w, std::min(height, h)};
        h = std::max(0.f, h - height - gap);
        return bottom;
    }
    Rect take_left(float width, float gap = 0) {
        Rect left{x, y, std::min(width, w), h};
        const float used = std::min(w, width + gap);
        x += used;
        w -= used;
        return left;
    }
    Rect take_right(float width, float gap = 0) {
        Rect r{right() - std::min(width, w), y, std::min(width, w), h};
        w = std::max(0.f, w - width - gap);
        return r;
    }
    // A square of side `side` centred in this rectangle.
    Rect centered_square(float side) const {
        return {center_x() - side / 2, center_y() - side / 2, side, side};
    }

    bool contains(const Rect& o, float tolerance = 0.01f) const {
        return o.x >= x - tolerance && o.y >= y - tolerance && o.right() <= right() + tolerance &&
               o.bottom() <= bottom() + tolerance;
    }
    bool overlaps(const Rect& o) const {
        return x < o.right() && o.x < right() && y < o.bottom() && o.y < bottom();
    }
    bool operator==(const Rect&) const = default;

  private:
    float bottom_edge() const { return y + h; }
};

struct Color {
    std::uint8_t r = 0;
    std::uint8_t g = 0;
    std::uint8_t b = 0;
    std::uint8_t a = 255;

    Color with_alpha(std::uint8_t alpha) const { return {r, g, b, alpha}; }
    bool operator==(const Color&) const = default;
};

} // namespace dagritme::layout
