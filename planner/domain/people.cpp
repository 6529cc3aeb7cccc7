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

std::string avatar_letter(const std::string& first_name) {
    auto letter = first_grapheme(first_name);
    return letter.empty() ? "?" : letter;
}

} // namespace dagritme
