// Logging, reading, correcting and undoing anchorpoints and limit violations through
// planner/app on a real SQLite file: one entry per form key, the history of corrections,
// the undo window, and refused writes that write nothing.
#include "app/care_log.hpp"
#include "care_log_fixture.hpp"
#include "store/care_log.hpp"
#include "store/limits.hpp"

#include <doctest/doctest.h>

namespace doctest {
template <> struct StringMaker<dagritme::CareLogProblem> {
    static String convert(const dagritme::CareLogProblem& p) {
        return ("{kind " + std::to_string(static_cast<int>(p.kind)) + ", field \"" + p.field +
                "\", value " + std::to_string(p.value) + "}")
            .c_str();
    }
};
} // namespace doctest

using namespace dagritme;
using test::local;
using Kind = CareLogProblem::Kind;

namespace {

const Instant now = local(11, 30);

Anchorpoint anchorpoint(const test::CareLogDatabase& t) {
    Anchorpoint a;
    a.child_id = t.sanne;
    a.at = local(9, 20);
    a.emotion = Emotion::anger;
    a.responses = {CareResponse::named, CareResponse::offered_closeness};
    a.ending = Ending::calmed;
    a.signs = {Sign::screaming, Sign::throwing};
    a.note = "Gooide de blokken weg toen Bram de toren omduwde.";
    a.author = t.ilse;
    return a;
}

LimitViolation violation(test::CareLogDatabase& t) {
    LimitViolation v;
    v.child_id = t.bram;
    v.at = local(10, 40);
    v.limit_id = store::limits_register(t.db, "zonnebloem").at(0).id;
    v.what_happened = "Beet Sanne in haar arm.";
    v.holding = Holding{3, {t.ilse_staff, t.marco_staff}, "Hij bleef bijten."};
    v.follow_up = "Met mama besproken bij het ophalen.";
    v.named_apart = true;
    v.author = t.ilse;
    return v;
}

std::int64_t id_of(const app::CareLogResult& result) {
    REQUIRE(std::holds_alternative<std::int64_t>(result));
    return std::get<std::int64_t>(result);
}

CareLogProblem problem_of(const app::CareLogResult& result) {
    REQUIRE(std::holds_alternative<CareLogProblem>(result));
    return std::get<CareLogProblem>(result);
}

} // namespace

TEST_CASE("an anchorpoint is logged with the block it happened in and read back") {
    test::CareLogDatabase t;
    const auto id = id_of(app::log_anchorpoint(t.db, "zonnebloem", anchorpoint(t), "k1", now));
    auto expected = anchorpoint(t);
    expected.id = id;
    expected.group_id = "zonnebloem";
    expected.created_at = now;
    expected.block = BlockRef{TimeOfDay::at(9, 0), "Vrij spelen"};
    CHECK(store::load_anchorpoint(t.db, id) == expected);
    CHECK(store::anchorpoints_of_child(t.db, t.sanne, local(0, 0), local(23, 0)) ==
          std::vector{expected});
    CHECK(store::anchorpoints_of_group(t.db, "zonnebloem", local(9, 20), local(9, 21)) ==
          std::vector{expected});
    CHECK(store::anchorpoints_of_group(t.db, "zonnebloem", local(9, 21), local(23, 0)).empty());
    CHECK(store::anchorpoints_of_group(t.db, "klaproos", local(0, 0), local(23, 0)).empty());
    CHECK(store::anchorpoints_of_child(t.db, t.bram, local(0, 0), local(23, 0)).empty());
    CHECK(store::care_log_of_day(t.db, "zonnebloem", test::care_day).anchorpoints ==
          std::vector{expected});
    CHECK(store::care_log_of_day(t.db, "zonnebloem", *Date::parse("2026-12-02"))
              .anchorpoints.empty());

    SUBCASE("between blocks the block stays empty; a block given is kept") {
        auto between = anchorpoint(t);
        between.at = local(10, 10);
        const auto b = id_of(app::log_anchorpoint(t.db, "zonnebloem", between, "k2", now));
        CHECK_FALSE(store::load_anchorpoint(t.db, b)->block);
        auto given = anchorpoint(t);
        given.block = BlockRef{TimeOfDay::at(8, 30), "Kring"};
        const auto g = id_of(app::log_anchorpoint(t.db, "zonnebloem", given, "k3", now));
        CHECK(store::load_anchorpoint(t.db, g)->block == given.block);
    }
}

