// The limits register (seeded by the configuration, kept by the coordinator), attendance
// between two instants, and the wall's boards, which never see the care log.
#include "app/care_log.hpp"
#include "app/limits_register.hpp"
#include "care_log_fixture.hpp"
#include "store/board_query.hpp"
#include "store/care_log.hpp"
#include "store/day.hpp"
#include "store/limits.hpp"
#include "json/board_json.hpp"

#include <doctest/doctest.h>

using namespace dagritme;
using test::local;
using L = LimitProblem::Kind;

namespace {

std::vector<std::string> texts(const std::vector<Limit>& limits) {
    std::vector<std::string> out;
    for (const auto& l : limits)
        out.push_back(l.text + (l.retired_at ? " (retired)" : ""));
    return out;
}

// What the planner does at every start: write the configured groups.
void restart(store::Database& db, const std::vector<std::string>& limits) {
    store::Transaction tx{db};
    store::sync_group(db, test::care_group("zonnebloem", limits));
    tx.commit();
}

std::int64_t id_of(const std::variant<std::int64_t, LimitProblem>& result) {
    REQUIRE(std::holds_alternative<std::int64_t>(result));
    return std::get<std::int64_t>(result);
}

} // namespace

TEST_CASE("the configuration seeds the register; the coordinator's edits survive a restart") {
    test::CareLogDatabase t;
    const auto seeded = store::limits_register(t.db, "zonnebloem");
    CHECK(texts(seeded) == test::configured_limits);
    CHECK(seeded[0].id != seeded[1].id);
    CHECK(store::load_group(t.db, "zonnebloem")->limits == seeded);
    const auto revision = store::board_revision(t.db, "zonnebloem");

    const auto added = id_of(app::add_limit(t.db, "zonnebloem", "  We blijven in de groep. "));
    CHECK_FALSE(app::change_limit_text(t.db, "zonnebloem", seeded[0].id, "We doen niemand pijn."));
    CHECK_FALSE(app::retire_limit(t.db, "zonnebloem", seeded[1].id, local(9, 0)));
    const std::vector<std::string> edited{"We doen niemand pijn.",
                                          "We maken geen spullen kapot. (retired)",
                                          "We blijven in de groep."};
    CHECK(texts(store::limits_register(t.db, "zonnebloem")) == edited);
    CHECK(store::board_revision(t.db, "zonnebloem") == revision); // limits are not on the board

    restart(t.db, test::configured_limits);
    restart(t.db, {"Iets heel anders."}); // even a changed configuration
    CHECK(texts(store::limits_register(t.db, "zonnebloem")) == edited);
    const auto ids = store::limits_register(t.db, "zonnebloem");
    CHECK(ids[0].id == seeded[0].id);
    CHECK(ids[2].id == added);
    // The group as loaded holds the limits in use.
    const auto in_use = store::load_group(t.db, "zonnebloem")->limits;
    REQUIRE(in_use.size() == 2);
    CHECK(in_use[0].text == "We doen niemand pijn.");
    CHECK(in_use[1].id == added);

    SUBCASE("a register whose limits are all retired is not seeded again") {
        for (const auto& l : store::limits_register(t.db, "zonnebloem"))
            if (!l.retired_at) app::retire_limit(t.db, "zonnebloem", l.id, local(10, 0));
        restart(t.db, test::configured_limits);
        CHECK(store::limits_register(t.db, "zonnebloem").size() == 3);
        CHECK(store::load_group(t.db, "zonnebloem")->limits.empty());
    }
    SUBCASE("a restart with an unchanged configuration reports no change") {
        store::Transaction tx{t.db};
        CHECK_FALSE(store::sync_group(t.db, test::care_group("zonnebloem", {"Iets anders."})));
    }
}

TEST_CASE("a new group's register is seeded once; one without configured limits stays empty") {
    test::CareLogDatabase t;
    {
        store::Transaction tx{t.db};
        CHECK(store::sync_group(t.db, test::care_group("madelief", {})));
        tx.commit();
    }
    CHECK(store::limits_register(t.db, "madelief").empty());
    {
        store::Transaction tx{t.db};
        CHECK(store::sync_group(t.db, test::care_group("madelief", {"Wij lopen binnen."})));
        CHECK_FALSE(store::sync_group(t.db, test::care_group("madelief", {"Wij lopen binnen."})));
        tx.commit();
    }
    CHECK(texts(store::limits_register(t.db, "madelief")) ==
          std::vector<std::string>{"Wij lopen binnen."});
}

