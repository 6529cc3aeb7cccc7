// Draws a scene with SFML: rounded cards with soft shadows, pictures (round photos with a
// ring, pictograms kept in proportion, a letter when the image is missing), text lines and
// the time timer. Render thread only; the text textures and the texture cache must outlive it.
#pragma once

#include "layout/scene.hpp"
#include "render/text_textures.hpp"
#include "render/texture_cache.hpp"

#include <SFML/Graphics/RenderTarget.hpp>

namespace dagritme::render {

class ScenePainter {
  public:
    ScenePainter(TextTextures& texts, const TextureCache& textures)
        : texts_(texts), textures_(textures) {}

    // Draws the whole scene into `target`, whose view must cover scene.size; the textures of
    // texts that it no longer shows are dropped.
    void paint(sf::RenderTarget& target, const layout::Scene& scene) const;

  private:
    void draw(sf::RenderTarget& t, const layout::Card& card) const;
    void draw(sf::RenderTarget& t, const layout::Picture& picture) const;
    void draw(sf::RenderTarget& t, const layout::TextLine& line) const;
    void draw(sf::RenderTarget& t, const layout::TimeTimer& timer) const;
    void draw_letter(sf::RenderTarget& t, const layout::Rect& box, const std::string& letter,
                     layout::Color ink) const;

    TextTextures& texts_;
    const TextureCache& textures_;
};

} // namespace dagritme::render
