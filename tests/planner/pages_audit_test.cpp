// Inzage in-process: every attempt on a family record is in the audit log, refusals included,
// and only coordinators and admins read the log, per family and per staff member.
#include "page_checks.hpp"

#include "store/account_names.hpp"
#include "store/audit.hpp"

#include <doctest/doctest.h>

namespace {

using dagritme::test::ApiPlanner;
using dagritme::test::contains;
using dagritme::test::logged_in;
namespace store = dagritme::store;

std::int64_t account_id(ApiPlanner& planner, const std::string& name) {
    for (const auto& [id, n] : store::account_names(planner.db()))
        if (n == name) return id;
    FAIL("no account " << name);
    return 0;
}

// The first demo family, with fatima as its mentor.
std::int64_t family_of_fatima(ApiPlanner& planner) {
    const auto families = store::family_names(planner.db());
    REQUIRE_FALSE(families.empty());
    const auto id = families.begin()->first;
    planner.db().exec(
        "UPDATE family SET mentor_account = " + std::to_string(account_id(planner, "fatima")) +
        " WHERE id = " + std::to_string(id));
    return id;
}

} // namespace

TEST_CASE("a family's log shows who was refused, and only a coordinator reads it") {
    ApiPlanner planner;
    const auto family = family_of_fatima(planner);
    const auto path = "/gezin/" + std::to_string(family) + "/inzage";

    auto marco = logged_in(planner, "marco"); // group leader of the children's own group
    CHECK(marco.get(path).result_int() == 403);
    auto fatima = logged_in(planner, "fatima"); // the family's mentor: the record, not its log
    CHECK(fatima.get(path).result_int() == 403);

    auto log = store::audit_of_family(planner.db(), family);
    REQUIRE(log.size() == 2);
    CHECK(log[0].account == "fatima");
    CHECK(log[1].account == "marco");
    for (const auto& e : log) {
        CHECK(e.outcome == dagritme::AuditOutcome::refused);
        CHECK(e.action == dagritme::AuditAction::read);
        CHECK(e.what == "inzage");
        CHECK(e.client == "192.168.1.20");
        CHECK(e.at == planner.now);
    }

    auto cor = logged_in(planner, "cor");
    const auto res = cor.get(path);
    CHECK(res.result_int() == 200);
    CHECK(contains(res, "<td>marco <span class=\"klein\">(groepsleider)</span></td>"));
    CHECK(contains(res, "<td class=\"geweigerd\">geweigerd</td>"));
    CHECK(contains(res, "dinsdag 1 december 2026, 10:00:00"));
    // Reading the log is a read of the record, and is logged too.
    CHECK(store::audit_of_family(planner.db(), family).size() == 3);

    SUBCASE("per staff member: what marco tried to open") {
        const auto list = cor.get("/inzage");
        CHECK(list.result_int() == 200);
        const auto marco_id = account_id(planner, "marco");
        CHECK(contains(list, "<a href=\"/inzage/" + std::to_string(marco_id) + "\">marco</a>"));
        const auto mine = cor.get("/inzage/" + std::to_string(marco_id));
        CHECK(mine.result_int() == 200);
        CHECK(contains(mine, store::family_names(planner.db()).at(family)));
        CHECK(contains(mine, "gelezen: inzage"));
        CHECK(cor.get("/inzage/999999").result_int() == 404);
    }
    SUBCASE("a group leader or mentor cannot read the log per staff member") {
        CHECK(marco.get("/inzage").result_int() == 403);
        CHECK(fatima.get("/inzage/" + std::to_string(account_id(planner, "cor"))).result_int() ==
              403);
    }
    SUBCASE("an unknown family is 404, and the attempt is logged") {
        CHECK(cor.get("/gezin/987654/inzage").result_int() == 404);
        const auto probe = store::audit_of_family(planner.db(), 987654);
        REQUIRE(probe.size() == 1);
        CHECK(probe[0].outcome == dagritme::AuditOutcome::refused);
    }
    SUBCASE("the log cannot be written through the page") {
        CHECK(cor.post_form(path, "x=1").result_int() == 405);
        CHECK(store::audit_of_family(planner.db(), family).size() == 3);
    }
}
