#include "domain/board.hpp"

#include <doctest/doctest.h>

using namespace dagritme;

namespace {

struct Fixture {
    Group group;
    BoardInputs in;
    Date date = *Date::parse("2026-12-01");

    Fixture() {
        group.id = "zonnebloem";
        group.name = "De Zonnebloem";
        group.routines.days[2] = {
            {TimeOfDay::at(8, 30), TimeOfDay::at(9, 0), RoutineKind::circle, "p-kring", "Kring"},
            {TimeOfDay::at(9, 0), TimeOfDay::at(10, 0), RoutineKind::free_play, "p-spelen",
             "Vrij spelen"}};
        in.group = &group;
        in.revision = 5;
        in.date = date;
        in.children = {
            {1, "zonnebloem", 10, "Sanne", "Jansen", {}, "photo-sanne", true, ""},
            {2, "zonnebloem", 11, "Daan", "de Vries", {}, "photo-daan", false, ""}, // no consent
            {3, "zonnebloem", 11, "Noor", "de Vries", {}, std::nullopt, true, ""},  // no photo
            {4, "zonnebloem", 12, "Sem", "Smit", {}, "photo-sem", true, ""},
        };
        for (auto& c : in.children) // placed on every weekday, from always
            for (int d = 1; d <= 7; ++d)
                c.placement.days.push_back({d, DayPart::day});
        in.staff = {{1, "zonnebloem", "Ilse", "Bakker", "photo-ilse"},
                    {2, "zonnebloem", "Marco", "Visser", std::nullopt}};
        in.parents = {{1, 10, "Petra", "Jansen", "mama"},
                      {2, 11, "Lisa", "de Vries", "mama"},
                      {3, 11, "Tom", "de Vries", "papa"}};
        check_in(in.child_events, 1, 8, 0);
        check_in(in.child_events, 2, 8, 5);
        check_in(in.child_events, 3, 8, 5);
        check_in(in.child_events, 4, 8, 10);
        check_in(in.staff_events, 1, 7, 30);
    }

    void check_in(std::map<std::int64_t, std::vector<AttendanceEvent>>& events, std::int64_t id,
                  int h, int m) {
        events[id].push_back({to_instant({date, TimeOfDay::at(h, m)}), true});
    }
    void check_out(std::map<std::int64_t, std::vector<AttendanceEvent>>& events, std::int64_t id,
                   int h, int m) {
        events[id].push_back({to_instant({date, TimeOfDay::at(h, m)}), false});
    }
};

const BoardPerson* find(const std::vector<BoardPerson>& people, const std::string& id) {
    for (const auto& p : people)
        if (p.id == id) return &p;
    return nullptr;
}

} // namespace

TEST_CASE("the board shows the day plan and who is present, by first name") {
    Fixture f;
    const auto board = build_board(f.in);
    CHECK(board.schema == 2);
    CHECK(board.revision == 5);
    CHECK(board.date.str() == "2026-12-01");
    REQUIRE(board.blocks.size() == 2);
    CHECK(board.blocks[0].block.label == "Kring");
    REQUIRE(board.children.size() == 4);
    CHECK(board.children[0].name == "Daan");
    CHECK(board.children[3].name == "Sem");
    REQUIRE(board.staff.size() == 1); // Marco has not checked in
    CHECK(board.staff[0].name == "Ilse");
    CHECK(build_board(f.in) == board); // deterministic
}

TEST_CASE("a child who checks out is gone from the board") {
    Fixture f;
    f.check_out(f.in.child_events, 4, 12, 0);
    const auto board = build_board(f.in);
    CHECK(find(board.children, "c4") == nullptr);
    CHECK(board.children.size() == 3);
    SUBCASE("and back when checked in again") {
        f.check_in(f.in.child_events, 4, 13, 0);
        CHECK(find(build_board(f.in).children, "c4") != nullptr);
    }
}

TEST_CASE("photos only with consent; otherwise an avatar letter") {
    Fixture f;
    const auto board = build_board(f.in);
    const auto* sanne = find(board.children, "c1");
    REQUIRE(sanne);
    CHECK(sanne->photo == "photo-sanne");
    CHECK(sanne->avatar.empty());
    const auto* daan = find(board.children, "c2");
    REQUIRE(daan);
    CHECK_FALSE(daan->photo.has_value());
    CHECK(daan->avatar == "D");
    const auto* noor = find(board.children, "c3");
    REQUIRE(noor);
    CHECK_FALSE(noor->photo.has_value());
    CHECK(noor->avatar == "N");
    CHECK(avatar_letter("émile") == "É");
    CHECK(avatar_letter("Özlem") == "Ö");
    CHECK(avatar_letter("") == "?");
}

