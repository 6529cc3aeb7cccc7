// Layout geometry over every example board, screen size and time of day: nothing overlaps,
// nothing leaves the screen, text fits, big things are big. And the layout stays pure.
#include "board_text.hpp"
#include "layout/layout.hpp"
#include "scene_checks.hpp"
#include "test_support.hpp"

#include <filesystem>
#include <fstream>

using namespace dagritme;

namespace {

const std::vector<layout::Size> sizes{{1280, 720},  {1920, 1080}, {1080, 1920},
                                      {3840, 2160}, {2160, 3840}, {1366, 768}};
const std::vector<const char*> boards{"board-zonnebloem.json", "board-busy.json",
                                      "board-crowded.json",    "board-empty-day.json",
                                      "board-long-names.json", "board-scripts.json"};

layout::Scene scene_at(const board::Board* b, layout::Size size, int minutes,
                       const layout::TextMeasurer& m) {
    layout::LayoutRequest request;
    request.board = b;
    request.screen = size;
    request.now_seconds = minutes * 60;
    return layout::layout_scene(request, m);
}

} // namespace

TEST_CASE("no overlaps, nothing off screen, all text fits: every board, size and time") {
    const auto& m = test::text_engine();
    for (const char* name : boards) {
        const auto b = test::example_board(name);
        for (const auto size : sizes) {
            for (int minutes : {7 * 60 + 20, 9 * 60 + 59, 10 * 60, 10 * 60 + 1, 10 * 60 + 45,
                                12 * 60, 17 * 60 + 45}) {
                CAPTURE(name);
                CAPTURE(size.width);
                CAPTURE(size.height);
                CAPTURE(minutes);
                const auto scene = scene_at(&b, size, minutes, m);
                REQUIRE_FALSE(scene.blank);
                test::check_scene_geometry(scene, m);
                // Everyone present has a place.
                for (const auto& c : b.children)
                    CHECK(test::find_frame(scene, "person:" + c.id));
                for (const auto& s : b.staff)
                    CHECK(test::find_frame(scene, "person:" + s.id));
                for (const auto& block : b.blocks)
                    CHECK(test::find_frame(scene, "strip:" + block.id));
                // The current block's label is the strongest text of its card, and "Straks"
                // never outshouts "Nu".
                const auto now_label = test::elements_tagged<layout::TextLine>(scene, "now-label");
                if (!now_label.empty()) {
                    REQUIRE(now_label.size() == 1);
                    for (const char* tag : {"remaining", "next-label"})
                        for (const auto* t : test::elements_tagged<layout::TextLine>(scene, tag)) {
                            CAPTURE(tag);
                            CHECK(now_label[0]->size >= t->size);
                        }
                }
            }
        }
    }
}

TEST_CASE(
    "legible across the room: the current pictogram is at least a quarter of the screen height") {
    const auto& m = test::text_engine();
    for (const char* name : boards) {
        const auto b = test::example_board(name);
        if (b.blocks.empty()) continue; // no current block (see the greeting tests)
        for (const auto size : sizes) {
            CAPTURE(name);
            CAPTURE(size.width);
            CAPTURE(size.height);
            const auto scene = scene_at(&b, size, 10 * 60 + 15, m);
            const auto pictos = test::elements_tagged<layout::Picture>(scene, "now-pictogram");
            REQUIRE(pictos.size() == 1);
            CHECK(pictos[0]->rect.h >= size.height / 4);
            // Labels scale with the screen: at least 40 px at 1080p for normal-length labels.
            const float unit = std::min(size.width, size.height) / 1080.f;
            if (std::string(name) == "board-zonnebloem.json") {
                for (const char* tag : {"now-label", "next-label"}) {
                    const auto lines = test::elements_tagged<layout::TextLine>(scene, tag);
                    REQUIRE_FALSE(lines.empty());
                    CHECK(static_cast<float>(lines[0]->size) >= 38 * unit);
                }
                for (const auto& c : b.children) {
                    const auto names =
                        test::elements_tagged<layout::TextLine>(scene, "name:" + c.id);
                    REQUIRE(names.size() == 1);
                    CHECK(static_cast<float>(names[0]->size) >= 24 * unit);
                }
            }
        }
    }
}

TEST_CASE("long names and labels are shrunk or cut, never overflowing") {
    const auto& m = test::text_engine();
    const auto b = test::example_board("board-long-names.json");
    const auto scene = scene_at(&b, {1920, 1080}, 10 * 60 + 15, m);
    test::check_scene_geometry(scene, m);
    const auto cut = test::elements_tagged<layout::TextLine>(scene, "name:c2");
    REQUIRE(cut.size() == 1);
    CHECK(cut[0]->text.rfind("Maxi", 0) == 0);
    // Too long even at the smallest size: one line that ends in an ellipsis.
    const auto extent = m.measure({cut[0]->text, cut[0]->size, cut[0]->weight, cut[0]->rect.w, 1});
    CHECK(extent.lines == 1);
    CHECK_FALSE(extent.whole);
    // The other names keep their size: one size for everybody.
    const auto a = test::elements_tagged<layout::TextLine>(scene, "name:c1");
    const auto c = test::elements_tagged<layout::TextLine>(scene, "name:c3");
    REQUIRE((a.size() == 1 && c.size() == 1));
    CHECK(a[0]->size == c[0]->size);
}

TEST_CASE("in portrait the day uses the width: twelve blocks in one row across the screen") {
    // Two rows of 53 px pictograms over less than half the width were hard to read.
    const auto& m = test::text_engine();
    const auto b = test::example_board("board-crowded.json");
    REQUIRE(b.blocks.size() == 12);
    for (const auto size : {layout::Size{1080, 1920}, layout::Size{2160, 3840}}) {
        CAPTURE(size.width);
        const float unit = size.width / 1080.f;
        const auto scene = scene_at(&b, size, 10 * 60 + 15, m);
        float left = size.width, right = 0;
        for (const auto& block : b.blocks) {
            const auto* frame = test::find_frame(scene, "strip:" + block.id);
            REQUIRE(frame);
            CHECK(frame->rect.y == test::find_frame(scene, "strip:b1")->rect.y); // one row
            left = std::min(left, frame->rect.x);
            right = std::max(right, frame->rect.right());
            const auto pictos = test::elements_tagged<layout::Picture>(scene, "strip:" + block.id);
            REQUIRE(pictos.size() == 1);
            CHECK(pictos[0]->rect.w >= 60 * unit);
        }
        CHECK(right - left >= 0.9f * size.width);
    }
}

TEST_CASE("the layout includes no graphics, network, JSON or database headers") {
    namespace fs = std::filesystem;
    std::size_t files = 0;
    for (const auto& entry : fs::directory_iterator(std::string(DISPLAY_SOURCE_DIR) + "/layout")) {
        ++files;
        std::ifstream in(entry.path());
        std::string line;
        while (std::getline(in, line)) {
            if (line.rfind("#include", 0) != 0) continue;
            CAPTURE(entry.path().string());
            CAPTURE(line);
            for (const char* banned : {"<SFML/", "boost/", "nlohmann/", "toml", "sqlite3"})
                CHECK(line.find(banned) == std::string::npos);
        }
    }
    CHECK(files > 5);
}
