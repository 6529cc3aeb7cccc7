#include "store/database.hpp"
#include "store/migrations.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace dagritme;
using namespace dagritme::store;

namespace {
std::int64_t count(Database& db, const char* table) {
    auto st = db.prepare(std::string("SELECT count(*) FROM ") + table);
    st.step();
    return st.int64(0);
}
} // namespace

TEST_CASE("a database file is opened durable: WAL, synchronous FULL, foreign keys, busy timeout") {
    test::TempDir dir;
    Database db(dir / "d.db");
    auto mode = db.prepare("PRAGMA journal_mode");
    REQUIRE(mode.step());
    CHECK(mode.text(0) == "wal");
    auto sync = db.prepare("PRAGMA synchronous");
    REQUIRE(sync.step());
    CHECK(sync.integer(0) == 2); // FULL
    auto fk = db.prepare("PRAGMA foreign_keys");
    REQUIRE(fk.step());
    CHECK(fk.integer(0) == 1);
    auto timeout = db.prepare("PRAGMA busy_timeout");
    REQUIRE(timeout.step());
    CHECK(timeout.integer(0) >= 1000);
}

TEST_CASE("transactions: committed rows stay, a throwing transaction leaves no row") {
    test::TempDir dir;
    const auto file = dir / "d.db";
    {
        Database db(file);
        db.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL)");
        {
            Transaction tx{db};
            db.prepare("INSERT INTO t (name) VALUES (?)").bind_all("Sanne").run();
            tx.commit();
        }
        CHECK_THROWS_WITH_AS(
            [&] {
                Transaction tx{db};
                db.prepare("INSERT INTO t (name) VALUES (?)").bind_all("Daan").run();
                db.prepare("INSERT INTO t (name) VALUES (?)")
                    .bind_null(1)
                    .run(); // NOT NULL: throws
                tx.commit();
            }(),
            "sql step failed: NOT NULL constraint failed: t.name", StoreError);
        CHECK(count(db, "t") == 1);
        {
            Transaction tx{db};
            db.prepare("INSERT INTO t (name) VALUES (?)").bind_all("Noor").run();
            // no commit: rolled back
        }
        CHECK(count(db, "t") == 1);
    }
    Database reopened(file);
    CHECK(count(reopened, "t") == 1);
    auto st = reopened.prepare("SELECT name FROM t");
    REQUIRE(st.step());
    CHECK(st.text(0) == "Sanne");
}

TEST_CASE("bad SQL and bad files give clear errors") {
    test::TempDir dir;
    Database db(dir / "d.db");
    CHECK_THROWS_WITH_AS(db.prepare("SELEC 1"),
                         "cannot prepare \"SELEC 1\": near \"SELEC\": syntax error", StoreError);
    CHECK_THROWS_AS(Database(dir / "no" / "such" / "folder.db"), StoreError);
    dir.write("garbage.db", std::string(4096, 'x'));
    CHECK_THROWS_AS(
        [&] {
            Database g(dir / "garbage.db");
            migrate(g);
        }(),
        StoreError);
}

TEST_CASE("statements bind and read optional values") {
    Database db(":memory:");
    db.exec("CREATE TABLE t (a TEXT, b INTEGER)");
    db.prepare("INSERT INTO t VALUES (?, ?)")
        .bind(1, std::optional<std::string>{})
        .bind(2, std::optional<std::int64_t>{7})
        .run();
    auto st = db.prepare("SELECT a, b FROM t");
    REQUIRE(st.step());
    CHECK_FALSE(st.optional_text(0).has_value());
    CHECK(st.optional_int64(1) == 7);
    CHECK_FALSE(st.step());
}

TEST_CASE("every text is stored in NFC, so a name is one spelling however it was typed") {
    test::TempDir dir;
    Database db(dir / "d.db");
    db.exec("CREATE TABLE name (text TEXT)");
    const std::string decomposed = "Zoe\xCC\x88"; // e + combining diaeresis
    const std::string composed = "Zo\xC3\xAB";    // ë
    db.prepare("INSERT INTO name VALUES (?)").bind_all(decomposed).run();
    db.prepare("INSERT INTO name VALUES (?)").bind_all(std::string("مريم 🏊 秀英")).run();
    auto st = db.prepare("SELECT text FROM name ORDER BY rowid");
    REQUIRE(st.step());
    CHECK(st.text(0) == composed);
    REQUIRE(st.step());
    CHECK(st.text(0) == "مريم 🏊 秀英");
    // Looked up either way, it is found.
    auto found = db.prepare("SELECT count(*) FROM name WHERE text = ?");
    found.bind_all(decomposed);
    REQUIRE(found.step());
    CHECK(found.int64(0) == 1);
}
