// The care log's pure rules: the stored words, the block a moment falls in, each problem an
// anchorpoint or a limit violation can have, undo, the limits register's texts, and who may
// log and read care data.
#include "domain/care_log.hpp"
#include "domain/roles.hpp"

#include <doctest/doctest.h>

using namespace dagritme;
using Kind = CareLogProblem::Kind;

namespace {

const Date day = *Date::parse("2026-12-01");

Instant at(int hour, int minute, Date date = day) {
    return to_instant({date, TimeOfDay::at(hour, minute)});
}

RoutineBlock block(int from_hour, int from_minute, int to_hour, int to_minute, std::string label) {
    return RoutineBlock{TimeOfDay::at(from_hour, from_minute), TimeOfDay::at(to_hour, to_minute),
                        RoutineKind::free_play, "", std::move(label)};
}

const DayPlan plan{{"b1", block(8, 30, 9, 0, "Kring"), false},
                   {"b2", block(9, 0, 10, 0, "Vrij spelen"), false},
                   {"b3", block(10, 30, 11, 15, "Buiten spelen"), false}};

CareLogContext context() {
    CareLogContext c;
    c.children = {1, 2};
    c.staff = {10, 11};
    c.limits = {Limit{.text = "We doen elkaar geen pijn.", .id = 5, .retired_at = std::nullopt},
                Limit{.text = "We maken niets kapot.", .id = 6, .retired_at = at(8, 0)}};
    c.now = at(9, 30);
    return c;
}

Anchorpoint anchorpoint() {
    Anchorpoint a;
    a.child_id = 1;
    a.at = at(9, 20);
    a.emotion = Emotion::anger;
    a.responses = {CareResponse::named, CareResponse::bounded};
    a.ending = Ending::calmed;
    a.author = 3;
    return a;
}

LimitViolation violation() {
    LimitViolation v;
    v.child_id = 2;
    v.at = at(9, 25);
    v.limit_id = 5;
    v.what_happened = "Sloeg Bram met een blok.";
    v.holding = Holding{4, {10}, "Hij bleef slaan."};
    v.author = 3;
    return v;
}

CareLogProblem problem(Kind kind, std::string field, std::int64_t value = 0) {
    return CareLogProblem{kind, std::move(field), value};
}

} // namespace

TEST_CASE("the care log's words round-trip and unknown words are refused") {
    for (const auto e : all_emotions)
        CHECK(emotion_from(name_of(e)) == e);
    for (const auto r : all_care_responses)
        CHECK(care_response_from(name_of(r)) == r);
    for (const auto e : all_endings)
        CHECK(ending_from(name_of(e)) == e);
    for (const auto s : all_signs)
        CHECK(sign_from(name_of(s)) == s);
    CHECK(name_of(CareResponse::offered_alternative) == "offered_alternative");
    CHECK(name_of(Ending::limit_crossed) == "limit_crossed");
    CHECK_FALSE(emotion_from("boosheid"));
    CHECK_FALSE(care_response_from(""));
    CHECK_FALSE(ending_from("Calmed"));
    CHECK_FALSE(sign_from("crying "));
}

TEST_CASE("block_at: start inclusive, end exclusive, nothing between or outside blocks") {
    CHECK(block_at(plan, TimeOfDay::at(8, 30)) == BlockRef{TimeOfDay::at(8, 30), "Kring"});
    CHECK(block_at(plan, TimeOfDay::at(8, 59)) == BlockRef{TimeOfDay::at(8, 30), "Kring"});
    CHECK(block_at(plan, TimeOfDay::at(9, 0)) == BlockRef{TimeOfDay::at(9, 0), "Vrij spelen"});
    CHECK(block_at(plan, TimeOfDay::at(9, 59)) == BlockRef{TimeOfDay::at(9, 0), "Vrij spelen"});
    CHECK_FALSE(block_at(plan, TimeOfDay::at(10, 0)));  // between blocks
    CHECK_FALSE(block_at(plan, TimeOfDay::at(10, 29))); // between blocks
    CHECK_FALSE(block_at(plan, TimeOfDay::at(8, 29)));  // before the first
    CHECK_FALSE(block_at(plan, TimeOfDay::at(11, 15))); // after the last
    CHECK_FALSE(block_at({}, TimeOfDay::at(9, 0)));
}

