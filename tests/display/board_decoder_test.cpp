// The board decoder: every example decodes; every class of bad document is rejected with a
// message naming the field.
#include "test_support.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <map>
#include <random>

using namespace dagritme;

TEST_CASE("the example boards decode into typed values") {
    const auto b = test::example_board("board-zonnebloem.json");
    CHECK(b.schema == 2);
    CHECK(b.people_known);
    CHECK(b.group.name == "De Zonnebloem");
    CHECK(b.date.str() == "2026-12-01");
    REQUIRE(b.blocks.size() == 12);
    CHECK(b.blocks[3].start.minutes == 10 * 60);
    CHECK(b.blocks[3].end.minutes == 10 * 60 + 30);
    CHECK(b.blocks[4].changed);
    REQUIRE(b.children.size() == 7);
    const auto* daan = b.find_child("c2");
    REQUIRE(daan);
    CHECK_FALSE(daan->photo.has_value());
    CHECK(daan->avatar == "D");
    CHECK(b.staff.size() == 3);
    const auto& session = b.activities[1];
    CHECK(session.id == "p1");
    REQUIRE(session.visitors.size() == 2);
    const auto sanne = std::find_if(session.visitors.begin(), session.visitors.end(),
                                    [](const board::Visitor& v) { return v.child == "c1"; });
    REQUIRE(sanne != session.visitors.end());
    CHECK(sanne->label == "mama van Sanne");

    SUBCASE("the coming opening days, with their own plans") {
        CHECK(b.coming_known);
        REQUIRE(b.coming.size() == 5); // Wednesday to Friday, Monday, Tuesday
        CHECK(b.coming[0].date.str() == "2026-12-02");
        CHECK(b.coming[3].date.str() == "2026-12-07");
        CHECK(b.coming[0].hours.on == TimeOfDay::at(7, 15));
        CHECK(b.coming[0].hours.off == TimeOfDay::at(18, 0));
        REQUIRE(b.coming[0].blocks.size() == 12);
        CHECK(b.coming[0].blocks[9].label == "Gym");
        CHECK_FALSE(b.coming[0].blocks[9].changed);
        const auto yesterday = test::example_board("board-yesterday.json");
        CHECK(yesterday.date.str() == "2026-11-30");
        REQUIRE_FALSE(yesterday.coming.empty());
        CHECK(yesterday.coming[0].date == b.date);
    }
    SUBCASE("schema 1 is still read: no coming days, and not known") {
        const auto old = test::example_board("board-scripts.json");
        CHECK(old.schema == 1);
        CHECK_FALSE(old.coming_known);
        CHECK(old.coming.empty());
        auto document =
            nlohmann::json::parse(test::read_text(test::data_path("board-zonnebloem.json")));
        document["schema"] = 1;
        const auto result = board::decode_board(document.dump());
        REQUIRE(result.ok());
        CHECK(result.board().coming.empty()); // schema 1 has no coming days to read
        CHECK_FALSE(result.board().coming_known);
    }
    SUBCASE("other examples") {
        CHECK(test::example_board("board-busy.json").children.size() == 16);
        CHECK(test::example_board("board-busy.json").staff.size() == 5);
        CHECK(test::example_board("board-long-names.json").children.size() == 7);
    }
    SUBCASE("media lists every hash once") {
        const auto media = b.media();
        // Pictograms (one shared), the session's, photos; and the two that only the coming days
        // show (playing outside, Wednesday's gym), fetched ahead for a night without the planner.
        CHECK(media.size() == 12 + 1 + 6 + 3 + 2);
    }
}

TEST_CASE("the websocket envelope's extra type field is accepted") {
    auto text = test::read_text(test::data_path("board-zonnebloem.json"));
    text.insert(text.find('{') + 1, "\"type\": \"board\",");
    CHECK(board::decode_board(text).ok());
}

