// SFML shapes the painter needs that SFML lacks: rounded rectangles and pie sectors.
// Render thread only (they become vertex data for one draw call).
#pragma once

#include "layout/geometry.hpp"

#include <SFML/Graphics/Color.hpp>
#include <SFML/Graphics/ConvexShape.hpp>
#include <SFML/Graphics/VertexArray.hpp>

namespace dagritme::render {

inline sf::Color to_sf(layout::Color c) {
    return {c.r, c.g, c.b, c.a};
}

sf::ConvexShape rounded_rect(const layout::Rect& rect, float radius);
// A filled sector of a circle from 12 o'clock, counter-clockwise over `fraction` of the turn
// (as the red disc of a time timer).
sf::VertexArray sector(float cx, float cy, float radius, float fraction, sf::Color color);

} // namespace dagritme::render
