// The care log of a child: anchorpoints (a child flooded by an emotion, and how the group
// leader responded) and limit violations (an absolute boundary crossed, and whether the child
// was physically held). DOMAIN.md, "De drie middelen". Entries are UTC instants with the
// routine block they happened in; they never reach a wall screen or a board document.
// The words of the enums are named in Dutch where they are shown (planner/web).
// The rules an entry must meet are the pure checks at the end; planner/app calls them before
// every write, and the pages word their problems.
#pragma once

#include "domain/day_plan.hpp"
#include "domain/group.hpp"
#include "domain/time.hpp"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dagritme {

// The emotion the group leader noticed and named.
enum class Emotion { fear, anger, sadness, restlessness, tension, shame, disappointment };
inline constexpr std::array<Emotion, 7> all_emotions{
    Emotion::fear,    Emotion::anger, Emotion::sadness,       Emotion::restlessness,
    Emotion::tension, Emotion::shame, Emotion::disappointment};

// What the group leader did; more than one at a time.
enum class CareResponse {
    named,               // benoemd
    bounded,             // begrensd
    offered_alternative, // alternatief aangeboden
    adapted_rule,        // regel aangepast
    listened,            // geluisterd
    showed_care,         // zorg getoond
    offered_closeness,   // nabijheid geboden
};
inline constexpr std::array<CareResponse, 7> all_care_responses{CareResponse::named,
                                                                CareResponse::bounded,
                                                                CareResponse::offered_alternative,
                                                                CareResponse::adapted_rule,
                                                                CareResponse::listened,
                                                                CareResponse::showed_care,
                                                                CareResponse::offered_closeness};

// How it ended.
enum class Ending { calmed, escalated, limit_crossed };
inline constexpr std::array<Ending, 3> all_endings{Ending::calmed, Ending::escalated,
                                                   Ending::limit_crossed};

// What was seen (optional quick choices, besides free text).
enum class Sign {
    crying,
    screaming,
    hitting,
    throwing,
    withdrawing,
    running_off,
    freezing,
    clinging
};
inline constexpr std::array<Sign, 8> all_signs{Sign::crying,   Sign::screaming,   Sign::hitting,
                                               Sign::throwing, Sign::withdrawing, Sign::running_off,
                                               Sign::freezing, Sign::clinging};

// Stored and sent as these English words.
std::string_view name_of(Emotion value);
std::string_view name_of(CareResponse value);
std::string_view name_of(Ending value);
std::string_view name_of(Sign value);
std::optional<Emotion> emotion_from(std::string_view name);
std::optional<CareResponse> care_response_from(std::string_view name);
std::optional<Ending> ending_from(std::string_view name);
std::optional<Sign> sign_from(std::string_view name);

// The routine block an entry happened in, as planned that day (local time).
struct BlockRef {
    TimeOfDay start;
    std::string label; // "Fruit eten"
    bool operator==(const BlockRef&) const = default;
};

struct Anchorpoint {
    std::int64_t id = 0;
    std::string group_id;
    std::int64_t child_id = 0;
    Instant at;
    std::optional<BlockRef> block; // nothing outside the day's blocks
    Emotion emotion = Emotion::fear;
    std::vector<CareResponse> responses; // at least one, each once
    Ending ending = Ending::calmed;
    std::vector<Sign> signs; // what was seen; may be empty
    std::string note;        // what was seen, in words; may be empty
    std::int64_t author = 0; // account id
    Instant created_at;      // when it was first logged (set by the store)
    bool operator==(const Anchorpoint&) const = default;
};

// Physically holding a child: a freedom-restricting measure, always recorded in full.
struct Holding {
    int minutes = 0;                 // 1 .. max_holding_minutes
    std::vector<std::int64_t> staff; // who held the child: staff ids of the group, at least one
    std::string reason;              // why; not empty
    bool operator==(const Holding&) const = default;
};

struct LimitViolation {
    std::int64_t id = 0;
    std::string group_id;
    std::int64_t child_id = 0;
    Instant at;
    std::optional<BlockRef> block;
    std::int64_t limit_id = 0; // one of the group's limits
    std::string what_happened; // not empty
    std::optional<Holding> holding;
    std::string follow_up;    // may be empty
    bool named_apart = false; // person and behaviour were named apart to the child
    std::int64_t author = 0;
    Instant created_at;
    bool operator==(const LimitViolation&) const = default;
};

