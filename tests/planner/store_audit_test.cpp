// The audit log: entries come back as written, newest first, and the database itself refuses
// to change or delete one; identical events count into one row; the hash chain finds a row
// deleted, edited or slipped in behind the planner's back, and the migration chains old rows.
#include "store/audit.hpp"
#include "store/audit_chain.hpp"
#include "store/database.hpp"
#include "store/migrations.hpp"
#include "temp_dir.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace dagritme;
using namespace dagritme::store;

TEST_CASE("the audit log keeps every entry and refuses changes") {
    test::TempDir dir;
    Database db{dir.path() / "audit.sqlite"};
    migrate(db);
    db.exec("INSERT INTO family (id, name) VALUES (4, 'Familie Jansen')");
    AuditEntry read;
    read.at = 1796112000;
    read.account = "commandoregel";
    read.role = "admin";
    read.action = AuditAction::read;
    read.family_id = 4;
    read.what = "gezinsdossier";
    read.client = "cli";
    auto refused = read;
    refused.at += 60;
    refused.account = "marco";
    refused.role = "groepsleider";
    refused.client = "192.0.2.7";
    refused.outcome = AuditOutcome::refused;
    append_audit(db, read);
    append_audit(db, refused);

    const auto log = audit_of_family(db, 4);
    REQUIRE(log.size() == 2);
    CHECK(log[0].account == "marco");
    CHECK(log[0].outcome == AuditOutcome::refused);
    CHECK(log[0].client == "192.0.2.7");
    CHECK(log[1].what == "gezinsdossier");
    CHECK(log[1].action == AuditAction::read);

    CHECK_THROWS_WITH_AS(db.exec("UPDATE audit_log SET outcome = 'allowed'"),
                         doctest::Contains("append-only"), StoreError);
    CHECK_THROWS_WITH_AS(db.exec("DELETE FROM audit_log"), doctest::Contains("append-only"),
                         StoreError);
    CHECK(audit_of_family(db, 4).size() == 2);
    CHECK(family_mentor_account(db, 4) ==
          std::optional<std::optional<std::int64_t>>{std::optional<std::int64_t>{}});
    CHECK_FALSE(family_mentor_account(db, 5).has_value());
}

namespace {

AuditEntry care_read(std::int64_t at, std::vector<std::int64_t> children) {
    AuditEntry e;
    e.at = at;
    e.account_id = std::nullopt;
    e.account = "marco";
    e.role = "groepsleider";
    e.kind = AuditKind::care;
    e.group_id = "zonnebloem";
    e.children = std::move(children);
    e.what = "patronen groep";
    e.client = "192.0.2.7";
    return e;
}

AuditEntry security_event(std::int64_t at, const std::string& client) {
    AuditEntry e;
    e.at = at;
    e.kind = AuditKind::security;
    e.action = AuditAction::attempt;
    e.what = "csrf";
    e.client = client;
    e.outcome = AuditOutcome::refused;
    e.count_key = "security\n" + client + "\ncsrf";
    return e;
}

AuditQuery only(AuditShown shown) {
    AuditQuery query;
    query.shown = shown;
    return query;
}

// Recomputes row `id`'s chain from the row before it, as a forger who knows the scheme would.
void relink(Database& db, std::int64_t id) {
    std::string previous;
    {
        auto before =
            db.prepare("SELECT chain FROM audit_log WHERE id < ? ORDER BY id DESC LIMIT 1");
        before.bind(1, id);
        if (before.step()) previous = before.text(0);
    }
    std::vector<std::optional<std::string>> fields;
    {
        auto st = db.prepare(std::string("SELECT ") + audit_chained_columns +
                             " FROM audit_log WHERE id = ?");
        st.bind(1, id);
        REQUIRE(st.step());
        for (int i = 0; i < 16; ++i)
            fields.push_back(st.optional_text(i));
    }
    db.prepare("UPDATE audit_log SET chain = ? WHERE id = ?")
        .bind_all(audit_link(previous, fields), id)
        .run();
}

std::int64_t rows(Database& db) {
    auto st = db.prepare("SELECT count(*) FROM audit_log");
    REQUIRE(st.step());
    return st.int64(0);
}

} // namespace