TEST_CASE("every class of bad board document is rejected with the field path") {
    const std::map<std::string, std::string> expected{
        {"not-json.json", "not valid JSON (at byte 30)"},
        {"empty.json", "not valid JSON (at byte 1)"},
        {"number-overflow.json",
         "not valid JSON: [json.exception.out_of_range.406] number overflow parsing '1e999'"},
        {"top-level-array.json", "the document must be a JSON object, got an array"},
        {"unknown-schema.json", "schema: unknown schema 3 (this display reads 1 and 2)"},
        {"schema-as-text.json", "schema: expected an integer, got a string"},
        {"missing-blocks.json", "blocks: missing"},
        {"revision-as-text.json", "revision: expected an integer, got a string"},
        {"bad-time.json", "blocks[2].start: expected \"HH:MM\", got \"25:00\""},
        {"bad-hash.json", "blocks[0].pictogram: expected a sha256 (64 lowercase hex digits) or "
                          "null, got \"7355B21EB9C5A5A2118B47DBF5D6CB00F255417..."},
        {"short-photo-hash.json", "present.children[0].photo: expected a sha256 (64 lowercase hex "
                                  "digits) or null, got \"abc123\""},
        {"duplicate-block-id.json", "blocks[1].id: duplicate id \"b1\""},
        {"duplicate-child-id.json", "present.children[5].id: duplicate id \"c1\""},
        {"unknown-child.json", "activities[0].children[5]: unknown child id \"c99\""},
        {"unknown-staff.json", "activities[2].staff[0]: unknown staff id \"s7\""},
        {"end-before-start.json", "blocks[5].end: must be after start"},
        {"overlapping-blocks.json",
         "blocks[3].start: overlaps the block before it (blocks must be in time order)"},
        {"visitor-not-in-activity.json",
         "activities[1].visitors[2].child: \"c3\" is not one of this activity's children"},
        {"no-photo-no-avatar.json",
         "present.children[1].avatar: missing (required when photo is null)"},
        {"hours-reversed.json", "hours.screen_off: must be after screen_on"},
        {"bad-date.json", "date: expected a date \"YYYY-MM-DD\", got \"2026-13-01\""},
        {"not-a-calendar-day.json", "date: expected a date \"YYYY-MM-DD\", got \"2026-02-31\""},
        {"staff-no-photo-no-avatar.json",
         "present.staff[0].avatar: missing (required when photo is null)"},
        {"changed-as-text.json", "blocks[0].changed: expected a boolean, got a string"},
        {"children-not-a-list.json", "present.children: expected an array, got an object"},
        {"empty-name.json", "present.staff[0].name: must not be empty"},
        {"coming-missing.json", "coming: missing"},
        {"coming-not-a-list.json", "coming: expected an array, got an object"},
        {"coming-not-a-calendar-day.json",
         "coming[1].date: expected a date \"YYYY-MM-DD\", got \"2026-02-30\""},
        {"coming-on-board-date.json", "coming[0].date: must be after the board's date 2026-12-01"},
        {"coming-out-of-order.json", "coming[2].date: must be after the day before it, 2026-12-03"},
        {"coming-hours-reversed.json", "coming[3].hours.screen_off: must be after screen_on"},
        {"coming-overlapping-blocks.json", "coming[1].blocks[3].start: overlaps the block before "
                                           "it (blocks must be in time order)"},
        {"coming-bad-hash.json", "coming[4].blocks[0].pictogram: expected a sha256 (64 lowercase "
                                 "hex digits) or null, got \"abc\""},
    };
    std::size_t files = 0;
    for (const auto& entry : std::filesystem::directory_iterator(test::data_path("bad"))) {
        const std::string name = entry.path().filename().string();
        CAPTURE(name);
        ++files;
        auto it = expected.find(name);
        REQUIRE_MESSAGE(it != expected.end(), "no expectation for " << name);
        const auto result = board::decode_board(test::read_text(entry.path().string()));
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().describe() == it->second);
    }
    CHECK(files == expected.size());
}

TEST_CASE("a document larger than the limit is rejected before parsing") {
    std::string huge(board::max_document_bytes + 1, ' ');
    const auto result = board::decode_board(huge);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().message.find("document too large") == 0);
}

