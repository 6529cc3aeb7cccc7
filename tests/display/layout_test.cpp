// Layout behaviour: now and next at the block boundaries, past blocks, who is here,
// avatars, visitors, changed blocks, screen hours, the goodbye, a board of another day and the
// waiting screen.
#include "board_text.hpp"
#include "layout/day_timeline.hpp"
#include "layout/layout.hpp"
#include "layout/palette.hpp"
#include "scene_checks.hpp"
#include "test_support.hpp"

#include <cmath>
#include <optional>
#include <set>

using namespace dagritme;
namespace palette = layout::palette;

namespace {

layout::Scene scene_at(const board::Board* b, layout::Size size, int seconds,
                       std::optional<Date> today = std::nullopt) {
    static const auto& m = test::text_engine();
    layout::LayoutRequest request;
    request.board = b;
    request.screen = size;
    request.now_seconds = seconds;
    request.today = today;
    return layout::layout_scene(request, m);
}

int at(int h, int m, int s = 0) {
    return h * 3600 + m * 60 + s;
}

const layout::Card* strip_card(const layout::Scene& s, const std::string& id) {
    auto cards = test::elements_tagged<layout::Card>(s, "strip:" + id);
    return cards.empty() ? nullptr : cards.front();
}

} // namespace

TEST_CASE("current and next block at 09:59, 10:00 and 10:01") {
    const auto b = test::example_board("board-zonnebloem.json");
    for (const auto size :
         {layout::Size{1920, 1080}, layout::Size{1080, 1920}, layout::Size{3840, 2160}}) {
        CAPTURE(size.width);
        SUBCASE("09:59: free play now, fruit next") {
            const auto s = scene_at(&b, size, at(9, 59));
            CHECK(test::text_of(s, "now-label") == "Vrij spelen");
            CHECK(test::text_of(s, "next-label") == "Fruit eten en drinken");
            CHECK(strip_card(s, "b3")->fill == palette::now_fill);
            CHECK(strip_card(s, "b4")->fill == palette::next_fill);
            CHECK(strip_card(s, "b2")->fill == palette::past_card);
            CHECK(test::text_of(s, "remaining") == "nog 1 minuut");
        }
        SUBCASE("10:00 sharp: fruit has begun") {
            const auto s = scene_at(&b, size, at(10, 0));
            CHECK(test::text_of(s, "now-label") == "Fruit eten en drinken");
            CHECK(test::text_of(s, "next-label") == "Wandelen naar de kinderboerderij");
            CHECK(strip_card(s, "b3")->fill == palette::past_card);
            CHECK(strip_card(s, "b4")->fill == palette::now_fill);
            const auto timers = test::elements_tagged<layout::TimeTimer>(s, "timer");
            REQUIRE(timers.size() == 1);
            CHECK(timers[0]->remaining == doctest::Approx(0.5)); // 30 minutes of 60
        }
        SUBCASE("10:01") {
            const auto s = scene_at(&b, size, at(10, 1));
            CHECK(test::text_of(s, "now-label") == "Fruit eten en drinken");
            CHECK(strip_card(s, "b4")->fill == palette::now_fill);
            const auto timers = test::elements_tagged<layout::TimeTimer>(s, "timer");
            CHECK(timers[0]->remaining == doctest::Approx(29.0 / 60.0));
            CHECK(test::text_of(s, "remaining") == "nog 29 min");
        }
    }
}

