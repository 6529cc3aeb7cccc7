// SceneBuilder: adds frames and elements; the text helpers do the fitting. Pure.
#include "layout/scene_builder.hpp"

#include "layout/palette.hpp"

#include <algorithm>

namespace dagritme::layout {

int SceneBuilder::frame(const Rect& rect, std::string tag, int parent) {
    scene_.frames.push_back({rect, std::move(tag), parent});
    return static_cast<int>(scene_.frames.size()) - 1;
}

void SceneBuilder::card(int frame, const Rect& rect, Color fill, Color border, float border_width,
                        float radius, float shadow, std::string tag) {
    Card c;
    c.rect = rect;
    c.frame = frame;
    c.tag = std::move(tag);
    c.radius = radius < 0 ? std::min(u(24), std::min(rect.w, rect.h) / 4) : radius;
    c.fill = fill;
    c.border = border;
    c.border_width = border_width;
    c.shadow = shadow;
    scene_.elements.emplace_back(std::move(c));
}

Picture& SceneBuilder::picture(int frame, const Rect& rect, std::string hash, std::string fallback,
                               bool round, std::string tag) {
    Picture p;
    p.rect = rect;
    p.frame = frame;
    p.tag = std::move(tag);
    p.hash = std::move(hash);
    p.fallback = std::move(fallback);
    p.round = round;
    p.fallback_fill = round ? palette::avatar_fill : palette::placeholder_fill;
    p.fallback_ink = round ? palette::avatar_ink : palette::placeholder_ink;
    scene_.elements.emplace_back(std::move(p));
    return std::get<Picture>(scene_.elements.back());
}

void SceneBuilder::timer(int frame, const Rect& rect, float remaining) {
    TimeTimer t;
    t.rect = rect;
    t.frame = frame;
    t.tag = "timer";
    t.remaining = std::clamp(remaining, 0.f, 1.f);
    t.face = palette::timer_face;
    t.sector = palette::timer_sector;
    t.rim = palette::timer_rim;
    scene_.elements.emplace_back(std::move(t));
}

float SceneBuilder::text(int frame, const Rect& box, std::string_view text, const TextStyle& style,
                         Color color, Align align, std::string tag) {
    const FittedText fitted = fit_text(measurer_, text, box.w, box.h, style);
    if (fitted.extent.lines == 0) return 0;
    const float h = fitted.extent.height;
    TextLine t;
    t.rect = {box.x, box.y + std::max(0.f, (box.h - h) / 2), box.w, h};
    t.frame = frame;
    t.tag = std::move(tag);
    t.text = std::string(text);
    t.size = fitted.size;
    t.weight = style.weight;
    t.color = color;
    t.align = align;
    t.max_lines = fitted.max_lines;
    scene_.elements.emplace_back(std::move(t));
    return h;
}

void SceneBuilder::line(int frame, const Rect& box, std::string_view text, unsigned size,
                        Weight weight, Color color, Align align, std::string tag) {
    TextRun run{text, size, weight, box.w, 1};
    TextExtent extent = measurer_.measure(run);
    while (run.size > 1 && extent.height > box.h) {
        --run.size;
        extent = measurer_.measure(run);
    }
    TextLine t;
    t.rect = {box.x, box.y + std::max(0.f, (box.h - extent.height) / 2), box.w, extent.height};
    t.frame = frame;
    t.tag = std::move(tag);
    t.text = std::string(text);
    t.size = run.size;
    t.weight = weight;
    t.color = color;
    t.align = align;
    scene_.elements.emplace_back(std::move(t));
}

} // namespace dagritme::layout