TEST_CASE("a limit violation with holding is logged and read back") {
    test::CareLogDatabase t;
    const auto id = id_of(app::log_limit_violation(t.db, "zonnebloem", violation(t), "k1", now));
    auto expected = violation(t);
    expected.id = id;
    expected.group_id = "zonnebloem";
    expected.created_at = now;
    expected.block = BlockRef{TimeOfDay::at(10, 30), "Buiten spelen"};
    CHECK(store::load_limit_violation(t.db, id) == expected);
    CHECK(store::limit_violations_of_child(t.db, t.bram, local(0, 0), local(23, 0)) ==
          std::vector{expected});
    CHECK(store::limit_violations_of_group(t.db, "zonnebloem", local(0, 0), local(23, 0)) ==
          std::vector{expected});
    CHECK(store::care_log_of_day(t.db, "zonnebloem", test::care_day).limit_violations ==
          std::vector{expected});

    auto without = violation(t);
    without.holding.reset();
    without.named_apart = false;
    const auto other = id_of(app::log_limit_violation(t.db, "zonnebloem", without, "k2", now));
    CHECK_FALSE(store::load_limit_violation(t.db, other)->holding);
    CHECK_FALSE(store::load_limit_violation(t.db, other)->named_apart);
}

TEST_CASE("the same form sent twice makes one entry") {
    test::CareLogDatabase t;
    const auto first = id_of(app::log_anchorpoint(t.db, "zonnebloem", anchorpoint(t), "k1", now));
    const auto rows = t.care_rows();
    // A retry a moment later, even with other values (the form as the retry sent it).
    auto retry = anchorpoint(t);
    retry.emotion = Emotion::fear;
    CHECK(id_of(app::log_anchorpoint(t.db, "zonnebloem", retry, "k1", Instant{now.seconds + 3})) ==
          first);
    CHECK(t.care_rows() == rows);
    CHECK(store::load_anchorpoint(t.db, first)->emotion == Emotion::anger);

    SUBCASE("the key is the account's own, per kind of entry") {
        auto marco = anchorpoint(t);
        marco.author = t.marco;
        CHECK(id_of(app::log_anchorpoint(t.db, "zonnebloem", marco, "k1", now)) != first);
        const auto v = id_of(app::log_limit_violation(t.db, "zonnebloem", violation(t), "k1", now));
        CHECK(id_of(app::log_limit_violation(t.db, "zonnebloem", violation(t), "k1", now)) == v);
        CHECK(t.count("anchorpoint") == 2);
        CHECK(t.count("limit_violation") == 1);
    }
    SUBCASE("a key that is empty or too long is refused") {
        CHECK(problem_of(app::log_anchorpoint(t.db, "zonnebloem", anchorpoint(t), "", now)) ==
              CareLogProblem{Kind::bad_idempotency_key, "idempotency_key", 0});
        CHECK(problem_of(app::log_anchorpoint(t.db, "zonnebloem", anchorpoint(t),
                                              std::string(max_idempotency_key_length + 1, 'k'),
                                              now)) ==
              CareLogProblem{Kind::bad_idempotency_key, "idempotency_key", 0});
        CHECK(t.care_rows() == rows);
    }
    SUBCASE("keys older than two days are forgotten when the next entry is logged") {
        const Instant later{now.seconds + 2 * 24 * 3600 + 1};
        auto next = anchorpoint(t);
        next.at = later;
        id_of(app::log_anchorpoint(t.db, "zonnebloem", next, "k2", later));
        CHECK(t.count("form_submission") == 1);
        CHECK_FALSE(store::submitted_entry(t.db, t.ilse, store::EntryKind::anchorpoint, "k1"));
        CHECK(store::load_anchorpoint(t.db, first)); // the entry itself stays
    }
}

