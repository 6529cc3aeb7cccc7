// The board of today from a board of another day: the same day as it is; a coming day with its
// own plan and nobody known; a closed day, a stale cache or a board from the future without
// blocks. Never another day's plan or attendance as today's.
#include "board/board_of_day.hpp"
#include "test_support.hpp"

using namespace dagritme;

namespace {

std::vector<std::string> dates_of(const std::vector<board::ComingDay>& days) {
    std::vector<std::string> out;
    for (const auto& day : days)
        out.push_back(day.date.str());
    return out;
}

std::vector<std::string> labels_of(const std::vector<board::Block>& blocks) {
    std::vector<std::string> out;
    for (const auto& block : blocks)
        out.push_back(block.label);
    return out;
}

void check_nobody_known(const board::Board& day) {
    CHECK_FALSE(day.people_known);
    CHECK(day.children.empty());
    CHECK(day.staff.empty());
    CHECK(day.activities.empty());
}

// A day the screen knows nothing of: `date`, no blocks, nobody, no coming days.
void check_nothing_known(const board::Board& day, Date date) {
    CHECK(day.date == date);
    CHECK(day.blocks.empty());
    check_nobody_known(day);
    CHECK(day.coming.empty());
    CHECK_FALSE(day.coming_known);
}

} // namespace

TEST_CASE("the board of today from the board at hand") {
    const auto b = test::example_board("board-zonnebloem.json"); // Tuesday 1 December
    REQUIRE(b.coming_known);
    REQUIRE(dates_of(b.coming) == std::vector<std::string>{"2026-12-02", "2026-12-03", "2026-12-04",
                                                           "2026-12-07", "2026-12-08"});

    SUBCASE("of today: as it is") {
        const auto day = board::as_of(b, Date{2026, 12, 1});
        CHECK(day.people_known);
        CHECK(day.date == b.date);
        CHECK(labels_of(day.blocks) == labels_of(b.blocks));
        CHECK(day.children.size() == b.children.size());
        CHECK(day.activities.size() == b.activities.size());
        CHECK(dates_of(day.coming) == dates_of(b.coming));
    }
    SUBCASE("today is a coming day: its own plan, nobody known") {
        const auto day = board::as_of(b, Date{2026, 12, 2});
        CHECK(day.date == Date{2026, 12, 2});
        CHECK(labels_of(day.blocks) == labels_of(b.coming[0].blocks));
        CHECK(day.blocks.at(9).label == "Gym"); // Wednesday's own routine
        CHECK(day.hours.on == b.coming[0].hours.on);
        CHECK(day.hours.off == b.coming[0].hours.off);
        check_nobody_known(day);
        CHECK(day.group.name == "De Zonnebloem");
        CHECK(day.revision == b.revision);
        CHECK(day.coming_known);
        CHECK(dates_of(day.coming) ==
              std::vector<std::string>{"2026-12-03", "2026-12-04", "2026-12-07", "2026-12-08"});
    }
    SUBCASE("the group is closed today: no blocks, the opening days ahead still known") {
        const auto day = board::as_of(b, Date{2026, 12, 5}); // Saturday
        CHECK(day.date == Date{2026, 12, 5});
        CHECK(day.blocks.empty());
        check_nobody_known(day);
        CHECK(day.hours.on == b.hours.on);
        CHECK(day.coming_known);
        CHECK(dates_of(day.coming) == std::vector<std::string>{"2026-12-07", "2026-12-08"});
    }
    SUBCASE("the last coming day: its plan, and what comes after it is unknown") {
        const auto day = board::as_of(b, Date{2026, 12, 8});
        CHECK(labels_of(day.blocks) == labels_of(b.coming.back().blocks));
        CHECK(day.coming.empty());
        CHECK_FALSE(day.coming_known);
    }
    SUBCASE("a cache older than its coming week: no blocks, nothing known") {
        check_nothing_known(board::as_of(b, Date{2026, 12, 14}), Date{2026, 12, 14});
    }
    SUBCASE("a board of a later date (a clock set back): no blocks, nothing known") {
        check_nothing_known(board::as_of(b, Date{2026, 11, 30}), Date{2026, 11, 30});
    }
}

TEST_CASE("a schema 1 board of yesterday gives today without blocks") {
    const auto b = test::example_board("board-scripts.json");
    REQUIRE(b.schema == 1);
    REQUIRE_FALSE(b.coming_known);
    const auto day = board::as_of(b, Date{2026, 12, 2});
    CHECK(day.date == Date{2026, 12, 2});
    CHECK(day.blocks.empty());
    check_nobody_known(day);
    CHECK_FALSE(day.coming_known);
}
