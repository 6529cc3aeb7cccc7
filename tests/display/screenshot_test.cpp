// The real dagritme-display under Xvfb: its screenshots are checked pixel by pixel where the
// layout says things are (tests/display/display_run.hpp runs it).
#include "board_text.hpp"
#include "display_run.hpp"
#include "layout/day_timeline.hpp"
#include "layout/layout.hpp"
#include "layout/palette.hpp"
#include "scene_checks.hpp"
#include "temp_dir.hpp"
#include "test_support.hpp"

#include <algorithm>
#include <cmath>
#include <tuple>

using namespace dagritme;
using test::near;
using test::Png;
using test::run_display;
namespace fs = std::filesystem;
namespace palette = layout::palette;

namespace {

// A point inside a strip card, between its border and its pictogram, on screen (the
// layout's place plus the burn-in shift of that minute).
layout::Vec2 strip_fill(const board::Board& b, layout::Size size, int now,
                        const std::string& block) {
    const auto& m = test::text_engine();
    layout::LayoutRequest request;
    request.board = &b;
    request.screen = size;
    request.now_seconds = now;
    const auto scene = layout::layout_scene(request, m);
    const auto* frame = test::find_frame(scene, "strip:" + block);
    REQUIRE(frame);
    return {frame->rect.x + frame->rect.w * 0.06f + scene.shift.x,
            frame->rect.center_y() + scene.shift.y};
}

const std::string zonnebloem = test::data_path("board-zonnebloem.json");

} // namespace

TEST_CASE("the highlighted block moves along the strip between two times") {
    test::TempDir dir;
    const auto b = test::example_board("board-zonnebloem.json");
    const layout::Size size{1920, 1080};
    for (const auto& [time, current, other] :
         {std::tuple{"10:15", "b4", "b5"}, std::tuple{"10:45", "b5", "b4"}}) {
        CAPTURE(time);
        const auto out = dir / (std::string("board-") + time + ".png");
        const auto run = run_display(
            {"--board", zonnebloem, "--now", time, "--screenshot", out, "--size", "1920x1080"},
            dir);
        REQUIRE_MESSAGE(run.exit_code == 0, run.output);
        const Png png(out);
        REQUIRE(png.width() == 1920);
        REQUIRE(png.height() == 1080);
        const int now = TimeOfDay::parse(time)->minutes * 60;
        const auto here = strip_fill(b, size, now, current);
        const auto there = strip_fill(b, size, now, other);
        CHECK_MESSAGE(near(png.at(here.x, here.y), palette::now_fill), png.at(here.x, here.y));
        CHECK_MESSAGE(!near(png.at(there.x, there.y), palette::now_fill), png.at(there.x, there.y));
    }
}

namespace {

// Pixels in `r` (a place in the layout, on screen after the burn-in shift) near `colour`, and
// pixels that are clearly coloured (far from grey), which only an emoji draws there.
struct InkCount {
    int near_colour = 0;
    int saturated = 0;
};

InkCount ink_in(const Png& png, const layout::Scene& scene, const layout::Rect& r,
                layout::Color colour) {
    InkCount count;
    for (float y = std::max(0.f, r.y + scene.shift.y);
         y < std::min(static_cast<float>(png.height()), r.bottom() + scene.shift.y); ++y)
        for (float x = std::max(0.f, r.x + scene.shift.x);
             x < std::min(static_cast<float>(png.width()), r.right() + scene.shift.x); ++x) {
            const auto c = png.at(x, y);
            if (near(c, colour)) ++count.near_colour;
            const auto [lo, hi] = std::minmax({c.r, c.g, c.b});
            if (hi - lo > 80) ++count.saturated;
        }
    return count;
}

// The share of the text's opaque pixels, as the text engine draws them and the painter places
// them, that the screenshot shows in their colour: a box or a wrong glyph in its place does
// not match.
double drawn_as_engine_draws(const Png& png, const layout::Scene& scene,
                             const layout::TextLine& t) {
    const auto& engine = test::text_engine();
    const layout::TextRun run{t.text, t.size, t.weight, t.rect.w, t.max_lines};
    const auto image = engine.render(run, t.align, t.color);
    const float top = t.rect.center_y() - engine.measure(run).height / 2;
    const float x0 = std::round(t.rect.x + image.offset_x) + scene.shift.x;
    const float y0 = std::round(top + image.offset_y) + scene.shift.y;
    int opaque = 0, same = 0;
    for (unsigned y = 0; y < image.height; ++y)
        for (unsigned x = 0; x < image.width; ++x) {
            const auto* p = &image.rgba[(std::size_t{y} * image.width + x) * 4];
            if (p[3] < 255) continue;
            ++opaque;
            same += near(png.at(x0 + static_cast<float>(x), y0 + static_cast<float>(y)),
                         {p[0], p[1], p[2]});
        }
    REQUIRE(opaque > 0);
    return static_cast<double>(same) / opaque;
}

} // namespace