TEST_CASE("care data is one row with the set of children; identical events count into one row") {
    test::TempDir dir;
    Database db{dir.path() / "audit.sqlite"};
    migrate(db);
    const auto id = append_audit(db, care_read(1796112000, {8, 3, 5, 3}));
    auto st = db.prepare("SELECT children, child_id, group_id, kind FROM audit_log WHERE id = ?");
    st.bind(1, id);
    REQUIRE(st.step());
    CHECK(st.text(0) == "[3,5,8]"); // sorted, once each: children_from() reads it back
    CHECK(st.is_null(1));
    CHECK(st.text(2) == "zonnebloem");
    CHECK(st.text(3) == "care");
    const auto page = audit_page(db, AuditQuery{});
    REQUIRE(page.entries.size() == 1);
    CHECK(page.entries[0].children == std::vector<std::int64_t>{3, 5, 8});

    // 1000 refusals from one address within the minute: one row that counts them all.
    for (int i = 0; i < 1000; ++i)
        count_audit(db, security_event(1796112000 + i % 60, "192.0.2.9"), 60);
    CHECK(rows(db) == 2);
    const auto security = audit_page(db, only(AuditShown::security));
    REQUIRE(security.entries.size() == 1);
    CHECK(security.entries[0].repeats == 1000);
    // Another address, or the next minute: a row of its own.
    CHECK(count_audit(db, security_event(1796112010, "192.0.2.10"), 60).appended);
    CHECK(count_audit(db, security_event(1796112060, "192.0.2.9"), 60).appended);
    CHECK_FALSE(count_audit(db, security_event(1796112061, "192.0.2.9"), 60).appended);
    CHECK(rows(db) == 4);
    // The count may only grow; nothing else of a counting row may change.
    CHECK_THROWS_WITH_AS(db.exec("UPDATE audit_log SET repeats = 1 WHERE kind = 'security'"),
                         doctest::Contains("append-only"), StoreError);
    CHECK_THROWS_WITH_AS(db.exec("UPDATE audit_log SET client = 'x', repeats = repeats + 1 "
                                 "WHERE kind = 'security'"),
                         doctest::Contains("append-only"), StoreError);
    CHECK(verify_audit_chain(db).rows == 4);
    CHECK_FALSE(verify_audit_chain(db).broken_row.has_value());

    SUBCASE("pages of the log, by kind, newest first") {
        CHECK(audit_page(db, only(AuditShown::staff)).total == 1);
        CHECK(audit_page(db, only(AuditShown::refused)).total == 3);
        CHECK(audit_page(db, only(AuditShown::feeds)).total == 0);
        AuditQuery second;
        second.limit = 2;
        second.offset = 2;
        const auto older = audit_page(db, second);
        CHECK(older.total == 4);
        REQUIRE(older.entries.size() == 2);
        CHECK(older.entries[0].id == 2);
        CHECK(older.entries[1].id == 1);
    }
}