TEST_CASE("activity groups and sessions name only present people") {
    Fixture f;
    f.in.activities = {
        {7, TimeOfDay::at(10, 30), TimeOfDay::at(11, 0), "Buiten", "p-buiten", {1, 2}, {1, 4, 99}}};
    f.in.sessions = {{3,
                      SessionType::lap_singing,
                      TimeOfDay::at(9, 30),
                      TimeOfDay::at(10, 15),
                      2,
                      "p-zingen",
                      {2, 3}}};
    f.check_out(f.in.child_events, 4, 9, 0);
    const auto board = build_board(f.in);
    REQUIRE(board.activities.size() == 2);
    const auto& session = board.activities[0]; // 09:30, before the 10:30 group
    CHECK(session.id == "p3");
    CHECK(session.label == "Zingen op schoot");
    CHECK(session.staff.empty()); // Marco is not here
    CHECK(session.children == std::vector<std::string>{"c2", "c3"});
    REQUIRE(session.visitors.size() == 2);
    CHECK(session.visitors[0].label == "mama en papa van Daan");
    CHECK(session.visitors[1].child == "c3");
    const auto& group = board.activities[1];
    CHECK(group.id == "a7");
    CHECK(group.staff == std::vector<std::string>{"s1"});
    CHECK(group.children == std::vector<std::string>{"c1"});
}

TEST_CASE("a changed block is marked on the board") {
    Fixture f;
    f.in.changes = {{1, ChangeOp::relabel, "b2", {{}, {}, RoutineKind::free_play, "", "Bouwhoek"}}};
    const auto board = build_board(f.in);
    CHECK(board.blocks[1].changed);
    CHECK(board.blocks[1].block.label == "Bouwhoek");
    CHECK_FALSE(board.blocks[0].changed);
}

TEST_CASE("a closed day has no blocks") {
    Fixture f;
    f.in.date = *Date::parse("2026-12-05"); // Saturday
    CHECK(build_board(f.in).blocks.empty());
}

TEST_CASE("the board carries the plans of the coming week's opening days") {
    Fixture f;
    for (std::size_t weekday = 1; weekday <= 5; ++weekday)
        f.group.opening.at(weekday) = OpeningHours{TimeOfDay::at(7, 30), TimeOfDay::at(17, 30)};
    f.group.screen_on = TimeOfDay::at(7, 15);
    f.group.screen_off = TimeOfDay::at(18, 0);
    // A change already made for next Tuesday, and one for the Saturday (closed: not carried).
    f.in.coming_changes[*Date::parse("2026-12-08")] = {
        {4, ChangeOp::relabel, "b1", {{}, {}, RoutineKind::circle, "", "Sinterklaaskring"}}};
    f.in.coming_changes[*Date::parse("2026-12-05")] = {{5, ChangeOp::remove, "b1", {}}};
    const auto board = build_board(f.in); // Tuesday 1 December

    std::vector<std::string> dates;
    for (const auto& day : board.coming)
        dates.push_back(day.date.str());
    CHECK(dates == std::vector<std::string>{"2026-12-02", "2026-12-03", "2026-12-04", "2026-12-07",
                                            "2026-12-08"});
    CHECK(board.coming[0].screen_on == TimeOfDay::at(7, 15));
    CHECK(board.coming[0].screen_off == TimeOfDay::at(18, 0));
    CHECK(board.coming[0].blocks.empty()); // no Wednesday routine in this group
    const auto& tuesday = board.coming[4];
    REQUIRE(tuesday.blocks.size() == 2);
    CHECK(tuesday.blocks[0].block.label == "Sinterklaaskring");
    CHECK(tuesday.blocks[0].changed);
    CHECK(tuesday.blocks[1].block.label == "Vrij spelen");
    CHECK_FALSE(tuesday.blocks[1].changed);
    // Today's plan is not touched by another day's change.
    CHECK(board.blocks[0].block.label == "Kring");
    CHECK_FALSE(board.blocks[0].changed);

    SUBCASE("from a Friday, the next week") {
        f.in.date = *Date::parse("2026-12-04");
        CHECK(coming_dates(f.group, f.in.date).front().str() == "2026-12-07");
        CHECK(coming_dates(f.group, f.in.date).back().str() == "2026-12-11");
    }
    SUBCASE("a group that never opens has no coming days") {
        f.group.opening = {};
        CHECK(build_board(f.in).coming.empty());
    }
}