TEST_CASE("Arabic, Chinese, emoji and a separately typed accent are drawn, none as a box") {
    test::TempDir dir;
    const auto b = test::example_board("board-scripts.json");
    const auto out = dir / "scripts.png";
    const auto run = run_display({"--board", test::data_path("board-scripts.json"), "--now",
                                  "10:15", "--screenshot", out, "--size", "1920x1080"},
                                 dir);
    REQUIRE_MESSAGE(run.exit_code == 0, run.output);
    CHECK_MESSAGE(run.output.find("no installed font shows") == std::string::npos, run.output);
    const Png png(out);

    // The scene the display drew: the same layout with the same text engine.
    const auto& engine = test::text_engine();
    layout::LayoutRequest request;
    request.board = &b;
    request.screen = {1920, 1080};
    request.now_seconds = 10 * 3600 + 15 * 60;
    const auto scene = layout::layout_scene(request, engine);

    // No font is missing for any text on the board: Pango would draw those as boxes.
    int texts = 0;
    for (const auto& e : scene.elements)
        if (const auto* t = std::get_if<layout::TextLine>(&e)) {
            CAPTURE(t->text);
            CHECK(engine.unknown_glyphs({t->text, t->size, t->weight, t->rect.w, t->max_lines}) ==
                  0);
            ++texts;
        }
    CHECK(texts > 20);
    for (const char* id : {"c6", "c2"}) {
        const auto photos =
            test::elements_tagged<layout::Picture>(scene, std::string("photo:") + id);
        REQUIRE(photos.size() == 1);
        CHECK(engine.unknown_glyphs({photos[0]->fallback, 40, layout::Weight::bold, 0, 1}) == 0);
        CHECK(ink_in(png, scene, photos[0]->rect, palette::avatar_ink).near_colour > 20);
    }

    // Each of these texts is on the screen, drawn in its colour; the emoji in their own.
    const std::vector<std::tuple<std::string, std::string, bool>> expected{
        {"group", "De Zonnebloem \U0001F33B", true},
        {"now-label", "Zwemmen \U0001F3CA", true},
        {"next-label", "Wandelen met \u79C0\u82F1 en \u0645\u0631\u064A\u0645", false},
        {"name:c6", "\u0645\u0631\u064A\u0645", false},
        {"name:c2", "\u79C0\u82F1", false},
        {"name:c5", "Zoe\u0308", false},
        {"visitor:c5", "met \u0645\u0627\u0645\u0627", false}};
    for (const auto& [tag, text, emoji] : expected) {
        CAPTURE(tag);
        const auto lines = test::elements_tagged<layout::TextLine>(scene, tag);
        REQUIRE(lines.size() == 1);
        CHECK(lines[0]->text == text);
        CHECK(drawn_as_engine_draws(png, scene, *lines[0]) > 0.9);
        const auto ink = ink_in(png, scene, lines[0]->rect, lines[0]->color);
        CHECK(ink.near_colour > 30);
        const auto [lo, hi] =
            std::minmax({lines[0]->color.r, lines[0]->color.g, lines[0]->color.b});
        if (emoji)
            CHECK(ink.saturated > 100);
        else if (hi - lo < 40) // grey ink: nothing coloured where it is drawn
            CHECK(ink.saturated < 10);
    }
}

