#include "app/config_sync.hpp"
#include "demo/demo_group.hpp"
#include "store/board_query.hpp"
#include "store/day.hpp"
#include "store/groups.hpp"
#include "store/migrations.hpp"
#include "store/people.hpp"
#include "store/placements.hpp"
#include "test_support.hpp"
#include "json/board_json.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

using namespace dagritme;

namespace {

const Date demo_day = *Date::parse("2026-12-01");

// A database with the demo group and its day, as `dagritme-planner demo` makes it.
struct DemoDatabase {
    test::TempDir dir;
    store::Database db{dir / "demo.db"};
    media::MediaStore media{dir / "media"};

    DemoDatabase() {
        store::migrate(db);
        const auto config = app::load_config(test::source_dir / "config" / "planner.toml");
        auto catalog = app::pictogram_catalog(config.own_pictograms);
        app::sync_config(db, config, catalog, media);
        demo::seed_demo(db, "zonnebloem", demo_day, media, test::source_dir / "assets" / "demo",
                        [&](const std::string& name) { return catalog.import(name, media); });
    }

    Board board(Date date = demo_day) { return *store::load_board(db, "zonnebloem", date); }
};

const BoardPerson* find(const std::vector<BoardPerson>& people, const std::string& id) {
    for (const auto& p : people)
        if (p.id == id) return &p;
    return nullptr;
}

} // namespace

TEST_CASE("the demo day's board is the example document in tests/data") {
    DemoDatabase demo;
    const auto encoded = board_to_json(demo.board());
    const auto expected =
        test::slurp(test::source_dir / "tests" / "data" / "board-zonnebloem.json");
    CHECK(nlohmann::json::parse(encoded) == nlohmann::json::parse(expected));
    CHECK(encoded == expected); // byte for byte: the encoder is deterministic
    CHECK(board_to_json(demo.board()) == encoded);
}

TEST_CASE("the board shows no surname, birth date or family data") {
    DemoDatabase demo;
    const auto encoded = board_to_json(demo.board());
    for (const char* secret :
         {"Jansen", "de Vries", "Smit", "Mulder", "El Idrissi", "Meijer", "Bakker", "Visser",
          "El Amrani", "2022-03-14", "Familie", "knuffelkonijn", "Jeugdzorg"})
        CHECK_MESSAGE(encoded.find(secret) == std::string::npos, secret);
}

TEST_CASE("every image the board names is in the media store") {
    DemoDatabase demo;
    const auto board = demo.board();
    for (const auto& b : board.blocks)
        CHECK(demo.media.contains(b.block.pictogram));
    for (const auto& c : board.children)
        if (c.photo) CHECK(demo.media.contains(*c.photo));
    for (const auto& a : board.activities)
        CHECK(demo.media.contains(a.pictogram));
}

TEST_CASE("a check-out removes the child from the board and bumps the revision") {
    DemoDatabase demo;
    const auto before = demo.board();
    REQUIRE(find(before.children, "c3") != nullptr);
    {
        store::Transaction tx{demo.db};
        store::record_attendance(demo.db, "zonnebloem", PersonKind::child, 3,
                                 {to_instant({demo_day, TimeOfDay::at(12, 0)}), false});
        tx.commit();
    }
    const auto after = demo.board();
    CHECK(find(after.children, "c3") == nullptr);
    CHECK(after.children.size() == before.children.size() - 1);
    CHECK(after.revision == before.revision + 1);
    // Noor went home: the activity group no longer names her.
    for (const auto& a : after.activities)
        for (const auto& c : a.children)
            CHECK(c != "c3");
}

TEST_CASE("attendance is read by the group's local date, also on the DST days") {
    DemoDatabase demo;
    {
        // The DST days are Sundays: Bram comes every day of the week here, from always.
        Placement always;
        for (int d = 1; d <= 7; ++d)
            always.days.push_back({d, DayPart::day});
        store::Transaction tx{demo.db};
        store::save_placement(demo.db, 8, always);
        tx.commit();
    }
    for (const char* day : {"2026-03-29", "2026-10-25"}) {
        CAPTURE(day);
        const Date date = *Date::parse(day);
        const Date before = Date::from_days(date.days() - 1);
        {
            store::Transaction tx{demo.db};
            // 00:30 local: in UTC still the previous calendar day.
            store::record_attendance(demo.db, "zonnebloem", PersonKind::child, 8,
                                     {to_instant({date, TimeOfDay::at(0, 30)}), true});
            // 23:30 local: late, but still this date.
            store::record_attendance(demo.db, "zonnebloem", PersonKind::staff, 4,
                                     {to_instant({date, TimeOfDay::at(23, 30)}), true});
            tx.commit();
        }
        CHECK(find(demo.board(date).children, "c8") != nullptr);
        CHECK(find(demo.board(before).children, "c8") == nullptr);
        CHECK(find(demo.board(date).staff, "s4") != nullptr);
        CHECK(find(demo.board(Date::from_days(date.days() + 1)).staff, "s4") == nullptr);
    }
}

TEST_CASE("day changes from the store are applied to the template") {
    DemoDatabase demo;
    {
        store::Transaction tx{demo.db};
        store::add_change(demo.db, "zonnebloem", demo_day,
                          DayChange{0, ChangeOp::remove, "b11", {}});
        tx.commit();
    }
    const auto board = demo.board();
    CHECK(board.blocks.size() == 11);
    for (const auto& b : board.blocks)
        CHECK(b.id != "b11");
    CHECK(demo.board(*Date::parse("2026-12-02")).blocks.size() == 12); // other days untouched
}