TEST_CASE("a correction keeps every version with who changed it and when") {
    test::CareLogDatabase t;
    const auto id = id_of(app::log_anchorpoint(t.db, "zonnebloem", anchorpoint(t), "k1", now));
    auto changed = anchorpoint(t);
    changed.emotion = Emotion::fear;
    changed.at = local(8, 45); // the block follows the new time
    const Instant edited = local(10, 42);
    CHECK(id_of(app::correct_anchorpoint(t.db, "zonnebloem", id, changed, t.marco, edited)) == id);

    const auto current = *store::load_anchorpoint(t.db, id);
    CHECK(current.emotion == Emotion::fear);
    CHECK(current.block == BlockRef{TimeOfDay::at(8, 30), "Kring"});
    CHECK(current.author == t.ilse); // the author stays who logged it
    CHECK(current.created_at == now);

    const auto history = store::anchorpoint_history(t.db, id);
    REQUIRE(history.size() == 2);
    CHECK(history[0].number == 1);
    CHECK(history[0].editor == t.ilse);
    CHECK(history[0].edited_at == now);
    CHECK(history[0].value.emotion == Emotion::anger);
    CHECK(history[0].value.block == BlockRef{TimeOfDay::at(9, 0), "Vrij spelen"});
    CHECK(history[1].number == 2);
    CHECK(history[1].editor == t.marco);
    CHECK(history[1].edited_at == edited);
    CHECK(history[1].value == current);

    SUBCASE("a correction that changes nothing adds no version") {
        const auto rows = t.care_rows();
        CHECK(id_of(app::correct_anchorpoint(t.db, "zonnebloem", id, changed, t.marco,
                                             local(11, 0))) == id);
        CHECK(t.care_rows() == rows);
    }
    SUBCASE("an unknown entry, or one of another group, is refused and nothing is written") {
        const auto rows = t.care_rows();
        CHECK(
            problem_of(app::correct_anchorpoint(t.db, "klaproos", id, changed, t.marco, edited)) ==
            CareLogProblem{Kind::unknown_entry, "", id});
        CHECK(problem_of(app::correct_anchorpoint(t.db, "zonnebloem", id + 100, changed, t.marco,
                                                  edited)) ==
              CareLogProblem{Kind::unknown_entry, "", id + 100});
        changed.responses.clear();
        CHECK(problem_of(
                  app::correct_anchorpoint(t.db, "zonnebloem", id, changed, t.marco, edited)) ==
              CareLogProblem{Kind::no_response, "responses", 0});
        CHECK(t.care_rows() == rows);
    }
}

TEST_CASE("a limit violation's correction may keep its retired limit, not choose one") {
    test::CareLogDatabase t;
    const auto id = id_of(app::log_limit_violation(t.db, "zonnebloem", violation(t), "k1", now));
    const auto limits = store::limits_register(t.db, "zonnebloem");
    {
        store::Transaction tx{t.db};
        store::retire_limit(t.db, limits[0].id, local(9, 40));
        store::retire_limit(t.db, limits[1].id, local(9, 40));
        tx.commit();
    }
    auto changed = violation(t);
    changed.what_happened = "Beet Sanne in haar hand.";
    CHECK(id_of(app::correct_limit_violation(t.db, "zonnebloem", id, changed, t.marco,
                                             local(11, 0))) == id);
    changed.limit_id = limits[1].id;
    CHECK(problem_of(app::correct_limit_violation(t.db, "zonnebloem", id, changed, t.marco,
                                                  local(11, 0))) ==
          CareLogProblem{Kind::retired_limit, "limit", limits[1].id});
    const auto history = store::limit_violation_history(t.db, id);
    REQUIRE(history.size() == 2);
    CHECK(history[0].value.what_happened == "Beet Sanne in haar arm.");
    CHECK(history[1].value.what_happened == "Beet Sanne in haar hand.");
    CHECK(history[1].editor == t.marco);
    CHECK(problem_of(app::log_limit_violation(t.db, "zonnebloem", violation(t), "k2", now)) ==
          CareLogProblem{Kind::retired_limit, "limit", limits[0].id});
}

