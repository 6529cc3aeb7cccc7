// The day of a group through the real API in this process: attendance, changes to the plan
// and activity groups, each checked on the board afterwards.
#include "api_fixture.hpp"
#include "media/media_store.hpp"
#include "store/day.hpp"

using namespace dagritme;
using namespace dagritme::test;

namespace {

const std::string attendance = "/api/groups/zonnebloem/attendance";
const std::string changes = "/api/groups/zonnebloem/days/2026-12-01/changes";
const std::string activities = "/api/groups/zonnebloem/days/2026-12-01/activities";

std::string pictogram_hash(const std::string& name) {
    return media::sha256_hex(slurp(source_dir / "assets" / "pictograms" / (name + ".png")));
}

} // namespace

TEST_CASE("checking in and out changes who is present, once") {
    ApiPlanner planner;
    auto marco = logged_in(planner, "marco");
    const auto before = planner.revision();
    REQUIRE_FALSE(has_entry(board_of(marco)["present"]["children"], "c8"));

    const nlohmann::json bram_in{{"person", "child"}, {"id", 8}, {"action", "check_in"}};
    const auto res = marco.post(attendance, bram_in);
    REQUIRE(res.result_int() == 200);
    CHECK(body_of(res) == nlohmann::json{{"present", true}, {"revision", before + 1}});
    CHECK(entry(board_of(marco)["present"]["children"], "c8")["name"] == "Bram");

    // Checking in someone who is here changes nothing.
    CHECK(body_of(marco.post(attendance, bram_in))["revision"] == before + 1);

    const auto out =
        marco.post(attendance, {{"person", "child"}, {"id", 8}, {"action", "check_out"}});
    CHECK(body_of(out) == nlohmann::json{{"present", false}, {"revision", before + 2}});
    CHECK_FALSE(has_entry(board_of(marco)["present"]["children"], "c8"));
}

TEST_CASE("day changes: add, move and relabel show on the board") {
    ApiPlanner planner;
    auto marco = logged_in(planner, "marco");
    const auto before = planner.revision();
    const auto blocks_before = board_of(marco)["blocks"];

    SUBCASE("add") {
        const auto res = marco.post(changes, {{"op", "add"},
                                              {"start", "17:30"},
                                              {"end", "17:45"},
                                              {"kind", "activity"},
                                              {"pictogram", "bouwen"},
                                              {"label", "Opruimen"}});
        REQUIRE(res.result_int() == 200);
        const std::string id = body_of(res)["block"];
        CHECK(id.starts_with("x"));
        CHECK(body_of(res)["revision"] == before + 1);
        const auto blocks = board_of(marco)["blocks"];
        CHECK(blocks.size() == blocks_before.size() + 1);
        const auto added = blocks.back();
        CHECK(added == nlohmann::json{{"id", id},
                                      {"start", "17:30"},
                                      {"end", "17:45"},
                                      {"kind", "activity"},
                                      {"label", "Opruimen"},
                                      {"pictogram", pictogram_hash("bouwen")},
                                      {"changed", true}});
        CHECK(std::filesystem::exists(planner.media_dir() / pictogram_hash("bouwen")));
    }
    SUBCASE("move") {
        const auto res = marco.post(
            changes, {{"op", "move"}, {"target", "b11"}, {"start", "15:30"}, {"end", "15:50"}});
        REQUIRE(res.result_int() == 200);
        CHECK(body_of(res) == nlohmann::json{{"block", "b11"}, {"revision", before + 1}});
        const auto moved = entry(board_of(marco)["blocks"], "b11");
        CHECK(moved["start"] == "15:30");
        CHECK(moved["end"] == "15:50");
        CHECK(moved["label"] == "Voorlezen");
        CHECK(moved["changed"] == true);
        CHECK(entry(blocks_before, "b11")["changed"] == false);
    }
    SUBCASE("relabel, with a new pictogram") {
        const auto res = marco.post(changes, {{"op", "relabel"},
                                              {"target", "b2"},
                                              {"label", "Kring met de poppen"},
                                              {"pictogram", "muziek"}});
        REQUIRE(res.result_int() == 200);
        const auto relabelled = entry(board_of(marco)["blocks"], "b2");
        CHECK(relabelled["label"] == "Kring met de poppen");
        CHECK(relabelled["pictogram"] == pictogram_hash("muziek"));
        CHECK(relabelled["start"] == "08:30");
        CHECK(relabelled["changed"] == true);
    }
    SUBCASE("remove") {
        const auto res = marco.post(changes, {{"op", "remove"}, {"target", "b11"}});
        REQUIRE(res.result_int() == 200);
        const auto blocks = board_of(marco)["blocks"];
        CHECK(blocks.size() == blocks_before.size() - 1);
        CHECK_FALSE(has_entry(blocks, "b11"));
    }
}

