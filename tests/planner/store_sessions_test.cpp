// Session series in the store, on the demo database: what a family's workbook and calendar feed
// read (sessions_of_family, series_of_family), and the boards of every group a series reaches.
#include "app/config_sync.hpp"
#include "app/sessions.hpp"
#include "demo/demo_group.hpp"
#include "store/board_query.hpp"
#include "store/groups.hpp"
#include "store/migrations.hpp"
#include "store/people.hpp"
#include "store/sessions.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace dagritme;

namespace {

const Date demo_day = *Date::parse("2026-12-01"); // a Tuesday

Date day(const char* text) {
    return *Date::parse(text);
}

struct DemoSessions {
    test::TempDir dir;
    store::Database db{dir / "demo.db"};
    media::MediaStore media{dir / "media"};
    std::int64_t sanne_family = 0;

    DemoSessions() {
        store::migrate(db);
        const auto config = app::load_config(test::source_dir / "config" / "planner.toml");
        auto catalog = app::pictogram_catalog(config.own_pictograms);
        app::sync_config(db, config, catalog, media);
        demo::seed_demo(db, "zonnebloem", demo_day, media, test::source_dir / "assets" / "demo",
                        [&](const std::string& name) { return catalog.import(name, media); });
        for (const auto& c : store::children_of_group(db, "zonnebloem"))
            if (c.first_name == "Sanne") sanne_family = c.family_id;
    }
};

} // namespace

TEST_CASE("a family's occurrences for the workbook: invited (P) and attended (G)") {
    DemoSessions demo;
    // The demo's Zingen op schoot began four weeks ago; last week Sanne's mother came.
    const auto visits =
        store::sessions_of_family(demo.db, demo.sanne_family, day("2026-11-01"), demo_day);
    REQUIRE(visits.size() == 5);
    CHECK(visits.front().date == day("2026-11-03"));
    CHECK(visits.back().date == demo_day);
    for (const auto& v : visits) {
        CHECK(v.type == SessionType::lap_singing);
        CHECK(v.start == TimeOfDay::at(10, 30));
        CHECK(v.place == "speelzaal");
        CHECK_FALSE(v.cancelled);
        CHECK(v.attended == (v.date == day("2026-11-24")));
    }

    SUBCASE("a cancelled occurrence stays listed, marked") {
        store::Transaction tx{demo.db};
        store::set_exception(demo.db, visits[0].series_id, {day("2026-11-10"), true, "ziek", {}});
        tx.commit();
        const auto after = store::sessions_of_family(demo.db, demo.sanne_family, day("2026-11-10"),
                                                     day("2026-11-10"));
        REQUIRE(after.size() == 1);
        CHECK(after[0].cancelled);
    }
    SUBCASE("nothing for a family that is invited to nothing") {
        const auto family = store::add_family(demo.db, Family{0, "Familie Bos", {}, "", {}});
        CHECK(store::sessions_of_family(demo.db, family, day("2026-01-01"), day("2027-01-01"))
                  .empty());
        CHECK(store::series_of_family(demo.db, family).empty());
    }
}

TEST_CASE("a family's series for the calendar feed carry their exceptions") {
    DemoSessions demo;
    const auto series = store::series_of_family(demo.db, demo.sanne_family);
    REQUIRE(series.size() == 1);
    const auto id = series[0].id;
    CHECK(series[0].weekday == 2);
    CHECK_FALSE(series[0].last);
    REQUIRE_FALSE(app::set_occurrence(demo.db, id, {day("2026-12-08"), true, "ziek", {}}));
    REQUIRE_FALSE(app::set_occurrence(
        demo.db, id, {day("2026-12-15"), false, "", {TimeOfDay::at(9, 0), {}, {}, {}}}));

    SUBCASE("the whole series, with its cancelled and changed dates") {
        const auto again = store::series_of_family(demo.db, demo.sanne_family);
        REQUIRE(again.size() == 1);
        REQUIRE(again[0].exceptions.size() == 2);
        CHECK(again[0].exceptions[0].cancelled);
        CHECK(again[0].exceptions[1].change.start == TimeOfDay::at(9, 0));
    }
    SUBCASE("invited to one date only: that date as a one-off") {
        const auto gym = store::series_of_family(demo.db, [&] {
            for (const auto& c : store::children_of_group(demo.db, "zonnebloem"))
                if (c.first_name == "Daan") return c.family_id;
            return std::int64_t{0};
        }())[0];
        REQUIRE_FALSE(app::invite_family(demo.db, gym.id, demo.sanne_family, day("2026-12-10")));
        const auto both = store::series_of_family(demo.db, demo.sanne_family);
        REQUIRE(both.size() == 2);
        CHECK(both[1].id == gym.id);
        CHECK(both[1].first == day("2026-12-10"));
        CHECK(both[1].last == day("2026-12-10"));
        const auto dates = store::sessions_of_family(demo.db, demo.sanne_family, day("2026-12-07"),
                                                     day("2026-12-13"));
        REQUIRE(dates.size() == 2);
        CHECK(dates[1].type == SessionType::parent_child_gym);
    }
}

TEST_CASE("a series reaches the board of every group with an invited child, and bumps it") {
    DemoSessions demo;
    Group other;
    other.id = "klaproos";
    other.name = "De Klaproos";
    store::sync_group(demo.db, other);
    const auto family = store::add_family(demo.db, Family{0, "Familie Bos", {}, "", {}});
    store::add_parent(demo.db, Parent{0, family, "Eva", "Bos", "mama"});
    store::add_child(demo.db, Child{0, "klaproos", family, "Mees", "Bos", day("2022-04-01"),
                                    std::nullopt, false, ""});
    const auto before = store::board_revision(demo.db, "klaproos");
    {
        store::Transaction tx{demo.db};
        store::add_invitation(demo.db, 1, {family, std::nullopt});
        tx.commit();
    }
    CHECK(store::board_revision(demo.db, "klaproos") == before + 1);
    const std::vector<std::string> reached{"klaproos", "zonnebloem"};
    CHECK(store::groups_of_series(demo.db, 1) == reached);
    const auto sessions = store::sessions_of_day(demo.db, "klaproos", demo_day);
    REQUIRE(sessions.size() == 1);
    CHECK(sessions[0].id == 1);
    CHECK(store::sessions_of_day(demo.db, "klaproos", day("2026-12-02")).empty());
    REQUIRE_FALSE(app::uninvite_family(demo.db, 1, family, std::nullopt));
    CHECK(store::board_revision(demo.db, "klaproos") == before + 2);
    CHECK(store::sessions_of_day(demo.db, "klaproos", demo_day).empty());
}
