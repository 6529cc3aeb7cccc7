// Texture upload with mipmaps, so large pictograms stay smooth when drawn small.
// Render thread only.
#include "render/texture_cache.hpp"

#include "log/log.hpp"

namespace dagritme::render {

bool TextureCache::sync(const ImageSet& images) {
    bool changed = false;
    for (auto it = textures_.begin(); it != textures_.end();) {
        if (!images.contains(it->first)) {
            it = textures_.erase(it);
            changed = true;
        } else {
            ++it;
        }
    }
    for (const auto& [hash, image] : images) {
        if (!image) continue;
        auto& entry = textures_[hash];
        if (entry.source == image.get()) continue;
        auto texture = std::make_unique<sf::Texture>();
        if (!texture->create(image->width, image->height)) {
            log::warn("cannot create a texture for " + hash);
            textures_.erase(hash);
            continue;
        }
        texture->update(image->rgba.data());
        texture->setSmooth(true);
        texture->generateMipmap();
        entry.source = image.get();
        entry.texture = std::move(texture);
        changed = true;
    }
    return changed;
}

const sf::Texture* TextureCache::find(const std::string& hash) const {
    auto it = textures_.find(hash);
    return it == textures_.end() ? nullptr : it->second.texture.get();
}

} // namespace dagritme::render
