// Rounded rectangles and sectors as polygons. Render thread only.
#include "render/shapes.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace dagritme::render {

sf::ConvexShape rounded_rect(const layout::Rect& rect, float radius) {
    constexpr std::size_t per_corner = 12;
    const float r = std::clamp(radius, 0.f, std::min(rect.w, rect.h) / 2);
    sf::ConvexShape shape(per_corner * 4);
    const float pi = std::numbers::pi_v<float>;
    const float cx[4] = {rect.right() - r, rect.x + r, rect.x + r, rect.right() - r};
    const float cy[4] = {rect.y + r, rect.y + r, rect.bottom() - r, rect.bottom() - r};
    std::size_t n = 0;
    for (std::size_t corner = 0; corner < 4; ++corner) {
        for (std::size_t i = 0; i < per_corner; ++i) {
            // Corners in drawing order: top right, top left, bottom left, bottom right.
            const float a =
                (static_cast<float>(corner) + static_cast<float>(i) / (per_corner - 1)) * pi / 2;
            shape.setPoint(n++, {cx[corner] + r * std::cos(a), cy[corner] - r * std::sin(a)});
        }
    }
    return shape;
}

sf::VertexArray sector(float cx, float cy, float radius, float fraction, sf::Color color) {
    const float f = std::clamp(fraction, 0.f, 1.f);
    const auto steps = static_cast<std::size_t>(std::max(2.f, 180 * f));
    sf::VertexArray fan(sf::TriangleFan, steps + 2);
    fan[0] = sf::Vertex({cx, cy}, color);
    const float pi = std::numbers::pi_v<float>;
    for (std::size_t i = 0; i <= steps; ++i) {
        // From 12 o'clock counter-clockwise; y grows downwards on screen.
        const float a = -pi / 2 - 2 * pi * f * static_cast<float>(i) / static_cast<float>(steps);
        fan[i + 1] = sf::Vertex({cx + radius * std::cos(a), cy + radius * std::sin(a)}, color);
    }
    return fan;
}

} // namespace dagritme::render