TEST_CASE("the time timer is a 60-minute Time Timer: red is the minutes left, at most an hour") {
    auto b = test::example_board("board-zonnebloem.json");
    auto block = b.blocks.at(0);
    block.start = board::TimeOfDay::at(13, 0);
    block.end = board::TimeOfDay::at(17, 0); // four hours
    auto last = block;
    last.id = "kort";
    last.start = board::TimeOfDay::at(17, 0);
    last.end = board::TimeOfDay::at(17, 5); // five minutes
    b.blocks = {block, last};
    struct Case {
        int now;
        float red;
        const char* words;
    };
    for (const auto& c :
         {Case{at(13, 0), 1.f, "nog 4 uur"}, Case{at(15, 45), 1.f, "nog 1 uur 15 min"},
          Case{at(16, 0), 1.f, "nog 1 uur"}, Case{at(16, 15), 0.75f, "nog 45 min"},
          Case{at(16, 59, 30), 1.f / 60, "nog 1 minuut"}, Case{at(17, 2), 3.f / 60, "nog 3 min"}}) {
        CAPTURE(c.now);
        const auto s = scene_at(&b, {1920, 1080}, c.now);
        const auto timers = test::elements_tagged<layout::TimeTimer>(s, "timer");
        REQUIRE(timers.size() == 1);
        CHECK(timers[0]->remaining == doctest::Approx(c.red));
        CHECK(test::text_of(s, "remaining") == c.words);
    }
}

TEST_CASE("now and next sit where they belong") {
    const auto b = test::example_board("board-zonnebloem.json");
    SUBCASE("landscape: now left of next, both above the strip") {
        const auto s = scene_at(&b, {1920, 1080}, at(10, 15));
        const auto* now = test::find_frame(s, "now");
        const auto* next = test::find_frame(s, "next");
        REQUIRE((now && next));
        CHECK(now->rect.right() <= next->rect.x);
        CHECK(now->rect.w > next->rect.w);
        CHECK(now->rect.bottom() <= test::find_frame(s, "strip:b1")->rect.y);
    }
    SUBCASE("portrait: now above next") {
        const auto s = scene_at(&b, {1080, 1920}, at(10, 15));
        CHECK(test::find_frame(s, "now")->rect.bottom() <= test::find_frame(s, "next")->rect.y);
    }
}

TEST_CASE("who is here") {
    auto b = test::example_board("board-zonnebloem.json");
    SUBCASE("a child without photo consent gets its avatar letter, never a photo") {
        const auto s = scene_at(&b, {1920, 1080}, at(10, 15));
        const auto photos = test::elements_tagged<layout::Picture>(s, "photo:c2");
        REQUIRE(photos.size() == 1);
        CHECK(photos[0]->hash.empty());
        CHECK(photos[0]->fallback == "D");
        CHECK(test::text_of(s, "name:c2") == "Daan");
    }
    SUBCASE("a checked-out child is gone") {
        std::erase_if(b.children, [](const board::Person& p) { return p.id == "c3"; });
        for (auto& a : b.activities)
            std::erase(a.children, std::string("c3"));
        const auto s = scene_at(&b, {1920, 1080}, at(10, 15));
        CHECK_FALSE(test::find_frame(s, "person:c3"));
        CHECK(test::find_frame(s, "person:c4"));
        CHECK(test::elements_tagged<layout::Picture>(s, "photo:c3").empty());
    }
    SUBCASE("nobody here yet: the card says so") {
        b.children.clear();
        b.staff.clear();
        b.activities.clear();
        for (const auto size : {layout::Size{1920, 1080}, layout::Size{1080, 1920}}) {
            const auto s = scene_at(&b, size, at(10, 15));
            CHECK(test::text_of(s, "people-empty") == "Nog niemand");
            test::check_scene_geometry(s, test::text_engine());
        }
        b = test::example_board("board-zonnebloem.json");
        CHECK(test::text_of(scene_at(&b, {1920, 1080}, at(10, 15)), "people-empty").empty());
    }
    SUBCASE("staff have their own places") {
        const auto s = scene_at(&b, {1920, 1080}, at(10, 15));
        CHECK(test::text_of(s, "name:s1") == "Ilse");
        const auto photos = test::elements_tagged<layout::Picture>(s, "photo:s1");
        REQUIRE(photos.size() == 1);
        CHECK(photos[0]->ring == palette::staff_ring);
    }
}

