// Geometry checks on scenes, shared by the layout tests: nothing overlaps, nothing leaves
// the screen, every text fits its box. Test code.
#pragma once

#include "layout/scene.hpp"
#include "layout/text_measurer.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace dagritme::test {

inline const layout::Frame* find_frame(const layout::Scene& s, const std::string& tag) {
    for (const auto& f : s.frames)
        if (f.tag == tag) return &f;
    return nullptr;
}

template <class T>
std::vector<const T*> elements_tagged(const layout::Scene& s, const std::string& tag) {
    std::vector<const T*> out;
    for (const auto& e : s.elements)
        if (auto* t = std::get_if<T>(&e); t && t->tag == tag) out.push_back(t);
    return out;
}

inline std::string text_of(const layout::Scene& s, const std::string& tag) {
    std::string out;
    for (const auto* t : elements_tagged<layout::TextLine>(s, tag))
        out += (out.empty() ? "" : " ") + t->text;
    return out;
}

inline const layout::Rect& rect_of(const layout::Element& e) {
    return std::visit([](const auto& x) -> const layout::Rect& { return x.rect; }, e);
}
inline int frame_of(const layout::Element& e) {
    return std::visit([](const auto& x) { return x.frame; }, e);
}

inline void check_scene_geometry(const layout::Scene& s, const layout::TextMeasurer& measurer) {
    // The burn-in shift moves everything; the layout keeps a margin for it.
    const layout::Rect screen{-s.shift.x, -s.shift.y, s.size.width, s.size.height};
    for (std::size_t i = 0; i < s.frames.size(); ++i) {
        const auto& f = s.frames[i];
        CAPTURE(f.tag);
        CHECK(f.rect.w > 0);
        CHECK(f.rect.h > 0);
        const layout::Rect& outer =
            f.parent < 0 ? screen : s.frames[static_cast<std::size_t>(f.parent)].rect;
        CHECK(outer.contains(f.rect));
        for (std::size_t j = i + 1; j < s.frames.size(); ++j) {
            const auto& g = s.frames[j];
            if (g.parent != f.parent) continue;
            CAPTURE(g.tag);
            CHECK_FALSE(f.rect.overlaps(g.rect));
        }
    }
    for (const auto& e : s.elements) {
        const int fi = frame_of(e);
        REQUIRE(fi >= 0);
        REQUIRE(static_cast<std::size_t>(fi) < s.frames.size());
        const auto& frame = s.frames[static_cast<std::size_t>(fi)];
        CAPTURE(frame.tag);
        CHECK(frame.rect.contains(rect_of(e)));
        if (const auto* t = std::get_if<layout::TextLine>(&e)) {
            CAPTURE(t->text);
            CHECK(t->size > 0);
            // Measured as the renderer lays it out: within its box's width and height.
            const auto extent =
                measurer.measure({t->text, t->size, t->weight, t->rect.w, t->max_lines});
            CHECK(extent.width <= t->rect.w + 0.01f);
            CHECK(extent.height <= t->rect.h + 0.01f);
        }
    }
}

} // namespace dagritme::test
