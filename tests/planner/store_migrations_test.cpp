#include "store/database.hpp"
#include "store/migrations.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace dagritme;
using namespace dagritme::store;

namespace {

// A row for each table that exists at `version`, so that upgrades must carry data along.
void insert_fixture(Database& db, int version) {
    if (version >= 1) {
        db.exec("INSERT INTO grp VALUES ('zonnebloem', 'De Zonnebloem', 'Europe/Amsterdam', 435, "
                "1080, 3)");
        db.exec("INSERT INTO opening_hours VALUES ('zonnebloem', 1, 450, 1050)");
        db.exec("INSERT INTO staff VALUES (1, 'zonnebloem', 'Ilse', 'Bakker', NULL)");
        db.exec("INSERT INTO family (id, name, mentor_id, plaatser) "
                "VALUES (1, 'Familie Jansen', 1, '')");
        db.exec("INSERT INTO family_phase (family_id, phase, began) VALUES (1, 3, '2026-09-14')");
        db.exec("INSERT INTO child VALUES (1, 'zonnebloem', 1, 'Sanne', 'Jansen', '2022-03-14', "
                "NULL, 1, '')");
    }
    if (version >= 1 && version < 6) { // then the limits register replaced it
        db.exec("INSERT INTO group_limit VALUES ('zonnebloem', 0, 'We doen elkaar geen pijn.')");
        db.exec("INSERT INTO group_limit VALUES ('zonnebloem', 1, 'We maken niets kapot.')");
    }
    if (version >= 2) {
        db.exec("INSERT INTO attendance (id, person_kind, person_id, check_in, at) "
                "VALUES (1, 'child', 1, 1, 1796112000)");
    }
}

void check_fixture(Database& db, int from_version) {
    auto child = db.prepare("SELECT first_name, photo_consent FROM child WHERE id = 1");
    REQUIRE(child.step());
    CHECK(child.text(0) == "Sanne");
    CHECK(child.integer(1) == 1);
    auto rev = db.prepare("SELECT revision FROM grp WHERE id = 'zonnebloem'");
    REQUIRE(rev.step());
    CHECK(rev.integer(0) == 3);
    auto att = db.prepare("SELECT count(*) FROM attendance");
    REQUIRE(att.step());
    CHECK(att.integer(0) == (from_version >= 2 ? 1 : 0));
    // Version 9: the family record's fields start empty; the phase stays, set by nobody.
    auto family = db.prepare("SELECT f.name, f.notes, f.last_changed_at, p.phase, p.changed_by, "
                             "p.note FROM family f JOIN family_phase p ON p.family_id = f.id");
    REQUIRE(family.step());
    CHECK(family.text(0) == "Familie Jansen");
    CHECK(family.text(1).empty());
    CHECK(family.is_null(2));
    CHECK(family.integer(3) == 3);
    CHECK(family.is_null(4));
    CHECK(family.text(5).empty());
    // Version 17: a child placed before placements were kept comes on every day its group
    // opens, from always.
    if (from_version < 17) {
        auto days = db.prepare("SELECT weekday, part FROM child_day WHERE child_id = 1");
        REQUIRE(days.step());
        CHECK(days.integer(0) == 1);
        CHECK(days.text(1) == "dag");
        CHECK_FALSE(days.step());
        auto placed = db.prepare("SELECT placed_from, leave_reason FROM child WHERE id = 1");
        REQUIRE(placed.step());
        CHECK(placed.is_null(0));
        CHECK(placed.text(1).empty());
    }
    // Version 6 moved the limits into the register, with ids, in their order.
    if (from_version < 6) {
        auto limits = db.prepare("SELECT id, position, text, retired_at FROM care_limit WHERE "
                                 "group_id = 'zonnebloem' ORDER BY position");
        REQUIRE(limits.step());
        CHECK(limits.text(2) == "We doen elkaar geen pijn.");
        CHECK(limits.is_null(3));
        const auto first = limits.int64(0);
        REQUIRE(limits.step());
        CHECK(limits.text(2) == "We maken niets kapot.");
        CHECK(limits.int64(0) != first);
        CHECK_FALSE(limits.step());
    }
}

} // namespace

