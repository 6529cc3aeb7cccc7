// Children and staff as the board shows them: first names and the avatar letter.
#include "domain/people.hpp"

#include "domain/unicode.hpp"

#include <array>

namespace dagritme {

std::string_view name_of(Phase phase) {
    static constexpr std::array<std::string_view, 5> names{
        "Kennismaking", "Het Ouderschapsgesprek", "Metapositie en werkvloer",
        "Ouderschapsgesprek opnieuw", "Afbouwen en afronden"};
    return names.at(static_cast<std::size_t>(phase) - 1);
}

namespace {
constexpr std::array<std::string_view, 7> relation_words{"moeder", "vader", "pleegouder", "oma",
                                                         "opa",    "voogd", "anders"};
} // namespace

std::string_view word_of(RelationKind kind) {
    return relation_words.at(static_cast<std::size_t>(kind));
}

std::optional<RelationKind> relation_kind_of(std::string_view word) {
    for (std::size_t i = 0; i < relation_words.size(); ++i)
        if (relation_words[i] == word) return static_cast<RelationKind>(i);
    return std::nullopt;
}

std::string_view child_word_of(RelationKind kind) {
    switch (kind) {
    case RelationKind::mother:
        return "mama";
    case RelationKind::father:
        return "papa";
    case RelationKind::grandmother:
        return "oma";
    case RelationKind::grandfather:
        return "opa";
    default:
        return "";
    }
}

bool may_announce(std::optional<bool> custody, bool contact_order, bool mentor_allows) {
    return mentor_allows || (custody != false && !contact_order);
}

std::string avatar_letter(const std::string& first_name) {
    auto letter = first_grapheme(first_name);
    return letter.empty() ? "?" : letter;
}

} // namespace dagritme
