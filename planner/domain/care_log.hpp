// The care log of a child: anchorpoints (a child flooded by an emotion, and how the group
// leader responded) and limit violations (an absolute boundary crossed, and whether the child
// was physically held). DOMAIN.md, "De drie middelen". Entries are UTC instants with the
// routine block they happened in; they never reach a wall screen or a board document.
// The words of the enums are named in Dutch where they are shown (planner/web).
#pragma once

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
    bool operator==(const LimitViolation&) const = default;
};

inline constexpr int max_holding_minutes = 120;
inline constexpr std::size_t max_note_length = 2000;

} // namespace dagritme