TEST_CASE("undo: by the author within the window deletes the entry with its history") {
    test::CareLogDatabase t;
    const auto a = id_of(app::log_anchorpoint(t.db, "zonnebloem", anchorpoint(t), "k1", now));
    const auto v = id_of(app::log_limit_violation(t.db, "zonnebloem", violation(t), "k1", now));
    const auto rows = t.care_rows();

    SUBCASE("another account may not") {
        CHECK(app::undo_anchorpoint(t.db, a, t.marco, now) ==
              CareLogProblem{Kind::not_author, "", 0});
        CHECK(app::undo_limit_violation(t.db, v, t.marco, now) ==
              CareLogProblem{Kind::not_author, "", 0});
        CHECK(t.care_rows() == rows);
    }
    SUBCASE("after the window it is too late") {
        const Instant late{now.seconds + undo_window_seconds + 1};
        CHECK(app::undo_anchorpoint(t.db, a, t.ilse, late) ==
              CareLogProblem{Kind::undo_window_passed, "", 0});
        CHECK(app::undo_limit_violation(t.db, v, t.ilse, late) ==
              CareLogProblem{Kind::undo_window_passed, "", 0});
        CHECK(t.care_rows() == rows);
    }
    SUBCASE("an unknown entry") {
        CHECK(app::undo_anchorpoint(t.db, a + 100, t.ilse, now) ==
              CareLogProblem{Kind::unknown_entry, "", a + 100});
        CHECK(t.care_rows() == rows);
    }
    SUBCASE("inside the window, and the form sent again does not bring it back") {
        const Instant last{now.seconds + undo_window_seconds};
        CHECK_FALSE(app::undo_anchorpoint(t.db, a, t.ilse, last));
        CHECK_FALSE(app::undo_limit_violation(t.db, v, t.ilse, last));
        CHECK_FALSE(store::load_anchorpoint(t.db, a));
        CHECK_FALSE(store::load_limit_violation(t.db, v));
        CHECK(t.count("anchorpoint_version") == 0);
        CHECK(t.count("limit_violation_version") == 0);
        const auto after = t.care_rows();
        CHECK(problem_of(app::log_anchorpoint(t.db, "zonnebloem", anchorpoint(t), "k1", last)) ==
              CareLogProblem{Kind::submission_undone, "", a});
        CHECK(t.care_rows() == after);
    }
}

TEST_CASE("each refused entry writes nothing") {
    test::CareLogDatabase t;
    id_of(app::log_anchorpoint(t.db, "zonnebloem", anchorpoint(t), "first", now));
    const auto rows = t.care_rows();
    const auto refused_anchorpoint = [&](Anchorpoint a, const CareLogProblem& expected) {
        CHECK(problem_of(app::log_anchorpoint(t.db, "zonnebloem", a, "k", now)) == expected);
        CHECK(t.care_rows() == rows);
    };
    const auto refused_violation = [&](LimitViolation v, const CareLogProblem& expected) {
        CHECK(problem_of(app::log_limit_violation(t.db, "zonnebloem", v, "k", now)) == expected);
        CHECK(t.care_rows() == rows);
    };

    auto a = anchorpoint(t);
    a.child_id = t.other_child;
    refused_anchorpoint(a, {Kind::child_not_in_group, "child", t.other_child});
    a = anchorpoint(t);
    a.responses.clear();
    refused_anchorpoint(a, {Kind::no_response, "responses", 0});
    a = anchorpoint(t);
    a.signs = {Sign::crying, Sign::crying};
    refused_anchorpoint(a, {Kind::repeated_choice, "signs", 0});
    a = anchorpoint(t);
    a.note = std::string(max_note_length + 1, 'x');
    refused_anchorpoint(a, {Kind::text_too_long, "note", 0});
    a = anchorpoint(t);
    a.at = Instant{now.seconds + max_future_seconds + 1};
    refused_anchorpoint(a, {Kind::at_in_future, "at", 0});

    auto v = violation(t);
    v.limit_id = store::limits_register(t.db, "klaproos").at(0).id; // another group's limit
    refused_violation(v, {Kind::unknown_limit, "limit", v.limit_id});
    v = violation(t);
    v.what_happened = "";
    refused_violation(v, {Kind::text_empty, "what_happened", 0});
    v = violation(t);
    v.holding->minutes = 0;
    refused_violation(v, {Kind::holding_minutes, "holding_minutes", 0});
    v = violation(t);
    v.holding->staff.clear();
    refused_violation(v, {Kind::holding_without_staff, "holding_staff", 0});
    v = violation(t);
    v.holding->staff = {t.ilse_staff, t.other_staff};
    refused_violation(v, {Kind::staff_not_in_group, "holding_staff", t.other_staff});
    v = violation(t);
    v.holding->reason = "";
    refused_violation(v, {Kind::text_empty, "holding_reason", 0});
    v = violation(t);
    v.follow_up = std::string(max_note_length + 1, 'x');
    refused_violation(v, {Kind::text_too_long, "follow_up", 0});
}