TEST_CASE("PUT activities replaces the day's activity groups") {
    ApiPlanner planner;
    auto marco = logged_in(planner, "marco");
    const auto before = planner.revision();
    const auto is_group = [](const nlohmann::json& a) {
        return a["id"].get<std::string>().starts_with("a");
    };
    const auto groups_on_board = [&] {
        nlohmann::json groups = nlohmann::json::array();
        const auto board = board_of(marco);
        for (const auto& a : board["activities"])
            if (is_group(a)) groups.push_back(a);
        return groups;
    };
    REQUIRE(groups_on_board().size() == 2); // the demo's walk and crafts

    const auto res = marco.put(activities, {{"activities",
                                             {{{"start", "14:45"},
                                               {"end", "15:30"},
                                               {"label", "Buiten"},
                                               {"pictogram", "buiten-spelen"},
                                               {"staff", {2, 2}},
                                               {"children", {1, 3}}}}}});
    REQUIRE(res.result_int() == 200);
    CHECK(body_of(res)["activities"] == 1);
    CHECK(body_of(res)["revision"] == before + 1); // once per write, however many activities
    const auto groups = groups_on_board();
    REQUIRE(groups.size() == 1);
    CHECK(groups[0]["start"] == "14:45");
    CHECK(groups[0]["end"] == "15:30");
    CHECK(groups[0]["label"] == "Buiten");
    CHECK(groups[0]["pictogram"] == pictogram_hash("buiten-spelen"));
    CHECK(groups[0]["staff"] == nlohmann::json{"s2"}); // named twice, there once
    CHECK(groups[0]["children"] == nlohmann::json{"c1", "c3"});
    // The lap-singing session is not an activity group: it stays.
    CHECK(has_entry(board_of(marco)["activities"], "p1"));

    SUBCASE("an empty list clears them") {
        REQUIRE(marco.put(activities, {{"activities", nlohmann::json::array()}}).result_int() ==
                200);
        CHECK(groups_on_board().empty());
    }
}

TEST_CASE("a day's plan takes a bounded number of changes, then says so and stores nothing") {
    ApiPlanner planner;
    auto marco = logged_in(planner, "marco");
    const nlohmann::json relabel{
        {"op", "relabel"}, {"target", "b2"}, {"label", "Kring"}, {"pictogram", "muziek"}};
    const auto made = [&] {
        return store::changes_of_day(planner.db(), "zonnebloem", demo_day).size();
    };
    for (auto i = made(); i < max_changes_per_day; ++i)
        REQUIRE(marco.post(changes, relabel).result_int() == 200);
    REQUIRE(made() == max_changes_per_day);
    const auto revision = planner.revision();
    const auto res = marco.post(changes, relabel);
    CHECK(res.result_int() == 422);
    CHECK(body_of(res)["error"] == "too_many_changes");
    CHECK(planner.revision() == revision);
    CHECK(made() == max_changes_per_day);
    // Another date has its own share.
    CHECK(marco.post("/api/groups/zonnebloem/days/2026-12-02/changes", relabel).result_int() ==
          200);
}
