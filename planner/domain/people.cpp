// Children and staff as the board shows them: first names and the avatar letter.
#include "domain/people.hpp"

#include <array>

namespace dagritme {

std::string_view name_of(Phase phase) {
    static constexpr std::array<std::string_view, 5> names{
        "Kennismaking", "Het Ouderschapsgesprek", "Metapositie en werkvloer",
        "Ouderschapsgesprek opnieuw", "Afbouwen en afronden"};
    return names.at(static_cast<std::size_t>(phase) - 1);
}

std::string avatar_letter(const std::string& first_name) {
    if (first_name.empty()) return "?";
    const auto lead = static_cast<unsigned char>(first_name[0]);
    if (lead < 0x80) {
        char c = static_cast<char>(lead);
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
        return std::string(1, c);
    }
    // A multi-byte UTF-8 letter: the whole code point; é, ö ... (U+00E0-U+00FE) as capitals.
    const std::size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
    std::string letter = first_name.substr(0, length);
    if (letter.size() == 2 && lead == 0xC3) {
        const auto trail = static_cast<unsigned char>(letter[1]);
        if (trail >= 0xA0 && trail <= 0xBE && trail != 0xB7)
            letter[1] = static_cast<char>(trail - 0x20);
    }
    return letter;
}

} // namespace dagritme
