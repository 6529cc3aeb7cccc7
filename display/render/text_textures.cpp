// Text textures by everything that changes their pixels. Render thread only.
#include "render/text_textures.hpp"

#include "log/log.hpp"

#include <cstring>

namespace dagritme::render {

namespace {

std::string key_of(const layout::TextLine& line) {
    std::string key = line.text;
    key += '\0';
    key += std::to_string(line.size) + '/' + std::to_string(static_cast<int>(line.weight)) + '/' +
           std::to_string(static_cast<int>(line.align)) + '/' + std::to_string(line.max_lines) +
           '/' + std::to_string(line.rect.w) + '/' + std::to_string(line.color.r) + ',' +
           std::to_string(line.color.g) + ',' + std::to_string(line.color.b) + ',' +
           std::to_string(line.color.a);
    return key;
}

} // namespace

layout::TextRun run_of(const layout::TextLine& line) {
    return {line.text, line.size, line.weight, line.rect.w, line.max_lines};
}

const TextTexture& TextTextures::get(const layout::TextLine& line) {
    const std::string key = key_of(line);
    if (auto it = textures_.find(key); it != textures_.end()) {
        it->second.used = true;
        return it->second;
    }
    const layout::TextRun run = run_of(line);
    TextTexture made;
    made.box_height = engine_.measure(run).height;
    // Not the text itself: names of children do not belong in a log.
    if (const int unknown = engine_.unknown_glyphs(run); unknown > 0)
        log::warn("a text on the board has " + std::to_string(unknown) +
                  " character(s) that no installed font shows; install fonts-noto-core, "
                  "fonts-noto-cjk and fonts-noto-color-emoji");
    const text::TextImage image = engine_.render(run, line.align, line.color);
    if (image.width > 0 && image.height > 0) {
        auto texture = std::make_unique<sf::Texture>();
        if (texture->create(image.width, image.height)) {
            texture->update(image.rgba.data());
            texture->setSmooth(false); // drawn at whole pixels, one texel per pixel
            made.texture = std::move(texture);
            made.offset = {image.offset_x, image.offset_y};
        } else {
            log::warn("cannot create a texture for a text of " + std::to_string(image.width) + "x" +
                      std::to_string(image.height) + " pixels");
        }
    }
    return textures_.emplace(key, std::move(made)).first->second;
}

void TextTextures::sweep() {
    for (auto it = textures_.begin(); it != textures_.end();) {
        if (!it->second.used) {
            it = textures_.erase(it);
        } else {
            it->second.used = false;
            ++it;
        }
    }
}

} // namespace dagritme::render