TEST_CASE("migrations bring an empty file to the latest version") {
    test::TempDir dir;
    Database db(dir / "d.db");
    CHECK(db.user_version() == 0);
    migrate(db);
    CHECK(db.user_version() == latest_schema_version());
    migrate(db); // idempotent
    CHECK(db.user_version() == latest_schema_version());
    db.exec("PRAGMA foreign_key_check");
}

TEST_CASE("migrations upgrade step by step from every earlier version, keeping the data") {
    for (int from = 1; from < latest_schema_version(); ++from) {
        CAPTURE(from);
        test::TempDir dir;
        {
            Database db(dir / "d.db");
            migrate(db, from);
            REQUIRE(db.user_version() == from);
            insert_fixture(db, from);
        }
        Database db(dir / "d.db");
        migrate(db);
        CHECK(db.user_version() == latest_schema_version());
        check_fixture(db, from);
    }
}

TEST_CASE("a database newer than the program is refused, untouched") {
    test::TempDir dir;
    Database db(dir / "d.db");
    db.exec("PRAGMA user_version = 99");
    CHECK_THROWS_WITH_AS(migrate(db),
                         ("the database has schema version 99, newer than this program knows (" +
                          std::to_string(latest_schema_version()) +
                          "); use a newer dagritme-planner")
                             .c_str(),
                         StoreError);
    CHECK(db.user_version() == 99);
}

TEST_CASE("a failing migration step leaves the previous version") {
    test::TempDir dir;
    Database db(dir / "d.db");
    migrate(db, 1);
    db.exec("CREATE TABLE day_change (x INTEGER)"); // collides with migration 2
    CHECK_THROWS_AS(migrate(db), StoreError);
    CHECK(db.user_version() == 1);
}

TEST_CASE("version 11 turns each dated session into a one-off series, its families invited") {
    test::TempDir dir;
    Database db(dir / "d.db");
    migrate(db, 10);
    insert_fixture(db, 10);
    db.exec("INSERT INTO parent (id, family_id, first_name, surname, relation) "
            "VALUES (1, 1, 'Petra', 'Jansen', 'mama'), (2, 1, 'Kees', 'Jansen', 'papa')");
    db.exec("INSERT INTO session VALUES (5, 'zonnebloem', '2026-12-01', 'zingen_op_schoot', 630, "
            "675, 1, 'abc')");
    db.exec("INSERT INTO session_parent VALUES (5, 1)");
    db.exec("INSERT INTO session_parent VALUES (5, 2)");
    migrate(db);
    auto series = db.prepare("SELECT id, type, weekday, start_at, end_at, leader_id, first_date, "
                             "last_date, pictogram, capacity FROM session_series");
    REQUIRE(series.step());
    CHECK(series.int64(0) == 5); // the board's id "p5" stays
    CHECK(series.text(1) == "zingen_op_schoot");
    CHECK(series.integer(2) == 2); // 2026-12-01 is a Tuesday
    CHECK(series.integer(3) == 630);
    CHECK(series.integer(4) == 675);
    CHECK(series.int64(5) == 1);
    CHECK(series.text(6) == "2026-12-01");
    CHECK(series.text(7) == "2026-12-01");
    CHECK(series.text(8) == "abc");
    CHECK(series.integer(9) == 6);
    CHECK_FALSE(series.step());
    auto invited = db.prepare("SELECT series_id, family_id, date FROM session_invitation");
    REQUIRE(invited.step());
    CHECK(invited.int64(0) == 5);
    CHECK(invited.int64(1) == 1);
    CHECK(invited.text(2).empty());
    CHECK_FALSE(invited.step());
    db.exec("PRAGMA foreign_key_check");
}
