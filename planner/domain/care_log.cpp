// The care log's words and rules: the stored names of the enums, the block a moment falls in,
// and the checks an anchorpoint, a limit violation, an undo and the limits register must pass.
#include "domain/care_log.hpp"

#include <algorithm>

namespace dagritme {
namespace {

constexpr std::array<std::string_view, 7> emotion_names{
    "fear", "anger", "sadness", "restlessness", "tension", "shame", "disappointment"};
constexpr std::array<std::string_view, 7> response_names{
    "named",    "bounded",     "offered_alternative", "adapted_rule",
    "listened", "showed_care", "offered_closeness"};
constexpr std::array<std::string_view, 3> ending_names{"calmed", "escalated", "limit_crossed"};
constexpr std::array<std::string_view, 8> sign_names{"crying",   "screaming",   "hitting",
                                                     "throwing", "withdrawing", "running_off",
                                                     "freezing", "clinging"};

template <class Enum, std::size_t N>
std::optional<Enum> from_name(const std::array<std::string_view, N>& names, std::string_view name) {
    for (std::size_t i = 0; i < N; ++i)
        if (names[i] == name) return static_cast<Enum>(i);
    return std::nullopt;
}

template <class T> bool has_repetition(std::vector<T> values) {
    std::sort(values.begin(), values.end());
    return std::adjacent_find(values.begin(), values.end()) != values.end();
}

bool contains(const std::vector<std::int64_t>& ids, std::int64_t id) {
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

using Kind = CareLogProblem::Kind;

CareLogProblem problem(Kind kind, std::string field, std::int64_t value = 0) {
    return CareLogProblem{kind, std::move(field), value};
}

std::optional<CareLogProblem> check_text(std::string_view text, const char* field, bool required) {
    if (required && trimmed(text).empty()) return problem(Kind::text_empty, field);
    if (text_length(text) > max_note_length) return problem(Kind::text_too_long, field);
    return std::nullopt;
}

// What both kinds of entry share: the child and the moment.
std::optional<CareLogProblem> check_common(std::int64_t child, Instant at,
                                           const CareLogContext& context) {
    if (!contains(context.children, child))
        return problem(Kind::child_not_in_group, "child", child);
    if (at.seconds > context.now.seconds + max_future_seconds)
        return problem(Kind::at_in_future, "at");
    return std::nullopt;
}

std::optional<CareLogProblem> check_holding(const Holding& holding, const CareLogContext& context) {
    if (holding.minutes < 1 || holding.minutes > max_holding_minutes)
        return problem(Kind::holding_minutes, "holding_minutes", holding.minutes);
    if (holding.staff.empty()) return problem(Kind::holding_without_staff, "holding_staff");
    for (const auto id : holding.staff)
        if (!contains(context.staff, id))
            return problem(Kind::staff_not_in_group, "holding_staff", id);
    if (has_repetition(holding.staff)) return problem(Kind::repeated_choice, "holding_staff");
    return check_text(holding.reason, "holding_reason", true);
}

} // namespace

std::string_view name_of(Emotion value) {
    return emotion_names.at(static_cast<std::size_t>(value));
}
std::string_view name_of(CareResponse value) {
    return response_names.at(static_cast<std::size_t>(value));
}
std::string_view name_of(Ending value) {
    return ending_names.at(static_cast<std::size_t>(value));
}
std::string_view name_of(Sign value) {
    return sign_names.at(static_cast<std::size_t>(value));
}
std::optional<Emotion> emotion_from(std::string_view name) {
    return from_name<Emotion>(emotion_names, name);
}
std::optional<CareResponse> care_response_from(std::string_view name) {
    return from_name<CareResponse>(response_names, name);
}
std::optional<Ending> ending_from(std::string_view name) {
    return from_name<Ending>(ending_names, name);
}
std::optional<Sign> sign_from(std::string_view name) {
    return from_name<Sign>(sign_names, name);
}

std::size_t text_length(std::string_view utf8) {
    // Every code point has exactly one byte that is not a continuation byte (10xxxxxx).
    return static_cast<std::size_t>(std::count_if(utf8.begin(), utf8.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0U) != 0x80U;
    }));
}

std::string trimmed(std::string_view text) {
    constexpr std::string_view space = " \t\r\n";
    const auto first = text.find_first_not_of(space);
    if (first == std::string_view::npos) return {};
    const auto last = text.find_last_not_of(space);
    return std::string(text.substr(first, last - first + 1));
}

std::optional<BlockRef> block_at(const DayPlan& plan, TimeOfDay time) {
    for (const auto& planned : plan)
        if (planned.block.start <= time && time < planned.block.end)
            return BlockRef{planned.block.start, planned.block.label};
    return std::nullopt;
}

std::optional<CareLogProblem> check_anchorpoint(const Anchorpoint& entry,
                                                const CareLogContext& context) {
    if (auto p = check_common(entry.child_id, entry.at, context)) return p;
    if (entry.responses.empty()) return problem(Kind::no_response, "responses");
    if (has_repetition(entry.responses)) return problem(Kind::repeated_choice, "responses");
    if (has_repetition(entry.signs)) return problem(Kind::repeated_choice, "signs");
    return check_text(entry.note, "note", false);
}

std::optional<CareLogProblem> check_limit_violation(const LimitViolation& entry,
                                                    const CareLogContext& context,
                                                    std::int64_t previous_limit) {
    if (auto p = check_common(entry.child_id, entry.at, context)) return p;
    const auto limit = std::find_if(context.limits.begin(), context.limits.end(),
                                    [&](const Limit& l) { return l.id == entry.limit_id; });
    if (limit == context.limits.end()) return problem(Kind::unknown_limit, "limit", entry.limit_id);
    if (limit->retired_at && entry.limit_id != previous_limit)
        return problem(Kind::retired_limit, "limit", entry.limit_id);
    if (auto p = check_text(entry.what_happened, "what_happened", true)) return p;
    if (entry.holding)
        if (auto p = check_holding(*entry.holding, context)) return p;
    return check_text(entry.follow_up, "follow_up", false);
}

std::optional<CareLogProblem> check_undo(std::int64_t author, Instant created_at,
                                         std::int64_t account, Instant now) {
    if (account != author) return problem(Kind::not_author, "");
    if (now.seconds - created_at.seconds > undo_window_seconds)
        return problem(Kind::undo_window_passed, "");
    return std::nullopt;
}

std::optional<CareLogProblem> check_idempotency_key(std::string_view key) {
    if (key.empty() || key.size() > max_idempotency_key_length)
        return problem(Kind::bad_idempotency_key, "idempotency_key");
    return std::nullopt;
}

std::optional<LimitProblem> check_limit_text(std::string_view text,
                                             const std::vector<Limit>& register_, std::int64_t id) {
    const auto clean = trimmed(text);
    if (clean.empty()) return LimitProblem{LimitProblem::Kind::empty};
    if (text_length(clean) > max_limit_length) return LimitProblem{LimitProblem::Kind::too_long};
    for (const auto& limit : register_)
        if (limit.id != id && !limit.retired_at && trimmed(limit.text) == clean)
            return LimitProblem{LimitProblem::Kind::duplicate};
    return std::nullopt;
}

std::optional<LimitProblem> check_limit_in_use(std::int64_t id,
                                               const std::vector<Limit>& register_) {
    for (const auto& limit : register_)
        if (limit.id == id)
            return limit.retired_at
                       ? std::optional{LimitProblem{LimitProblem::Kind::already_retired}}
                       : std::nullopt;
    return LimitProblem{LimitProblem::Kind::unknown_limit};
}

} // namespace dagritme
