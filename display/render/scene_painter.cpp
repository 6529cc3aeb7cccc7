// Scene drawing with SFML. Render thread only.
#include "render/scene_painter.hpp"

#include "render/shapes.hpp"

#include <SFML/Graphics/CircleShape.hpp>
#include <SFML/Graphics/RectangleShape.hpp>
#include <SFML/Graphics/Sprite.hpp>

#include <algorithm>
#include <cmath>

namespace dagritme::render {

using namespace dagritme::layout;

namespace {

sf::Color with_opacity(sf::Color c, float opacity) {
    c.a = static_cast<sf::Uint8>(
        std::lround(static_cast<float>(c.a) * std::clamp(opacity, 0.f, 1.f)));
    return c;
}

// The part of a texture that fills a square picture: the centred square ("cover").
sf::IntRect square_crop(const sf::Texture& texture) {
    const auto size = texture.getSize();
    const auto side = std::min(size.x, size.y);
    return {static_cast<int>((size.x - side) / 2), static_cast<int>((size.y - side) / 2),
            static_cast<int>(side), static_cast<int>(side)};
}

} // namespace

void ScenePainter::paint(sf::RenderTarget& target, const Scene& scene) const {
    target.clear(to_sf(scene.background));
    if (scene.blank) return texts_.sweep();
    sf::View view = target.getView();
    sf::View shifted = view;
    shifted.move(-scene.shift.x, -scene.shift.y);
    target.setView(shifted);
    for (const auto& element : scene.elements)
        std::visit([&](const auto& e) { draw(target, e); }, element);
    target.setView(view);
    texts_.sweep();
}

void ScenePainter::draw(sf::RenderTarget& t, const Card& card) const {
    if (card.shadow > 0) {
        // Two soft layers read as a gentle shadow without blur shaders.
        for (int i = 0; i < 2; ++i) {
            const float grow = card.shadow * static_cast<float>(i) * 0.5f;
            Rect r{card.rect.x - grow, card.rect.y + card.shadow - grow * 0.5f,
                   card.rect.w + 2 * grow, card.rect.h + grow};
            auto shadow = rounded_rect(r, card.radius + grow);
            shadow.setFillColor(sf::Color(90, 70, 40, i == 0 ? 26 : 14));
            t.draw(shadow);
        }
    }
    auto shape = rounded_rect(card.rect, card.radius);
    shape.setFillColor(to_sf(card.fill));
    if (card.border_width > 0) {
        shape.setOutlineThickness(-card.border_width); // inwards: stays inside the rect
        shape.setOutlineColor(to_sf(card.border));
    }
    t.draw(shape);
}

void ScenePainter::draw(sf::RenderTarget& t, const Picture& p) const {
    const sf::Texture* texture = p.hash.empty() ? nullptr : textures_.find(p.hash);
    if (p.round) {
        const float radius = std::min(p.rect.w, p.rect.h) / 2;
        const float cx = p.rect.center_x(), cy = p.rect.center_y();
        if (p.ring_width > 0) {
            sf::CircleShape ring(radius, 96);
            ring.setPosition(cx - radius, cy - radius);
            ring.setFillColor(with_opacity(to_sf(p.ring), p.opacity));
            t.draw(ring);
        }
        const float inner = radius - p.ring_width;
        sf::CircleShape disc(inner, 96);
        disc.setPosition(cx - inner, cy - inner);
        if (texture) {
            disc.setTexture(texture);
            disc.setTextureRect(square_crop(*texture));
            disc.setFillColor(with_opacity(sf::Color::White, p.opacity));
            t.draw(disc);
        } else {
            disc.setFillColor(with_opacity(to_sf(p.fallback_fill), p.opacity));
            t.draw(disc);
            draw_letter(t, {cx - inner, cy - inner, 2 * inner, 2 * inner}, p.fallback,
                        p.fallback_ink);
        }
        return;
    }
    if (texture) {
        // Pictograms keep their proportions, centred in the box.
        sf::Sprite sprite(*texture);
        const auto size = texture->getSize();
        const float scale =
            std::min(p.rect.w / static_cast<float>(size.x), p.rect.h / static_cast<float>(size.y));
        sprite.setScale(scale, scale);
        sprite.setPosition(p.rect.center_x() - static_cast<float>(size.x) * scale / 2,
                           p.rect.center_y() - static_cast<float>(size.y) * scale / 2);
        sprite.setColor(with_opacity(sf::Color::White, p.opacity));
        t.draw(sprite);
        return;
    }
    const Rect box = p.rect.inset(p.rect.w * 0.08f);
    auto shape = rounded_rect(box, box.w * 0.22f);
    shape.setFillColor(with_opacity(to_sf(p.fallback_fill), p.opacity));
    t.draw(shape);
    draw_letter(t, box, p.fallback, p.fallback_ink);
}

void ScenePainter::draw_letter(sf::RenderTarget& t, const Rect& box, const std::string& letter,
                               Color ink) const {
    TextLine line;
    line.rect = box;
    line.text = letter;
    line.size = static_cast<unsigned>(std::max(1.f, box.h * 0.5f));
    line.weight = Weight::bold;
    line.color = ink;
    line.align = Align::center;
    draw(t, line);
}

// The text's image as the text engine drew it, its lines centred vertically in the box.
void ScenePainter::draw(sf::RenderTarget& t, const TextLine& line) const {
    if (line.text.empty() || line.rect.w <= 0) return;
    const TextTexture& text = texts_.get(line);
    if (!text.texture) return;
    sf::Sprite sprite(*text.texture);
    const float top = line.rect.center_y() - text.box_height / 2;
    sprite.setPosition(std::round(line.rect.x + text.offset.x), std::round(top + text.offset.y));
    t.draw(sprite);
}

void ScenePainter::draw(sf::RenderTarget& t, const TimeTimer& timer) const {
    const float radius = std::min(timer.rect.w, timer.rect.h) / 2;
    const float cx = timer.rect.center_x(), cy = timer.rect.center_y();
    const float rim = std::max(2.f, radius * 0.07f);
    sf::CircleShape face(radius - rim, 128);
    face.setPosition(cx - radius + rim, cy - radius + rim);
    face.setFillColor(to_sf(timer.face));
    face.setOutlineThickness(rim);
    face.setOutlineColor(to_sf(timer.rim));
    t.draw(face);
    t.draw(sector(cx, cy, radius - rim * 1.8f, timer.remaining, to_sf(timer.sector)));
    // Twelve ticks, like the face of a clock.
    for (int i = 0; i < 12; ++i) {
        sf::RectangleShape tick({std::max(1.5f, radius * 0.035f), radius * 0.12f});
        tick.setOrigin(tick.getSize().x / 2, radius - rim * 1.6f);
        tick.setPosition(cx, cy);
        tick.setRotation(static_cast<float>(i) * 30.f);
        tick.setFillColor(sf::Color(120, 110, 100, 140));
        t.draw(tick);
    }
    sf::CircleShape knob(radius * 0.1f, 48);
    knob.setPosition(cx - radius * 0.1f, cy - radius * 0.1f);
    knob.setFillColor(sf::Color(90, 84, 92));
    t.draw(knob);
}

} // namespace dagritme::render
