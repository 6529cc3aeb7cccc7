// Unicode text as the planner keeps it: every stored text in Normalization Form C, so that
// "Zoë" is one letter whether it was typed as ë or as e with a combining diaeresis; and the
// first grapheme of a name (a letter with its accents, a syllable, an emoji), for an avatar.
#pragma once

#include <string>
#include <string_view>

namespace dagritme {

// `text` in NFC. Text that is not valid UTF-8 comes back unchanged (the edges refuse it).
std::string nfc(std::string_view text);

// The first grapheme cluster of `text` in NFC, its first code point in upper case ("zoë" ->
// "Z", "émile" -> "É", "مريم" -> "م", "秀英" -> "秀"); "" for empty or invalid text.
std::string first_grapheme(std::string_view text);

} // namespace dagritme
