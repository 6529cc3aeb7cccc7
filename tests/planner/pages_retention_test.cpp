// Bewaren in-process: closing a record, its 20 years, asking for its destruction, carrying it
// out; and the export of a whole record. Each refusal changes nothing and is in the audit log.
#include "page_checks.hpp"

#include "app/family_export.hpp"
#include "app/retention.hpp"
#include "store/accounts.hpp"
#include "store/audit.hpp"
#include "store/care_log.hpp"
#include "store/family_record.hpp"
#include "store/people.hpp"
#include "store/retention.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

namespace {

using dagritme::test::ApiPlanner;
using dagritme::test::contains;
using dagritme::test::demo_day;
using dagritme::test::logged_in;
namespace store = dagritme::store;
namespace app = dagritme::app;
using namespace dagritme;

std::int64_t fatimas_family(ApiPlanner& planner) {
    const auto fatima = store::find_account(planner.db(), "fatima");
    REQUIRE(fatima);
    const auto families = store::list_families(planner.db(), fatima->id);
    REQUIRE_FALSE(families.empty());
    return families.front().id;
}

std::string path_of(std::int64_t family) {
    return "/gezin/" + std::to_string(family) + "/bewaren";
}

constexpr std::int64_t year = 365 * 24 * 3600 + 6 * 3600;

} // namespace

TEST_CASE("the mentor closes a record; a coordinator asks for its destruction after 20 years") {
    ApiPlanner planner;
    const auto family = fatimas_family(planner);
    auto fatima = logged_in(planner, "fatima");
    auto cor = logged_in(planner, "cor");

    CHECK(fatima.get(path_of(family)).result_int() == 200);
    const auto closed = fatima.post_form(path_of(family), "op=afsluiten");
    CHECK(closed.result_int() == 303);
    const auto state = app::retention_state(planner.db(), family);
    REQUIRE(state);
    CHECK(state->closed_at == Instant{planner.now});
    CHECK(state->kept_until == Date{2046, 12, 1});
    CHECK(contains(fatima.get(path_of(family) + "?gedaan=gesloten"), "Bewaren tot</dt><dd>"));

    SUBCASE("closing twice is refused next to nothing but the summary") {
        const auto again = fatima.post_form(path_of(family), "op=afsluiten");
        CHECK(again.result_int() == 422);
        CHECK(contains(again, "Er is niets opgeslagen"));
    }
    SUBCASE("the mentor may not reopen it nor ask for destruction: refused and logged") {
        CHECK(fatima.post_form(path_of(family), "op=heropenen").result_int() == 403);
        const auto log = store::audit_of_family(planner.db(), family);
        REQUIRE_FALSE(log.empty());
        CHECK(log.front().what == "dossier heropenen");
        CHECK(log.front().outcome == AuditOutcome::refused);
        CHECK(app::retention_state(planner.db(), family)->closed_at.has_value());
    }
    SUBCASE("a coordinator reopens it") {
        CHECK(cor.post_form(path_of(family), "op=heropenen").result_int() == 303);
        CHECK_FALSE(app::retention_state(planner.db(), family)->closed_at.has_value());
    }
    SUBCASE("destruction: not before the retention ends, not without a reason, then recorded") {
        const auto early = cor.post_form(path_of(family), "op=vernietigen&reden=verlopen");
        CHECK(early.result_int() == 422);
        CHECK(contains(early, "id=\"reden-fout\" role=\"alert\">Dit dossier moet nog bewaard "
                              "blijven: vernietigen kan pas na de bewaartermijn.</p>"));
        CHECK(store::destruction_requests(planner.db(), family).empty());

        planner.now += 20 * year + 24 * 3600;
        auto cor_later = logged_in(planner, "cor");
        const auto no_reason = cor_later.post_form(path_of(family), "op=vernietigen&reden=+");
        CHECK(no_reason.result_int() == 422);
        CHECK(contains(no_reason, "Schrijf op waarom het dossier vernietigd mag worden."));
        CHECK(store::destruction_requests(planner.db(), family).empty());

        const auto asked =
            cor_later.post_form(path_of(family), "op=vernietigen&reden=Bewaartermijn+verstreken");
        CHECK(asked.result_int() == 303);
        const auto requests = store::destruction_requests(planner.db(), family);
        REQUIRE(requests.size() == 1);
        CHECK(requests[0].requester == "cor");
        CHECK(requests[0].reason == "Bewaartermijn verstreken");
        const auto twice = cor_later.post_form(path_of(family), "op=vernietigen&reden=nogmaals");
        CHECK(twice.result_int() == 422);
        CHECK(contains(twice, "De vernietiging is al aangevraagd."));
        CHECK(store::destruction_requests(planner.db(), family).size() == 1);

        // Carried out: the record is gone, the log and the request remain.
        const auto audit_before = store::audit_of_family(planner.db(), family).size();
        CHECK_FALSE(app::destroy_record(planner.db(), family, "beheer", Instant{planner.now}));
        CHECK_FALSE(store::load_family_record(planner.db(), family));
        CHECK(store::audit_of_family(planner.db(), family).size() == audit_before);
        CHECK(store::destruction_requests(planner.db(), family)[0].carried_out_at == planner.now);
        CHECK(cor_later.get(path_of(family)).result_int() == 404);
    }
    SUBCASE("an unknown operation is refused") {
        CHECK(cor.post_form(path_of(family), "op=weggooien").result_int() == 400);
    }
}