// The decoder reads dates and times with the planner's domain parsers: what one program
// refuses, the other refuses too.
TEST_CASE("dates are calendar days and times run from 00:00 to 23:59, as in the planner") {
    const auto example =
        nlohmann::json::parse(test::read_text(test::data_path("board-zonnebloem.json")));
    auto decode_with = [&](const char* key, const std::string& value) {
        auto document = example;
        if (std::string(key) == "date") {
            document["date"] = value;
            document["coming"] = nlohmann::json::array(); // the example's week follows its date
        } else
            document["blocks"].back()["end"] = value;
        return board::decode_board(document.dump());
    };
    SUBCASE("dates") {
        for (const char* bad :
             {"2026-02-30", "2026-02-31", "2026-02-29", "2026-04-31", "2026-00-10"}) {
            CAPTURE(bad);
            const auto result = decode_with("date", bad);
            REQUIRE_FALSE(result.ok());
            CHECK(result.error().describe() ==
                  "date: expected a date \"YYYY-MM-DD\", got \"" + std::string(bad) + "\"");
        }
        for (const char* bad : {"2026-02-30", "2026-11-31"}) {
            CAPTURE(bad);
            auto document = example;
            document["coming"][0]["date"] = bad;
            const auto result = board::decode_board(document.dump());
            REQUIRE_FALSE(result.ok());
            CHECK(result.error().describe() ==
                  "coming[0].date: expected a date \"YYYY-MM-DD\", got \"" + std::string(bad) +
                      "\"");
        }
        const auto leap = decode_with("date", "2028-02-29");
        REQUIRE(leap.ok());
        CHECK(leap.board().date == Date{2028, 2, 29});
    }
    SUBCASE("times") {
        const std::string last_end =
            "blocks[" + std::to_string(example["blocks"].size() - 1) + "].end";
        for (const char* bad : {"24:00", "9:00", "09:60", "09:0a", "0900", "09:00 ", ""}) {
            CAPTURE(bad);
            const auto result = decode_with("end", bad);
            REQUIRE_FALSE(result.ok());
            CHECK(result.error().describe() ==
                  last_end + ": expected \"HH:MM\", got \"" + std::string(bad) + "\"");
        }
        const auto late = decode_with("end", "23:59");
        REQUIRE(late.ok());
        CHECK(late.board().blocks.back().end == TimeOfDay::at(23, 59));
    }
}

TEST_CASE("a person with a photo has the domain's avatar letter for when the photo is missing") {
    auto document =
        nlohmann::json::parse(test::read_text(test::data_path("board-zonnebloem.json")));
    document["present"]["staff"][0]["name"] = "élise";
    const auto result = board::decode_board(document.dump());
    REQUIRE(result.ok());
    CHECK(result.board().staff[0].avatar == "É");
}

TEST_CASE("thousands of mangled documents: always a board or an error, never a crash") {
    // A cheap, deterministic stand-in for fuzzing: mutate the example byte-wise and by tokens.
    const std::string original = test::read_text(test::data_path("board-zonnebloem.json"));
    std::mt19937 random(20261201);
    auto pick = [&](std::size_t n) {
        return std::uniform_int_distribution<std::size_t>(0, n - 1)(random);
    };
    const std::vector<std::string> tokens{"null",
                                          "true",
                                          "-1",
                                          "1e999",
                                          "\"\"",
                                          "[]",
                                          "{}",
                                          "\"24:00\"",
                                          "\"\\u0000\"",
                                          ",",
                                          ":",
                                          "\"c99\"",
                                          "9223372036854775808",
                                          "\"zz\"",
                                          "{\"a\":"};
    std::size_t accepted = 0, rejected = 0;
    for (int round = 0; round < 3000; ++round) {
        std::string doc = original;
        for (int edits = 1 + static_cast<int>(pick(4)); edits > 0; --edits) {
            const std::size_t at = pick(doc.size());
            switch (pick(4)) {
            case 0:
                doc[at] = static_cast<char>(pick(256));
                break;
            case 1:
                doc.erase(at, pick(40));
                break;
            case 2:
                doc.insert(at, tokens[pick(tokens.size())]);
                break;
            default:
                doc.insert(at, doc.substr(pick(doc.size()), pick(60)));
                break;
            }
            if (doc.empty()) doc = "{";
        }
        const auto result = board::decode_board(doc);
        if (result.ok()) {
            ++accepted;
            for (const auto& b : result.board().blocks)
                CHECK(b.start < b.end);
        } else {
            ++rejected;
            CHECK_FALSE(result.error().message.empty());
        }
    }
    CHECK(rejected > 2000);
    MESSAGE("accepted " << accepted << " mangled documents that were still valid");
}