TEST_CASE("the chain finds a row deleted, edited or slipped in behind the planner's back") {
    test::TempDir dir;
    const auto file = dir.path() / "audit.sqlite";
    {
        Database db{file};
        migrate(db);
        for (int i = 0; i < 6; ++i)
            append_audit(db, care_read(1796112000 + i, {1, 2}));
        const auto check = verify_audit_chain(db);
        CHECK(check.rows == 6);
        CHECK_FALSE(check.broken_row.has_value());
        CHECK(check.head.size() == 64);
    }
    // Someone with the file: sqlite3 and a text editor, no planner.
    Database hand{file};
    hand.exec("DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete");

    SUBCASE("an edited row is the first broken one") {
        hand.exec("UPDATE audit_log SET account = 'iemand' WHERE id = 3");
        CHECK(verify_audit_chain(hand).broken_row == 3);
    }
    SUBCASE("an edited row with its own link recomputed breaks the next one") {
        hand.exec("UPDATE audit_log SET at = at - 60 WHERE id = 3");
        relink(hand, 3);
        CHECK(verify_audit_chain(hand).broken_row == 4);
    }
    SUBCASE("a deleted row breaks the one after it") {
        hand.exec("DELETE FROM audit_log WHERE id = 4");
        CHECK(verify_audit_chain(hand).broken_row == 5);
    }
    SUBCASE("a forged row, back-dated, at the end or in between") {
        hand.exec("INSERT INTO audit_log (id, at, kind, account, role, action, what, client, "
                  "outcome, chain) SELECT 7, 1700000000, kind, account, role, action, what, "
                  "client, outcome, chain FROM audit_log WHERE id = 6");
        CHECK(verify_audit_chain(hand).broken_row == 7);
        hand.exec("DELETE FROM audit_log WHERE id = 7");
        CHECK_FALSE(verify_audit_chain(hand).broken_row.has_value());
        hand.exec("UPDATE audit_log SET id = id + 10 WHERE id >= 4");
        hand.exec("INSERT INTO audit_log (id, at, kind, account, role, action, what, client, "
                  "outcome, chain) SELECT 4, 1700000000, kind, account, role, action, what, "
                  "client, outcome, chain FROM audit_log WHERE id = 14");
        CHECK(verify_audit_chain(hand).broken_row == 4);
    }
    SUBCASE("a back-dated row at the end, even with its chain recomputed") {
        hand.exec("INSERT INTO audit_log (id, at, kind, account, role, action, what, client, "
                  "outcome, chain) SELECT 7, at - 3600, kind, account, role, action, what, "
                  "client, outcome, '' FROM audit_log WHERE id = 6");
        relink(hand, 7);
        const auto check = verify_audit_chain(hand);
        CHECK(check.broken_row == 7);
        CHECK(check.problem == "time");
        // A clock set back a few minutes is no tampering.
        hand.exec("UPDATE audit_log SET at = at + 3600 - 60 WHERE id = 7");
        relink(hand, 7);
        CHECK_FALSE(verify_audit_chain(hand).broken_row.has_value());
    }
}

TEST_CASE("the migration chains the rows written before it, and keeps them") {
    test::TempDir dir;
    Database db{dir.path() / "audit.sqlite"};
    migrate(db, 14);
    db.exec("INSERT INTO family (id, name) VALUES (4, 'Familie Jansen')");
    for (int i = 0; i < 300; ++i)
        db.exec("INSERT INTO audit_log (at, account_id, account, role, action, family_id, "
                "child_id, what, client, outcome) VALUES (1796112000 + " +
                std::to_string(i) + ", NULL, " +
                (i % 3 == 0 ? "'agenda-link', ''" : "'fatima', 'mentor'") +
                ", 'read', 4, NULL, 'gezinsdossier', '192.0.2.7', 'allowed')");
    migrate(db);
    const auto check = verify_audit_chain(db);
    CHECK(check.rows == 300);
    CHECK_FALSE(check.broken_row.has_value());
    CHECK(audit_page(db, only(AuditShown::feeds)).total == 100);
    CHECK(audit_of_family(db, 4).size() == 300);
    // A new row follows on from the migrated ones.
    append_audit(db, care_read(1796200000, {1}));
    CHECK(verify_audit_chain(db).rows == 301);
    CHECK_FALSE(verify_audit_chain(db).broken_row.has_value());
    CHECK_THROWS_WITH_AS(db.exec("DELETE FROM audit_log WHERE id = 1"),
                         doctest::Contains("append-only"), StoreError);
}