TEST_CASE("an unknown stored word fails loudly, naming the row") {
    test::CareLogDatabase t;
    const auto id = id_of(app::log_anchorpoint(t.db, "zonnebloem", anchorpoint(t), "k1", now));
    const auto row = std::to_string(id);
    SUBCASE("an emotion") {
        t.db.exec("UPDATE anchorpoint SET emotion = 'rage'");
        CHECK_THROWS_WITH_AS(store::load_anchorpoint(t.db, id),
                             ("anchorpoint row " + row + ": unknown emotion \"rage\"").c_str(),
                             store::StoreError);
    }
    SUBCASE("one of the responses") {
        t.db.exec("UPDATE anchorpoint SET responses = 'named hugged'");
        CHECK_THROWS_WITH_AS(store::load_anchorpoint(t.db, id),
                             ("anchorpoint row " + row + ": unknown responses \"hugged\"").c_str(),
                             store::StoreError);
    }
    SUBCASE("a holding staff id") {
        const auto v = id_of(app::log_limit_violation(t.db, "zonnebloem", violation(t), "k1", now));
        t.db.exec("UPDATE limit_violation SET holding_staff = '1 x'");
        CHECK_THROWS_WITH_AS(
            store::load_limit_violation(t.db, v),
            ("limit_violation row " + std::to_string(v) + ": unknown holding_staff \"x\"").c_str(),
            store::StoreError);
    }
}

TEST_CASE("on the DST days an entry falls on its local date and in its local block") {
    for (const char* text : {"2026-03-29", "2026-10-25"}) {
        CAPTURE(text);
        test::CareLogDatabase t;
        const Date date = *Date::parse(text);
        auto late = anchorpoint(t); // 00:30 local: in UTC still the day before
        late.at = local(0, 30, date);
        auto morning = anchorpoint(t);
        morning.at = local(9, 10, date);
        const Instant evening = local(23, 0, date);
        const auto a = id_of(app::log_anchorpoint(t.db, "zonnebloem", late, "k1", evening));
        const auto b = id_of(app::log_anchorpoint(t.db, "zonnebloem", morning, "k2", evening));
        CHECK_FALSE(store::load_anchorpoint(t.db, a)->block);
        CHECK(store::load_anchorpoint(t.db, b)->block ==
              BlockRef{TimeOfDay::at(9, 0), "Vrij spelen"});
        const auto day = store::care_log_of_day(t.db, "zonnebloem", date);
        REQUIRE(day.anchorpoints.size() == 2);
        CHECK(day.anchorpoints[0].id == a);
        CHECK(day.anchorpoints[1].id == b);
        CHECK(store::care_log_of_day(t.db, "zonnebloem", Date::from_days(date.days() - 1))
                  .anchorpoints.empty());
    }
}