TEST_CASE("every demo family can be destroyed whole, with its care log, attendance and "
          "sessions") {
    ApiPlanner planner;
    auto& db = planner.db();
    const auto children = store::children_of_group(db, "zonnebloem");
    const auto marco = store::find_account(db, "marco");
    REQUIRE(marco);
    {
        store::Transaction tx{db};
        for (const auto& child : children) { // an anchorpoint for every child
            Anchorpoint a;
            a.group_id = "zonnebloem";
            a.child_id = child.id;
            a.at = to_instant({demo_day, TimeOfDay::at(10, 5)});
            a.emotion = Emotion::tension;
            a.responses = {CareResponse::named};
            a.author = marco->id;
            a.created_at = a.at;
            store::add_anchorpoint(db, a);
        }
        tx.commit();
    }
    const Instant later{planner.now + 21 * year};
    for (const auto& f : store::list_families(db)) {
        CAPTURE(f.name);
        REQUIRE_FALSE(app::close_record(db, f.id, Instant{planner.now}));
        CHECK(app::destroy_record(db, f.id, "beheer", later)->kind ==
              app::RetentionProblem::Kind::no_request);
        REQUIRE_FALSE(app::request_destruction(db, f.id, std::nullopt, "cor", "verlopen", later));
        REQUIRE_FALSE(app::destroy_record(db, f.id, "beheer", later));
        CHECK_FALSE(store::load_family_record(db, f.id));
    }
    CHECK(store::children_of_group(db, "zonnebloem").empty());
    CHECK(store::list_families(db).empty());
}

TEST_CASE("the export holds the whole record as JSON") {
    ApiPlanner planner;
    const auto family = fatimas_family(planner);
    auto fatima = logged_in(planner, "fatima");
    REQUIRE(fatima.get("/gezin/" + std::to_string(family)).result_int() == 200);

    const auto text = app::export_family(planner.db(), family, Instant{planner.now});
    REQUIRE(text);
    const auto doc = nlohmann::json::parse(*text);
    CHECK(doc["format"] == "dagritme-family-record");
    CHECK(doc["exported_at"] == "2026-12-01T09:00:00Z");
    const auto record = store::load_family_record(planner.db(), family);
    REQUIRE(record);
    CHECK(doc["family"]["name"] == record->family.name);
    CHECK(doc["family"]["parents"].size() == record->parents.size());
    CHECK(doc["family"]["children"].size() == record->children.size());
    CHECK(doc["family"]["children"][0]["surname"] == record->children[0].surname);
    CHECK(doc["family"]["mentor"] == "fatima");
    // Fatima's read of the record is in its audit log, and so in the export.
    CHECK(doc["audit_log"].back()["account"] == "fatima");
    CHECK(doc["audit_log"].back()["action"] == "read");
    CHECK_FALSE(app::export_family(planner.db(), 987654, Instant{planner.now}));
}