TEST_CASE("block_at on the DST days: the local time of an instant picks the block") {
    for (const char* text : {"2026-03-29", "2026-10-25"}) {
        CAPTURE(text);
        const Date date = *Date::parse(text);
        const auto moment = at(9, 10, date);
        const auto local = to_local(moment);
        CHECK(local.date == date);
        CHECK(block_at(plan, local.time) == BlockRef{TimeOfDay::at(9, 0), "Vrij spelen"});
    }
    // 07:45 UTC is 08:45 in winter (Kring) and 09:45 in summer (Vrij spelen).
    const auto utc = [](const char* date) {
        return Instant{Date::parse(date)->days() * 86400 + 7 * 3600 + 45 * 60};
    };
    CHECK(block_at(plan, to_local(utc("2026-03-28")).time)->label == "Kring");
    CHECK(block_at(plan, to_local(utc("2026-03-30")).time)->label == "Vrij spelen");
}

TEST_CASE("a valid anchorpoint and a valid limit violation pass") {
    CHECK_FALSE(check_anchorpoint(anchorpoint(), context()));
    CHECK_FALSE(check_limit_violation(violation(), context()));
    auto without_holding = violation();
    without_holding.holding.reset();
    CHECK_FALSE(check_limit_violation(without_holding, context()));
    auto at_the_edge = anchorpoint();
    at_the_edge.at = Instant{context().now.seconds + max_future_seconds}; // a clock a bit ahead
    CHECK_FALSE(check_anchorpoint(at_the_edge, context()));
    auto long_note = anchorpoint();
    for (std::size_t i = 0; i < max_note_length; ++i)
        long_note.note += "\u00e9"; // two bytes, one character: the length counts characters
    CHECK(long_note.note.size() == 2 * max_note_length);
    CHECK_FALSE(check_anchorpoint(long_note, context()));
}

TEST_CASE("each anchorpoint problem, with the field it belongs to") {
    auto a = anchorpoint();
    SUBCASE("a child of another group") {
        a.child_id = 7;
        CHECK(check_anchorpoint(a, context()) == problem(Kind::child_not_in_group, "child", 7));
    }
    SUBCASE("no response") {
        a.responses.clear();
        CHECK(check_anchorpoint(a, context()) == problem(Kind::no_response, "responses"));
    }
    SUBCASE("a response twice") {
        a.responses = {CareResponse::named, CareResponse::listened, CareResponse::named};
        CHECK(check_anchorpoint(a, context()) == problem(Kind::repeated_choice, "responses"));
    }
    SUBCASE("a sign twice") {
        a.signs = {Sign::crying, Sign::crying};
        CHECK(check_anchorpoint(a, context()) == problem(Kind::repeated_choice, "signs"));
    }
    SUBCASE("a note too long") {
        a.note = std::string(max_note_length + 1, 'x');
        CHECK(check_anchorpoint(a, context()) == problem(Kind::text_too_long, "note"));
    }
    SUBCASE("more than five minutes in the future") {
        a.at = Instant{context().now.seconds + max_future_seconds + 1};
        CHECK(check_anchorpoint(a, context()) == problem(Kind::at_in_future, "at"));
    }
}

TEST_CASE("each limit violation problem, with the field it belongs to") {
    auto v = violation();
    SUBCASE("a child of another group") {
        v.child_id = 9;
        CHECK(check_limit_violation(v, context()) == problem(Kind::child_not_in_group, "child", 9));
    }
    SUBCASE("in the future") {
        v.at = Instant{context().now.seconds + 3600};
        CHECK(check_limit_violation(v, context()) == problem(Kind::at_in_future, "at"));
    }
    SUBCASE("a limit not in the register") {
        v.limit_id = 99;
        CHECK(check_limit_violation(v, context()) == problem(Kind::unknown_limit, "limit", 99));
    }
    SUBCASE("a retired limit: refused for a new entry, kept by a correction") {
        v.limit_id = 6;
        CHECK(check_limit_violation(v, context()) == problem(Kind::retired_limit, "limit", 6));
        CHECK(check_limit_violation(v, context(), 5) == problem(Kind::retired_limit, "limit", 6));
        CHECK_FALSE(check_limit_violation(v, context(), 6));
    }
    SUBCASE("what happened: empty or only spaces, or too long") {
        v.what_happened = " \n ";
        CHECK(check_limit_violation(v, context()) == problem(Kind::text_empty, "what_happened"));
        v.what_happened = std::string(max_note_length + 1, 'x');
        CHECK(check_limit_violation(v, context()) == problem(Kind::text_too_long, "what_happened"));
    }
    SUBCASE("holding without minutes, or too long") {
        v.holding->minutes = 0;
        CHECK(check_limit_violation(v, context()) ==
              problem(Kind::holding_minutes, "holding_minutes", 0));
        v.holding->minutes = max_holding_minutes + 1;
        CHECK(check_limit_violation(v, context()) ==
              problem(Kind::holding_minutes, "holding_minutes", max_holding_minutes + 1));
        v.holding->minutes = max_holding_minutes;
        CHECK_FALSE(check_limit_violation(v, context()));
    }
    SUBCASE("holding without staff") {
        v.holding->staff.clear();
        CHECK(check_limit_violation(v, context()) ==
              problem(Kind::holding_without_staff, "holding_staff"));
    }
    SUBCASE("holding by staff of another group") {
        v.holding->staff = {10, 12};
        CHECK(check_limit_violation(v, context()) ==
              problem(Kind::staff_not_in_group, "holding_staff", 12));
    }
    SUBCASE("holding staff listed twice") {
        v.holding->staff = {11, 10, 11};
        CHECK(check_limit_violation(v, context()) ==
              problem(Kind::repeated_choice, "holding_staff"));
    }
    SUBCASE("holding without a reason, or with one too long") {
        v.holding->reason = "  ";
        CHECK(check_limit_violation(v, context()) == problem(Kind::text_empty, "holding_reason"));
        v.holding->reason = std::string(max_note_length + 1, 'x');
        CHECK(check_limit_violation(v, context()) ==
              problem(Kind::text_too_long, "holding_reason"));
    }
    SUBCASE("a follow-up too long") {
        v.follow_up = std::string(max_note_length + 1, 'x');
        CHECK(check_limit_violation(v, context()) == problem(Kind::text_too_long, "follow_up"));
    }
}

