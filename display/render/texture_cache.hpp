// Textures of the images a scene shows, by hash. Only uploads here (decoding happened on the
// worker); textures of images no longer on the board are dropped. Render thread only.
#pragma once

#include "media/decoded_image.hpp"

#include <SFML/Graphics/Texture.hpp>

#include <map>
#include <memory>
#include <string>

namespace dagritme::render {

using media::ImageSet;

class TextureCache {
  public:
    // Uploads what is new in `images`, drops what is gone. Returns true when anything changed.
    bool sync(const ImageSet& images);
    const sf::Texture* find(const std::string& hash) const;
    std::size_t size() const { return textures_.size(); }

  private:
    struct Entry {
        const media::DecodedImage* source = nullptr; // identity of the uploaded image
        std::unique_ptr<sf::Texture> texture;
    };
    std::map<std::string, Entry> textures_;
};

} // namespace dagritme::render
