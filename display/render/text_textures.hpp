// Textures of the texts a scene shows: the text engine rasterises each text once, the render
// thread uploads it, and a text that the last frame did not draw is dropped. Render thread
// only; the engine must outlive it.
#pragma once

#include "layout/scene.hpp"
#include "text/text_engine.hpp"

#include <SFML/Graphics/Texture.hpp>

#include <map>
#include <memory>
#include <string>

namespace dagritme::render {

struct TextTexture {
    std::unique_ptr<sf::Texture> texture; // null: nothing to draw (blank text)
    sf::Vector2f offset;                  // from the top left corner of the text's box
    float box_height = 0;                 // the height Pango gives the text's lines
    bool used = true;
};

class TextTextures {
  public:
    explicit TextTextures(const text::TextEngine& engine) : engine_(engine) {}

    // The texture of `line`, made on first use.
    const TextTexture& get(const layout::TextLine& line);
    // Drops the textures not asked for since the last sweep.
    void sweep();
    std::size_t size() const { return textures_.size(); }

  private:
    const text::TextEngine& engine_;
    std::map<std::string, TextTexture> textures_;
};

// The run the layout measured for `line`: wrapped at its box's width, at most its lines.
layout::TextRun run_of(const layout::TextLine& line);

} // namespace dagritme::render