TEST_CASE("refused writes to the register write nothing") {
    test::CareLogDatabase t;
    const auto reg = store::limits_register(t.db, "zonnebloem");
    app::retire_limit(t.db, "zonnebloem", reg[1].id, local(9, 0));
    const auto rows = t.care_rows();
    const auto before = store::limits_register(t.db, "zonnebloem");
    const auto refused = [&](const std::variant<std::int64_t, LimitProblem>& result, L kind) {
        REQUIRE(std::holds_alternative<LimitProblem>(result));
        CHECK(std::get<LimitProblem>(result).kind == kind);
    };
    refused(app::add_limit(t.db, "zonnebloem", ""), L::empty);
    refused(app::add_limit(t.db, "zonnebloem", " \n "), L::empty);
    refused(app::add_limit(t.db, "zonnebloem", std::string(max_limit_length + 1, 'x')),
            L::too_long);
    refused(app::add_limit(t.db, "zonnebloem", "We doen elkaar geen pijn. "), L::duplicate);
    refused(app::add_limit(t.db, "onbekend", "We lopen."), L::unknown_group);
    CHECK(app::change_limit_text(t.db, "zonnebloem", reg[0].id, "") == LimitProblem{L::empty});
    CHECK(app::change_limit_text(t.db, "zonnebloem", reg[1].id, "Nieuw.") ==
          LimitProblem{L::already_retired});
    CHECK(app::change_limit_text(t.db, "klaproos", reg[0].id, "Nieuw.") ==
          LimitProblem{L::unknown_limit});
    CHECK(app::retire_limit(t.db, "zonnebloem", reg[1].id, local(10, 0)) ==
          LimitProblem{L::already_retired});
    CHECK(app::retire_limit(t.db, "zonnebloem", 999, local(10, 0)) ==
          LimitProblem{L::unknown_limit});
    CHECK(app::order_limits(t.db, "zonnebloem", {reg[1].id}) == LimitProblem{L::bad_order});
    CHECK(app::order_limits(t.db, "zonnebloem", {reg[0].id, reg[0].id}) ==
          LimitProblem{L::bad_order});
    CHECK(t.care_rows() == rows);
    CHECK(store::limits_register(t.db, "zonnebloem") == before);

    CHECK_FALSE(app::order_limits(t.db, "zonnebloem", {reg[1].id, reg[0].id}));
    CHECK(store::limits_register(t.db, "zonnebloem")[0].id == reg[1].id);
}

TEST_CASE("attendance of the group's children between two instants") {
    test::CareLogDatabase t;
    {
        store::Transaction tx{t.db};
        store::record_attendance(t.db, "zonnebloem", PersonKind::child, t.sanne,
                                 {local(8, 0), true});
        store::record_attendance(t.db, "zonnebloem", PersonKind::child, t.sanne,
                                 {local(12, 0), false});
        store::record_attendance(t.db, "zonnebloem", PersonKind::child, t.bram,
                                 {local(8, 0, *Date::parse("2026-12-02")), true});
        store::record_attendance(t.db, "klaproos", PersonKind::child, t.other_child,
                                 {local(9, 0), true});
        tx.commit();
    }
    const auto events =
        store::attendance_between(t.db, "zonnebloem", PersonKind::child, local(0, 0), local(12, 0));
    REQUIRE(events.size() == 1);
    REQUIRE(events.at(t.sanne).size() == 1);
    CHECK(events.at(t.sanne)[0].at == local(8, 0));
    CHECK(events.at(t.sanne)[0].check_in);
    const auto two_days =
        store::attendance_between(t.db, "zonnebloem", PersonKind::child, local(0, 0),
                                  local(23, 0, *Date::parse("2026-12-02")));
    CHECK(two_days.at(t.sanne).size() == 2);
    CHECK(two_days.at(t.bram).size() == 1);
}

TEST_CASE("the care log never touches a board: same revision, no trace in its document") {
    test::CareLogDatabase t;
    const auto board = *store::load_board(t.db, "zonnebloem", test::care_day);
    const auto document = board_to_json(board);
    const Instant now = local(9, 30);

    Anchorpoint a;
    a.child_id = t.sanne;
    a.at = local(9, 20);
    a.emotion = Emotion::disappointment;
    a.responses = {CareResponse::listened};
    a.note = "Sporen-van-het-ankerpunt";
    a.author = t.ilse;
    const auto id = std::get<std::int64_t>(app::log_anchorpoint(t.db, "zonnebloem", a, "k", now));
    a.emotion = Emotion::shame;
    app::correct_anchorpoint(t.db, "zonnebloem", id, a, t.marco, now);
    LimitViolation v;
    v.child_id = t.bram;
    v.at = local(9, 25);
    v.limit_id = store::limits_register(t.db, "zonnebloem").at(0).id;
    v.what_happened = "Sporen-van-de-limit";
    v.holding = Holding{2, {t.ilse_staff}, "Sporen-van-het-vasthouden"};
    v.author = t.ilse;
    app::log_limit_violation(t.db, "zonnebloem", v, "k", now);
    app::add_limit(t.db, "zonnebloem", "Sporen-van-het-register");
    app::undo_anchorpoint(t.db, id, t.ilse, now);

    const auto after = *store::load_board(t.db, "zonnebloem", test::care_day);
    CHECK(after.revision == board.revision);
    CHECK(board_to_json(after) == document);
    for (const char* trace : {"Sporen", "disappointment", "shame", "listened", "anchorpoint"})
        CHECK_MESSAGE(document.find(trace) == std::string::npos, trace);
    CHECK(t.count("limit_violation") == 1); // the writes did happen
}