TEST_CASE("a parent-child session shows the visitor on the child's place") {
    const auto b = test::example_board("board-zonnebloem.json");
    // More than an hour before the session: on Sanne's place in "Wie is er?".
    CHECK(test::text_of(scene_at(&b, {1920, 1080}, at(9, 15)), "visitor:c1") ==
          "mama komt om 10:30");
    // Within the hour Sanne is in the session's group, whose heading has the time.
    CHECK(test::text_of(scene_at(&b, {1920, 1080}, at(10, 15)), "visitor:c1") == "met mama");
    CHECK(test::text_of(scene_at(&b, {1920, 1080}, at(10, 45)), "visitor:c1") == "met mama");
    CHECK(test::text_of(scene_at(&b, {1920, 1080}, at(11, 30)), "visitor:c1").empty());
    CHECK(test::text_of(scene_at(&b, {1920, 1080}, at(10, 15)), "visitor:c3").empty());
}

TEST_CASE("activity groups: who goes with whom, and when") {
    const auto b = test::example_board("board-zonnebloem.json");
    const auto s = scene_at(&b, {1920, 1080}, at(10, 15));
    const auto in_group = [&](const std::string& person, const std::string& group) {
        const auto* p = test::find_frame(s, "person:" + person);
        const auto* g = test::find_frame(s, group);
        return p && g && &s.frames[static_cast<std::size_t>(p->parent)] == g;
    };
    CHECK(in_group("s1", "activity:a1"));
    CHECK(in_group("c4", "activity:a1"));
    CHECK(in_group("c1", "activity:p1"));
    CHECK_FALSE(in_group("c1", "activity:a1"));
    CHECK(test::text_of(s, "activity:a1:time") == "10:30");
    // Groups start to show an hour before they go; those that are over are not shown.
    CHECK_FALSE(test::find_frame(scene_at(&b, {1920, 1080}, at(9, 29)), "activity:a1"));
    const auto later = scene_at(&b, {1920, 1080}, at(12, 0));
    CHECK_FALSE(test::find_frame(later, "activity:a1"));
    CHECK_FALSE(test::find_frame(later, "activity:a2"));
    CHECK(test::find_frame(scene_at(&b, {1920, 1080}, at(13, 46)), "activity:a2"));
}

TEST_CASE("blocks the planner changed look changed") {
    const auto b = test::example_board("board-zonnebloem.json");
    const auto s = scene_at(&b, {1920, 1080}, at(10, 15));
    CHECK(strip_card(s, "b5")->border == palette::changed);
    CHECK(strip_card(s, "b6")->border != palette::changed);
    CHECK(test::text_of(s, "changed").find("anders") != std::string::npos); // b5 is next
}

TEST_CASE("the clock, the day's edges, screen hours and the waiting screen") {
    const auto b = test::example_board("board-zonnebloem.json");
    CHECK(test::text_of(scene_at(&b, {1920, 1080}, at(10, 15, 42)), "clock") == "10:15");
    CHECK(test::text_of(scene_at(&b, {1920, 1080}, at(7, 20)), "greeting") == "Goedemorgen!");
    CHECK(test::text_of(scene_at(&b, {1920, 1080}, at(17, 45)), "greeting") == "Tot morgen!");
    // A day without blocks never says goodbye while the children are there.
    const auto empty = test::example_board("board-empty-day.json");
    REQUIRE(empty.blocks.empty());
    REQUIRE_FALSE(empty.children.empty());
    for (const int now : {at(7, 20), at(10, 15), at(17, 45)})
        CHECK(test::text_of(scene_at(&empty, {1920, 1080}, now), "greeting") ==
              "Vandaag geen dagplanning");
    CHECK(scene_at(&b, {1920, 1080}, at(7, 14)).blank);
    CHECK_FALSE(scene_at(&b, {1920, 1080}, at(7, 15)).blank);
    CHECK(scene_at(&b, {1920, 1080}, at(18, 0)).blank);
    CHECK(scene_at(&b, {1920, 1080}, at(23, 0)).elements.empty());

    const auto waiting = scene_at(nullptr, {1920, 1080}, at(10, 15));
    CHECK(test::text_of(waiting, "waiting") == "Even geduld");
    CHECK(test::text_of(waiting, "clock") == "10:15");
}

