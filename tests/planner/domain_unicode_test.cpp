// Unicode as the planner keeps it: NFC, and the first grapheme of a name in any script.
#include "domain/people.hpp"
#include "domain/unicode.hpp"

#include <doctest/doctest.h>

namespace dagritme {

TEST_CASE("NFC: a combining diaeresis becomes one letter; other text stays as it is") {
    CHECK(nfc("Zoe\xCC\x88") == "Zo\xC3\xAB"); // Zoë typed as e + U+0308
    CHECK(nfc("Zo\xC3\xAB") == "Zo\xC3\xAB");  // already one letter
    CHECK(nfc("C\xCC\xA7"
              "a\xCC\x86"
              "an") == "\xC3\x87"
                       "\xC4\x83"
                       "an"); // Çăan
    CHECK(nfc("Sanne") == "Sanne");
    CHECK(nfc("") == "");
    CHECK(nfc("مريم") == "مريم");
    CHECK(nfc("秀英") == "秀英");
    CHECK(nfc("Zwemmen 🏊") == "Zwemmen 🏊");
    CHECK(nfc("\xFF\xFE kapot") == "\xFF\xFE kapot"); // not UTF-8: unchanged
}

TEST_CASE("the avatar letter is the first grapheme, in capitals where the script has them") {
    CHECK(avatar_letter("sanne") == "S");
    CHECK(avatar_letter("émile") == "É");
    CHECK(avatar_letter("e\xCC\x81mile") == "É"); // é typed as e + U+0301
    CHECK(avatar_letter("Özlem") == "Ö");
    CHECK(avatar_letter("ğül") == "Ğ");
    CHECK(avatar_letter("مريم") == "م");
    CHECK(avatar_letter("秀英") == "秀");
    CHECK(avatar_letter("Ωmega") == "Ω");
    CHECK(avatar_letter("ἀλέξανδρος") == "Ἀ");
    CHECK(avatar_letter("👩‍👧 Mila") == "👩‍👧"); // a ZWJ sequence is one grapheme
    CHECK(avatar_letter("🇳🇱") == "🇳🇱");                        // a flag: two regional indicators
    CHECK(avatar_letter("") == "?");
    CHECK(avatar_letter("\xFF") == "?");
}

} // namespace dagritme
