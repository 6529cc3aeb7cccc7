// The board as the render thread sees it: the current scene made from the latest snapshot,
// the text engine, the textures and the painter. It only makes a new scene when something that
// could change it changed (a new snapshot, the size, the minute), and says whether the new
// scene differs, so the screen is redrawn only then. Render thread only.
#pragma once

#include "config/display_config.hpp"
#include "feed/snapshot.hpp"
#include "layout/scene.hpp"
#include "render/scene_painter.hpp"
#include "render/text_textures.hpp"
#include "render/texture_cache.hpp"
#include "text/text_engine.hpp"

#include <SFML/Graphics/RenderTarget.hpp>

#include <cstdint>
#include <limits>
#include <optional>

namespace dagritme::app {

class BoardView {
  public:
    // Throws text::FontNotFound when the board's font cannot be used.
    explicit BoardView(const DisplayConfig& config);

    // True when the scene (or a texture in it) changed since the last paint. `today`: the local
    // date (empty: the board's own date).
    bool refresh(const Snapshot& snapshot, layout::Size size, int now_seconds,
                 std::optional<Date> today);
    void paint(sf::RenderTarget& target);
    const layout::Scene& scene() const { return scene_; }
    // When the scene may change by itself next (seconds since midnight).
    int valid_until() const { return valid_until_; }

  private:
    const DisplayConfig& config_;
    text::TextEngine text_; // measures for the layout and draws the texts: both the same way
    render::TextTextures texts_;
    render::TextureCache textures_;
    render::ScenePainter painter_;
    layout::Scene scene_;
    std::uint64_t generation_ = std::numeric_limits<std::uint64_t>::max();
    std::optional<Date> today_;
    int made_at_ = -1;
    int valid_until_ = -1;
    bool dirty_ = true;
};

} // namespace dagritme::app
