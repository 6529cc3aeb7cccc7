// Draws a scene with SFML: rounded cards with soft shadows, pictures (round photos with a
// ring, pictograms kept in proportion, a letter when the image is missing), text lines and
// the time timer. Render thread only; the fonts and the texture cache must outlive it.
#pragma once

#include "layout/scene.hpp"
#include "layout/text_measurer.hpp"
#include "render/font_set.hpp"
#include "render/texture_cache.hpp"

#include <SFML/Graphics/RenderTarget.hpp>

namespace dagritme::render {

class ScenePainter {
  public:
    ScenePainter(const FontSet& fonts, const TextureCache& textures,
                 const layout::TextMeasurer& measurer)
        : fonts_(fonts), textures_(textures), measurer_(measurer) {}

    // Draws the whole scene into `target`, whose view must cover scene.size.
    void paint(sf::RenderTarget& target, const layout::Scene& scene) const;

  private:
    void draw(sf::RenderTarget& t, const layout::Card& card) const;
    void draw(sf::RenderTarget& t, const layout::Picture& picture) const;
    void draw(sf::RenderTarget& t, const layout::TextLine& line) const;
    void draw(sf::RenderTarget& t, const layout::TimeTimer& timer) const;
    void draw_letter(sf::RenderTarget& t, const layout::Rect& box, const std::string& letter,
                     layout::Color ink) const;

    const FontSet& fonts_;
    const TextureCache& textures_;
    const layout::TextMeasurer& measurer_;
};

} // namespace dagritme::render
