// Text width from glyph advances and kerning, as sf::Text lays glyphs out. Render thread only.
#include "render/font_text_measurer.hpp"

#include <SFML/System/String.hpp>

namespace dagritme::render {

float FontTextMeasurer::width(std::string_view utf8, unsigned size, layout::Weight weight) const {
    const sf::Font& font = weight == layout::Weight::bold ? fonts_.bold() : fonts_.regular();
    const sf::String text = sf::String::fromUtf8(utf8.begin(), utf8.end());
    float x = 0;
    sf::Uint32 previous = 0;
    for (std::size_t i = 0; i < text.getSize(); ++i) {
        const sf::Uint32 c = text[i];
        x += font.getKerning(previous, c, size);
        x += font.getGlyph(c, size, false).advance;
        previous = c;
    }
    return x;
}

} // namespace dagritme::render