TEST_CASE("yesterday's board from the cache shows today: its date and its routine, nobody") {
    test::TempDir dir;
    const auto yesterday = test::example_board("board-yesterday.json");
    const auto out = dir / "yesterday.png";
    const auto run =
        run_display({"--board", test::data_path("board-yesterday.json"), "--now", "10:15",
                     "--today", "2026-12-01", "--screenshot", out, "--size", "1920x1080"},
                    dir);
    REQUIRE_MESSAGE(run.exit_code == 0, run.output);
    const Png png(out);

    layout::LayoutRequest request;
    request.board = &yesterday;
    request.screen = {1920, 1080};
    request.now_seconds = 10 * 3600 + 15 * 60;
    request.today = Date{2026, 12, 1};
    const auto scene = layout::layout_scene(request, test::text_engine());
    for (const auto& [tag, text] :
         {std::pair<std::string, std::string>{"date", "dinsdag 1 december"},
          {"now-label", "Fruit eten en drinken"}}) {
        CAPTURE(tag);
        const auto lines = test::elements_tagged<layout::TextLine>(scene, tag);
        REQUIRE(lines.size() == 1);
        CHECK(lines[0]->text == text);
        CHECK(drawn_as_engine_draws(png, scene, *lines[0]) > 0.9);
    }
    const auto* fruit = test::find_frame(scene, "strip:b4");
    REQUIRE(fruit);
    const float x = fruit->rect.x + fruit->rect.w * 0.06f + scene.shift.x;
    const float y = fruit->rect.center_y() + scene.shift.y;
    CHECK_MESSAGE(near(png.at(x, y), palette::now_fill), png.at(x, y));
    for (const auto& child : yesterday.children)
        CHECK_FALSE(test::find_frame(scene, "person:" + child.id));
}

TEST_CASE("outside screen hours the screen is black") {
    test::TempDir dir;
    for (const char* time : {"06:00", "18:00", "23:30"}) {
        CAPTURE(time);
        const auto out = dir / "night.png";
        const auto run = run_display(
            {"--board", zonnebloem, "--now", time, "--screenshot", out, "--size", "1280x720"}, dir);
        REQUIRE_MESSAGE(run.exit_code == 0, run.output);
        CHECK(Png(out).all_black());
    }
}

TEST_CASE("portrait, 4K and the busy day render") {
    test::TempDir dir;
    for (const auto& [board, size, w, h] :
         {std::tuple{"board-zonnebloem.json", "1080x1920", 1080, 1920},
          std::tuple{"board-busy.json", "3840x2160", 3840, 2160},
          std::tuple{"board-long-names.json", "1280x720", 1280, 720}}) {
        CAPTURE(board);
        const auto out = dir / "frame.png";
        const auto run = run_display({"--board", test::data_path(board), "--now", "10:15",
                                      "--screenshot", out, "--size", size},
                                     dir);
        REQUIRE_MESSAGE(run.exit_code == 0, run.output);
        const Png png(out);
        CHECK(png.width() == w);
        CHECK(png.height() == h);
        CHECK(near(png.at(2, 2), palette::background));
    }
}

TEST_CASE("without a board: the calm waiting screen") {
    test::TempDir dir;
    const auto out = dir / "waiting.png";
    const auto run =
        run_display({"--now", "10:15", "--screenshot", out, "--size", "1920x1080"}, dir);
    REQUIRE_MESSAGE(run.exit_code == 0, run.output);
    const Png png(out);
    CHECK(near(png.at(10, 10), palette::background));
    CHECK(near(png.at(700, 450), palette::card)); // the "Even geduld" card
}

TEST_CASE("unknown images become placeholders, the board still shows") {
    test::TempDir dir;
    std::string text = test::read_text(zonnebloem);
    const auto b = test::example_board("board-zonnebloem.json");
    for (const auto& block : b.blocks) {
        const auto at = text.find(*block.pictogram);
        if (at != std::string::npos) text.replace(at, 64, std::string(64, 'c'));
    }
    const auto board_file = dir.write("board.json", text);
    const auto out = dir / "placeholders.png";
    const auto run = run_display({"--board", board_file.string(), "--now", "10:15", "--screenshot",
                                  out, "--size", "1920x1080"},
                                 dir);
    REQUIRE_MESSAGE(run.exit_code == 0, run.output);
    CHECK(run.output.find("showing a placeholder") != std::string::npos);
    CHECK(Png(out).width() == 1920);
}