// One version of an entry: the first is the entry as logged, each correction adds one. The
// latest is the entry's current value. `value.author` stays the first author throughout.
template <class Entry> struct EntryVersion {
    int number = 1;          // 1, 2, ...
    std::int64_t editor = 0; // account that wrote this version
    Instant edited_at;
    Entry value;
    bool operator==(const EntryVersion&) const = default;
};

inline constexpr int max_holding_minutes = 120;
// Lengths are counted in characters (UTF-8 code points), not bytes.
inline constexpr std::size_t max_note_length = 2000;       // note, what_happened, follow_up, reason
inline constexpr std::size_t max_limit_length = 200;       // the text of a limit
inline constexpr std::int64_t max_future_seconds = 5 * 60; // `at` may lie this far after now
inline constexpr std::int64_t undo_window_seconds = 15;    // the author may undo a new entry
inline constexpr std::size_t max_idempotency_key_length = 100;

std::size_t text_length(std::string_view utf8); // in code points
std::string trimmed(std::string_view text);     // without spaces, tabs or newlines at the ends

// The routine block `time` falls in (start inclusive, end exclusive), or nothing between or
// outside the blocks.
std::optional<BlockRef> block_at(const DayPlan& plan, TimeOfDay time);

// Why an entry cannot be written (or undone); worded where it is shown. `field` names the form
// field at fault ("child", "responses", "holding_staff", ...), so a page can put its message
// next to it.
struct CareLogProblem {
    enum class Kind {
        child_not_in_group,    // value: the child id
        no_response,           // an anchorpoint needs at least one response
        repeated_choice,       // a response, sign or holding staff member listed twice
        text_empty,            // what_happened, or the reason for holding
        text_too_long,         // longer than max_note_length
        at_in_future,          // more than max_future_seconds after now
        unknown_limit,         // value: the limit id (not in this group's register)
        retired_limit,         // value: the limit id
        holding_minutes,       // value: the minutes, not in 1..max_holding_minutes
        holding_without_staff, // nobody held the child
        staff_not_in_group,    // value: the staff id
        unknown_entry,         // value: the entry id (none in this group)
        not_author,            // only the author may undo an entry
        undo_window_passed,    // more than undo_window_seconds after it was logged
        submission_undone,     // this form was saved once and that entry was undone since
        bad_idempotency_key,   // empty, or longer than max_idempotency_key_length
    };
    Kind kind = Kind::child_not_in_group;
    std::string field;
    std::int64_t value = 0;
    bool operator==(const CareLogProblem&) const = default;
};

// What an entry is checked against: the group's people and limits register, and the time.
struct CareLogContext {
    std::vector<std::int64_t> children; // ids of the group's children
    std::vector<std::int64_t> staff;    // ids of the group's staff
    std::vector<Limit> limits;          // the register, including retired limits
    Instant now;
};

// A repeated response or sign is refused, not merged: a form never sends one twice, so a
// repetition is a broken request and saying so beats guessing.
std::optional<CareLogProblem> check_anchorpoint(const Anchorpoint& entry,
                                                const CareLogContext& context);
// A correction may keep the limit the entry had even when it was retired since; a new entry
// needs a limit in use. `previous_limit` is the corrected entry's limit (0 for a new one).
std::optional<CareLogProblem> check_limit_violation(const LimitViolation& entry,
                                                    const CareLogContext& context,
                                                    std::int64_t previous_limit = 0);
// Only the author, and only within undo_window_seconds of `created_at`.
std::optional<CareLogProblem> check_undo(std::int64_t author, Instant created_at,
                                         std::int64_t account, Instant now);
std::optional<CareLogProblem> check_idempotency_key(std::string_view key);

// Why a write to the limits register was refused.
struct LimitProblem {
    enum class Kind {
        empty,           // the text is empty or only spaces
        too_long,        // longer than max_limit_length
        duplicate,       // another limit in use has this text
        unknown_limit,   // no limit with this id in the group
        already_retired, // a retired limit cannot be changed or retired again
        unknown_group,   // no group with this id
        bad_order,       // a new order must name each limit of the register once
    };
    Kind kind = Kind::empty;
    bool operator==(const LimitProblem&) const = default;
};

// Checks the text of a new limit (`id` 0) or of limit `id` against the register.
std::optional<LimitProblem>
check_limit_text(std::string_view text, const std::vector<Limit>& register_, std::int64_t id = 0);
// Checks that limit `id` is in the register and in use.
std::optional<LimitProblem> check_limit_in_use(std::int64_t id,
                                               const std::vector<Limit>& register_);

} // namespace dagritme