TEST_CASE("undo: only the author, only within the window") {
    const Instant logged = at(9, 0);
    CHECK_FALSE(check_undo(3, logged, 3, logged));
    CHECK_FALSE(check_undo(3, logged, 3, Instant{logged.seconds + undo_window_seconds}));
    CHECK(check_undo(3, logged, 3, Instant{logged.seconds + undo_window_seconds + 1}) ==
          problem(Kind::undo_window_passed, ""));
    CHECK(check_undo(3, logged, 4, logged) == problem(Kind::not_author, ""));
}

TEST_CASE("idempotency keys: not empty, not too long") {
    CHECK_FALSE(check_idempotency_key("8c1f0e2a-5b7d-4c1e-9f3a-2d6b8e0c4a17"));
    CHECK(check_idempotency_key("") == problem(Kind::bad_idempotency_key, "idempotency_key"));
    CHECK(check_idempotency_key(std::string(max_idempotency_key_length + 1, 'k')) ==
          problem(Kind::bad_idempotency_key, "idempotency_key"));
}

TEST_CASE("the limits register: texts and limits in use") {
    const auto reg = context().limits;
    using L = LimitProblem::Kind;
    CHECK_FALSE(check_limit_text("We blijven in de groep.", reg));
    CHECK(check_limit_text(" \t", reg) == LimitProblem{L::empty});
    CHECK(check_limit_text(std::string(max_limit_length + 1, 'x'), reg) ==
          LimitProblem{L::too_long});
    CHECK_FALSE(check_limit_text(std::string(max_limit_length, 'x'), reg));
    CHECK(check_limit_text(" We doen elkaar geen pijn. ", reg) == LimitProblem{L::duplicate});
    CHECK_FALSE(check_limit_text("We doen elkaar geen pijn.", reg, 5)); // its own text
    CHECK_FALSE(check_limit_text("We maken niets kapot.", reg));        // only a retired one has it
    CHECK_FALSE(check_limit_in_use(5, reg));
    CHECK(check_limit_in_use(6, reg) == LimitProblem{L::already_retired});
    CHECK(check_limit_in_use(7, reg) == LimitProblem{L::unknown_limit});
    CHECK(trimmed("  a b \n") == "a b");
    CHECK(text_length("café") == 4);
}

TEST_CASE("who may log and read care data, and keep the limits") {
    for (const auto role : {Role::group_leader, Role::mentor, Role::coordinator}) {
        CAPTURE(name_of(role));
        CHECK(may(role, Permission::log_care));
        CHECK(may(role, Permission::read_care_log));
    }
    // An admin manages accounts, screens and limits, not care data.
    CHECK_FALSE(may(Role::admin, Permission::log_care));
    CHECK_FALSE(may(Role::admin, Permission::read_care_log));
    CHECK(may(Role::admin, Permission::manage_limits));
    CHECK(may(Role::coordinator, Permission::manage_limits));
    CHECK_FALSE(may(Role::group_leader, Permission::manage_limits));
    CHECK_FALSE(may(Role::mentor, Permission::manage_limits));
}
