// The audit log: entries come back as written, newest first, and the database itself refuses
// to change or delete one.
#include "store/audit.hpp"
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
    const AuditEntry read{0,
                          1796112000,
                          std::nullopt,
                          "commandoregel",
                          "admin",
                          AuditAction::read,
                          4,
                          std::nullopt,
                          "gezinsdossier",
                          "cli",
                          AuditOutcome::allowed};
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
