// What the link adds to the board's layout: the pairing screen and the staff marker.
#include "board_text.hpp"
#include "layout/layout.hpp"
#include "scene_checks.hpp"

#include <doctest/doctest.h>

using namespace dagritme;
using namespace dagritme::test;

TEST_CASE("an unpaired screen shows its code, also outside screen hours") {
    const auto& measurer = text_engine();
    for (const auto size :
         {layout::Size{1920, 1080}, layout::Size{1080, 1920}, layout::Size{1280, 720}}) {
        layout::LayoutRequest request;
        request.screen = size;
        request.now_seconds = 22 * 3600; // 22:00, the screen would be black
        request.pairing_code = "048213";
        const auto scene = layout::layout_scene(request, measurer);
        CHECK_FALSE(scene.blank);
        CHECK(text_of(scene, "pairing-code") == "048 213");
        CHECK(text_of(scene, "pairing-title") == "Dit scherm koppelen");
        check_scene_geometry(scene, measurer);
    }
}

TEST_CASE("the staff marker sits in the margin, inside the screen, clear of everything") {
    const auto& measurer = text_engine();
    layout::LayoutRequest request;
    request.screen = {1920, 1080};
    request.now_seconds = 10 * 3600;
    request.planner_unreachable = true;
    auto scene = layout::layout_scene(request, measurer);
    CHECK(text_of(scene, "marker") == "geen verbinding met de planner");
    check_scene_geometry(scene, measurer);
    request.planner_unreachable = false;
    scene = layout::layout_scene(request, measurer);
    CHECK(text_of(scene, "marker").empty());
}