TEST_CASE("after the last block, the goodbye names the next day the group opens") {
    const auto b = test::example_board("board-zonnebloem.json"); // Tuesday, opens Wednesday
    auto goodbye = [](const board::Board& board, std::optional<Date> today = std::nullopt) {
        return test::text_of(scene_at(&board, {1920, 1080}, at(17, 45), today), "greeting");
    };
    // A board of `date` whose coming opening days are `next`.
    auto opening = [&](const char* date, std::vector<const char*> next) {
        auto day = b;
        day.date = *Date::parse(date);
        day.coming.clear();
        for (const char* d : next)
            day.coming.push_back({*Date::parse(d), b.hours, b.blocks});
        return day;
    };
    CHECK(goodbye(b) == "Tot morgen!");
    SUBCASE("the weekend: from Friday or Saturday to Monday") {
        CHECK(goodbye(b, Date{2026, 12, 4}) == "Fijn weekend!"); // the Friday of b's coming days
        CHECK(goodbye(opening("2026-12-05", {"2026-12-07"})) == "Fijn weekend!");
        CHECK(goodbye(opening("2026-12-04", {"2026-12-05", "2026-12-07"})) == "Tot morgen!");
    }
    SUBCASE("a closed day in between: the next opening day by name") {
        CHECK(goodbye(opening("2026-12-07", {"2026-12-09", "2026-12-10"})) == "Tot woensdag!");
        CHECK(goodbye(opening("2026-12-03", {"2026-12-07"})) == "Tot maandag!");
        CHECK(goodbye(opening("2026-12-04", {"2026-12-08"})) == "Tot dinsdag!");
        CHECK(goodbye(opening("2026-12-06", {"2026-12-12"})) == "Tot zaterdag!");
    }
    SUBCASE("no opening day in the week ahead") {
        CHECK(goodbye(opening("2026-12-23", {})) == "Tot ziens!");
    }
    SUBCASE("a schema 1 board does not know its coming days: the weekday decides") {
        auto unknown = b;
        unknown.coming.clear();
        unknown.coming_known = false;
        CHECK(goodbye(unknown) == "Tot morgen!");
        unknown.date = *Date::parse("2026-12-04");
        CHECK(goodbye(unknown) == "Fijn weekend!");
        unknown.date = *Date::parse("2026-12-05");
        CHECK(goodbye(unknown) == "Tot maandag!");
        unknown.date = *Date::parse("2026-12-06");
        CHECK(goodbye(unknown) == "Tot morgen!");
    }
}

