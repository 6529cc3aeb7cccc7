// Readable from across the room, however busy the day: every text at least 22 px and every
// photo at least 96 px at 1080p, names whole, every activity group of the coming hour shown,
// everybody present exactly once; over boards x screen sizes x times of day.
#include "board_text.hpp"
#include "layout/day_timeline.hpp"
#include "layout/layout.hpp"
#include "scene_checks.hpp"
#include "test_support.hpp"

#include <algorithm>

using namespace dagritme;

namespace {

const std::vector<layout::Size> sizes{{1920, 1080}, {1080, 1920}, {1280, 720},
                                      {3840, 2160}, {2160, 3840}, {1366, 768}};
// Up to 16 children and 5 staff, four groups at once, long and non-Latin names, emoji.
const std::vector<const char*> boards{"board-zonnebloem.json", "board-busy.json",
                                      "board-crowded.json",    "board-empty-day.json",
                                      "board-scripts.json",    "board-long-names.json"};
const std::vector<int> times{7 * 60 + 45,  9 * 60 + 45, 10 * 60 + 15,
                             10 * 60 + 45, 12 * 60,     14 * 60 + 30};

layout::Scene scene_at(const board::Board& b, layout::Size size, int minutes) {
    layout::LayoutRequest request;
    request.board = &b;
    request.screen = size;
    request.now_seconds = minutes * 60;
    return layout::layout_scene(request, test::text_engine());
}

// Whether `a` runs now or starts within the hour: its people are shown in its group.
bool coming_within_hour(const board::Activity& a, int minutes) {
    const int now = minutes * 60;
    return layout::seconds_of(a.end) > now && layout::seconds_of(a.start) < now + 3600;
}

// `check(board, size, minutes, scene)` for every board, screen size and time of day.
template <class Check> void for_every_scene(Check check) {
    for (const char* name : boards) {
        const auto b = test::example_board(name);
        for (const auto size : sizes)
            for (int minutes : times) {
                CAPTURE(name);
                CAPTURE(size.width);
                CAPTURE(size.height);
                CAPTURE(minutes);
                check(b, size, minutes, scene_at(b, size, minutes));
            }
    }
}

} // namespace

TEST_CASE("no text below 22 px and no photo below 96 px at 1080p, names whole") {
    const auto& m = test::text_engine();
    for_every_scene([&](const board::Board&, layout::Size size, int, const layout::Scene& scene) {
        const float unit = std::min(size.width, size.height) / 1080.f;
        for (const auto& e : scene.elements) {
            if (const auto* t = std::get_if<layout::TextLine>(&e)) {
                CAPTURE(t->tag);
                CAPTURE(t->text);
                CHECK(t->size >= static_cast<unsigned>(22 * unit));
                if (t->tag.starts_with("name:"))
                    CHECK(m.measure({t->text, t->size, t->weight, t->rect.w, t->max_lines}).whole);
            }
            if (const auto* p = std::get_if<layout::Picture>(&e);
                p && p->tag.starts_with("photo:")) {
                CAPTURE(p->tag);
                CHECK(p->rect.w + 0.5f >= 96 * unit);
            }
        }
    });
}

TEST_CASE("every activity group of the coming hour is shown, and everybody once") {
    for_every_scene(
        [](const board::Board& b, layout::Size, int minutes, const layout::Scene& scene) {
            for (const auto& a : b.activities) {
                CAPTURE(a.id);
                CHECK((test::find_frame(scene, "activity:" + a.id) != nullptr) ==
                      coming_within_hour(a, minutes));
            }
            for (const auto* group : {&b.children, &b.staff})
                for (const auto& p : *group) {
                    CAPTURE(p.id);
                    CHECK(std::count_if(scene.frames.begin(), scene.frames.end(),
                                        [&](const layout::Frame& f) {
                                            return f.tag == "person:" + p.id;
                                        }) == 1);
                }
        });
}

TEST_CASE("four groups at once: each card holds its people, a long name wraps at its hyphen") {
    const auto b = test::example_board("board-crowded.json");
    for (const auto size : {layout::Size{1920, 1080}, layout::Size{1080, 1920}}) {
        CAPTURE(size.width);
        const auto scene = scene_at(b, size, 10 * 60 + 15);
        for (const char* group : {"activity:a1", "activity:p1", "activity:a3", "activity:a4"})
            REQUIRE(test::find_frame(scene, group));
        const auto* walk = test::find_frame(scene, "activity:a1");
        for (const char* person : {"person:s1", "person:c2", "person:c3", "person:c4"}) {
            const auto* f = test::find_frame(scene, person);
            REQUIRE(f);
            CHECK(&scene.frames[static_cast<std::size_t>(f->parent)] == walk);
        }
        CHECK(test::text_of(scene, "activity:a1:label") == "Naar de kinderboerderij 🐐");
        // "Mohammed-Amin": two lines, broken after the hyphen.
        const auto name = test::elements_tagged<layout::TextLine>(scene, "name:c3");
        REQUIRE(name.size() == 1);
        const auto extent = test::text_engine().measure(
            {name[0]->text, name[0]->size, name[0]->weight, name[0]->rect.w, name[0]->max_lines});
        CHECK(extent.whole);
        CHECK(extent.lines == 2);
        test::check_scene_geometry(scene, test::text_engine());
    }
}

TEST_CASE("beyond the floor: 40 children, 10 staff and every group twice are all on the screen") {
    // The crowded board two and a half times over, each of its groups twice (eight at 10:30
    // and 10:45): smaller than across the room, but nobody hidden, nothing outside the screen
    // or overlapping.
    auto b = test::example_board("board-crowded.json");
    const auto children = b.children, staff = b.staff;
    for (int copy = 1; b.children.size() < 40; ++copy)
        for (auto c : children) {
            if (b.children.size() == 40) break;
            c.id += "-" + std::to_string(copy);
            c.name += " " + std::to_string(copy);
            b.children.push_back(c);
        }
    for (auto s : staff) {
        s.id += "-2";
        b.staff.push_back(s);
    }
    const auto activities = b.activities;
    for (auto a : activities) {
        a.id += "-2";
        a.label += " (2)";
        for (auto& id : a.staff)
            id += "-2";
        for (auto& id : a.children)
            id += "-1";
        a.visitors.clear();
        b.activities.push_back(a);
    }
    REQUIRE(b.activities.size() == 2 * activities.size());
    for (const auto size : sizes) {
        CAPTURE(size.width);
        CAPTURE(size.height);
        const int minutes = 10 * 60 + 15;
        const auto scene = scene_at(b, size, minutes);
        int groups = 0;
        for (const auto& a : b.activities)
            if (coming_within_hour(a, minutes))
                groups += test::find_frame(scene, "activity:" + a.id) != nullptr;
        CHECK(groups == 8);
        for (const auto* group : {&b.children, &b.staff})
            for (const auto& p : *group) {
                CAPTURE(p.id);
                CHECK(test::find_frame(scene, "person:" + p.id));
            }
        test::check_scene_geometry(scene, test::text_engine());
        const auto name = test::elements_tagged<layout::TextLine>(scene, "name:c1");
        REQUIRE(name.size() == 1);
        // The layout gives the people the room where they read best (about 11 px names at
        // 1080p when it kept the calmest division of the screen).
        CHECK(name[0]->size >= 16 * std::min(size.width, size.height) / 1080);
    }
}
