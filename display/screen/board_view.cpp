// Scene upkeep for the render thread.
#include "screen/board_view.hpp"

#include "layout/layout.hpp"

namespace dagritme::app {

BoardView::BoardView(const DisplayConfig& config)
    : config_(config), text_(text::FontFiles{config.font_regular, config.font_bold}), texts_(text_),
      painter_(texts_, textures_) {}

bool BoardView::refresh(const Snapshot& snapshot, layout::Size size, int now,
                        std::optional<Date> today) {
    bool relayout = size != scene_.size || now >= valid_until_ || now < made_at_ || today != today_;
    if (snapshot.generation != generation_) {
        generation_ = snapshot.generation;
        if (textures_.sync(snapshot.images)) dirty_ = true;
        relayout = true;
    }
    if (relayout) {
        layout::LayoutRequest request;
        request.board = snapshot.board.get();
        request.screen = size;
        request.now_seconds = now;
        request.today = today;
        request.pairing_code = snapshot.notice.pairing_code;
        request.planner_unreachable = snapshot.notice.planner_unreachable;
        const DisplayConfig& config = snapshot.config ? *snapshot.config : config_;
        request.fallback_hours = config.hours;
        request.burn_in_shift = config.burn_in_shift;
        layout::Scene scene = layout::layout_scene(request, text_);
        made_at_ = now;
        today_ = today;
        valid_until_ = layout::next_scene_change(now);
        if (scene != scene_) {
            scene_ = std::move(scene);
            dirty_ = true;
        }
    }
    return dirty_;
}

void BoardView::paint(sf::RenderTarget& target) {
    painter_.paint(target, scene_);
    dirty_ = false;
}

} // namespace dagritme::app