TEST_CASE("a change to a coming day reaches today's board, with a new revision") {
    DemoDatabase demo;
    const auto before = demo.board();
    REQUIRE(before.coming.size() == 5); // Wednesday to Friday, Monday and Tuesday
    CHECK(before.coming[0].date.str() == "2026-12-02");
    CHECK(before.coming[0].blocks.size() == 12);
    {
        store::Transaction tx{demo.db};
        store::add_change(demo.db, "zonnebloem", *Date::parse("2026-12-02"),
                          DayChange{0, ChangeOp::remove, "b11", {}});
        tx.commit();
    }
    const auto after = demo.board();
    CHECK(after.revision == before.revision + 1);
    CHECK(after.coming[0].blocks.size() == 11);
    CHECK(after.blocks == before.blocks); // today's plan is as it was
    CHECK(after.coming[1] == before.coming[1]);
}

TEST_CASE("syncing the configuration again changes nothing: the database holds the group") {
    DemoDatabase demo;
    const auto revision = store::board_revision(demo.db, "zonnebloem");
    const auto config = app::load_config(test::source_dir / "config" / "planner.toml");
    auto catalog = app::pictogram_catalog(config.own_pictograms);
    const auto sources = app::sync_config(demo.db, config, catalog, demo.media);
    REQUIRE(sources.size() == 1);
    CHECK_FALSE(sources[0].seeded);
    CHECK(store::board_revision(demo.db, "zonnebloem") == revision);
    const auto group = store::load_group(demo.db, "zonnebloem");
    REQUIRE(group);
    CHECK(group->limits.size() == 4);
    CHECK(group->routines.for_weekday(3)[9].label == "Gym");
    CHECK_FALSE(group->opening[6].has_value()); // closed on Saturday
}

TEST_CASE("the demo refuses a database that already has children") {
    DemoDatabase demo;
    CHECK_THROWS_WITH(demo::seed_demo(demo.db, "zonnebloem", demo_day, demo.media,
                                      test::source_dir / "assets" / "demo",
                                      [](const std::string&) { return std::string(64, 'a'); }),
                      "the database already holds children; the demo needs a new database file");
}

TEST_CASE("an unknown stored value fails loudly, naming table and row") {
    DemoDatabase demo;
    SUBCASE("a block kind this program does not know") {
        demo.db.exec(
            "INSERT INTO day_change (id, group_id, date, op, start_at, end_at, kind, label) "
            "VALUES (77, 'zonnebloem', '2026-12-01', 'add', 600, 630, 'zwemmen', 'Zwemmen')");
        CHECK_THROWS_WITH_AS(store::load_board(demo.db, "zonnebloem", demo_day),
                             "day_change row 77: unknown kind \"zwemmen\"", store::StoreError);
    }
    SUBCASE("an operation this program does not know") {
        demo.db.exec("PRAGMA ignore_check_constraints = ON");
        demo.db.exec("INSERT INTO day_change (id, group_id, date, op, target) "
                     "VALUES (78, 'zonnebloem', '2026-12-01', 'swap', 'b1')");
        CHECK_THROWS_WITH_AS(store::changes_of_day(demo.db, "zonnebloem", demo_day),
                             "day_change row 78: unknown op \"swap\"", store::StoreError);
    }
    SUBCASE("a session type this program does not know") {
        demo.db.exec("PRAGMA ignore_check_constraints = ON");
        demo.db.exec("UPDATE session_series SET type = 'zwemles' "
                     "WHERE id = (SELECT min(id) FROM session_series)");
        const auto id = [&] {
            auto st = demo.db.prepare("SELECT min(id) FROM session_series");
            st.step();
            return st.int64(0);
        }();
        CHECK_THROWS_WITH_AS(
            store::load_board(demo.db, "zonnebloem", demo_day),
            ("session_series row " + std::to_string(id) + ": unknown type \"zwemles\"").c_str(),
            store::StoreError);
    }
}

TEST_CASE("a transaction bumps the revision of each group it touched once, at commit") {
    DemoDatabase demo;
    const auto before = store::board_revision(demo.db, "zonnebloem");
    const auto activities = store::activities_of_day(demo.db, "zonnebloem", demo_day);
    REQUIRE(activities.size() >= 2);

    SUBCASE("replacing every activity group of a day is one new revision") {
        store::Transaction tx{demo.db};
        store::replace_activities(demo.db, "zonnebloem", demo_day, activities);
        CHECK(store::board_revision(demo.db, "zonnebloem") == before); // not before the commit
        tx.commit();
        CHECK(store::board_revision(demo.db, "zonnebloem") == before + 1);
    }
    SUBCASE("a rolled back transaction leaves the revision, and the next one bumps once") {
        {
            store::Transaction tx{demo.db};
            store::replace_activities(demo.db, "zonnebloem", demo_day, {});
        }
        CHECK(store::board_revision(demo.db, "zonnebloem") == before);
        CHECK(store::activities_of_day(demo.db, "zonnebloem", demo_day).size() ==
              activities.size());
        store::Transaction tx{demo.db};
        store::set_photo_consent(demo.db, 1, false);
        tx.commit();
        CHECK(store::board_revision(demo.db, "zonnebloem") == before + 1);
    }
    SUBCASE("a write outside a transaction bumps at once") {
        store::set_photo_consent(demo.db, 1, false);
        CHECK(store::board_revision(demo.db, "zonnebloem") == before + 1);
    }
}