TEST_CASE("yesterday's board shows today's routine, today's date and nobody known") {
    const auto yesterday = test::example_board("board-yesterday.json");
    const auto today_board = test::example_board("board-zonnebloem.json");
    const Date today = today_board.date;
    REQUIRE(yesterday.date.days() + 1 == today.days());
    REQUIRE_FALSE(yesterday.children.empty()); // yesterday's attendance is in the document
    for (const auto size : {layout::Size{1920, 1080}, layout::Size{1080, 1920}}) {
        CAPTURE(size.width);
        const auto s = scene_at(&yesterday, size, at(10, 15), today);
        const auto as_today = scene_at(&today_board, size, at(10, 15));
        CHECK(test::text_of(s, "date") == "dinsdag 1 december");
        CHECK(test::text_of(s, "group") == "De Zonnebloem");
        CHECK(test::text_of(s, "now-label") == "Fruit eten en drinken");
        CHECK(test::text_of(s, "next-label") == test::text_of(as_today, "next-label"));
        for (const auto& block : today_board.blocks) {
            CAPTURE(block.id);
            REQUIRE(strip_card(s, block.id));
            CHECK(strip_card(s, block.id)->fill == strip_card(as_today, block.id)->fill);
        }
        // Nobody of yesterday, in no section; the card says the screen cannot know.
        CHECK(test::text_of(s, "people-empty") == "Wie er is, weet dit scherm nu niet");
        for (const auto& child : yesterday.children) {
            CAPTURE(child.id);
            CHECK_FALSE(test::find_frame(s, "person:" + child.id));
            CHECK(test::elements_tagged<layout::Picture>(s, "photo:" + child.id).empty());
        }
        for (const auto& staff : yesterday.staff)
            CHECK_FALSE(test::find_frame(s, "person:" + staff.id));
        for (const auto& activity : yesterday.activities)
            CHECK_FALSE(test::find_frame(s, "activity:" + activity.id));
        test::check_scene_geometry(s, test::text_engine());
    }
    SUBCASE("without a date (a pretended time), the board's own date is today") {
        const auto s = scene_at(&yesterday, {1920, 1080}, at(10, 15));
        CHECK(test::text_of(s, "date") == "maandag 30 november");
        CHECK(test::find_frame(s, "person:" + yesterday.children.front().id));
    }
    SUBCASE("the group is closed today: no routine, and a goodbye never") {
        const auto s = scene_at(&yesterday, {1920, 1080}, at(10, 15), Date{2026, 12, 5});
        CHECK(test::text_of(s, "date") == "zaterdag 5 december");
        CHECK(test::text_of(s, "greeting") == "Vandaag geen dagplanning");
        CHECK_FALSE(test::find_frame(s, "person:" + yesterday.children.front().id));
    }
}

TEST_CASE("the header always shows a date") {
    auto b = test::example_board("board-zonnebloem.json");
    b.date = Date{2026, 2, 30}; // never from the decoder, which refuses it
    const auto s = scene_at(&b, {1920, 1080}, at(10, 15));
    CHECK(test::text_of(s, "date") == "2026-02-30");
    for (const Date date : {Date{2026, 12, 1}, Date{2027, 1, 1}, Date{2028, 2, 29}}) {
        CAPTURE(date.str());
        b.date = date;
        CHECK_FALSE(test::text_of(scene_at(&b, {1920, 1080}, at(10, 15)), "date").empty());
        CHECK_FALSE(test::text_of(scene_at(&b, {1080, 1920}, at(10, 15)), "date").empty());
    }
}

TEST_CASE("a static board gives the same scene all minute, so nothing is redrawn") {
    const auto b = test::example_board("board-zonnebloem.json");
    CHECK(scene_at(&b, {1920, 1080}, at(10, 15, 0)) == scene_at(&b, {1920, 1080}, at(10, 15, 59)));
    CHECK(scene_at(&b, {1920, 1080}, at(10, 15, 59)) != scene_at(&b, {1920, 1080}, at(10, 16, 0)));
    CHECK(layout::next_scene_change(at(10, 15, 12)) == at(10, 16));
}

TEST_CASE("the burn-in shift is small and moves over the day") {
    std::set<std::pair<float, float>> seen;
    for (int minute = 0; minute < 60; minute += 5) {
        const auto shift = layout::burn_in_shift(at(10, minute), 1);
        CHECK(std::abs(shift.x) <= layout::max_burn_in_shift);
        CHECK(std::abs(shift.y) <= layout::max_burn_in_shift);
        seen.insert({shift.x, shift.y});
    }
    CHECK(seen.size() == 8);
    CHECK(layout::burn_in_shift(at(10, 0), 2).x == 2 * layout::burn_in_shift(at(10, 0), 1).x);
}

TEST_CASE("Dutch dates") {
    CHECK(layout::dutch_date(*Date::parse("2026-12-01")) == "dinsdag 1 december");
    CHECK(layout::dutch_date(*Date::parse("2027-03-28")) == "zondag 28 maart");
    // No calendar day: shown as written rather than not at all.
    CHECK(layout::dutch_date(Date{2026, 2, 30}) == "2026-02-30");
    CHECK(layout::dutch_date(Date{2026, 13, 1}) == "2026-13-01");
    CHECK(layout::dutch_date(Date{2026, 0, 1}) == "2026-00-01");
}
