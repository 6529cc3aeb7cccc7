// The text engine (Pango and Cairo): every script the board meets has a font, shaping joins
// what belongs together, right-to-left text starts on the right, emoji keep their colours,
// and lines break between words or end in an ellipsis. Runs without a window.
#include "board_text.hpp"
#include "temp_dir.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>

using namespace dagritme;
using layout::Align;
using layout::Weight;

namespace {

layout::TextRun one_line(std::string_view text, unsigned size = 40,
                         Weight weight = Weight::regular) {
    return {text, size, weight, 0, 1};
}

// Pixels drawn with some opacity, and those of them that are clearly coloured (not grey).
struct Ink {
    int drawn = 0;
    int coloured = 0;
};

Ink ink_of(const text::TextImage& image) {
    Ink ink;
    for (std::size_t i = 0; i + 3 < image.rgba.size(); i += 4) {
        if (image.rgba[i + 3] < 128) continue;
        ++ink.drawn;
        const auto [lo, hi] = std::minmax({image.rgba[i], image.rgba[i + 1], image.rgba[i + 2]});
        if (hi - lo > 80) ++ink.coloured;
    }
    return ink;
}

} // namespace

TEST_CASE("every script on the board has a font; a character no font has is counted") {
    const auto& engine = test::text_engine();
    for (const char* text : {"Zwemmen 🏊", "مريم", "秀英", "De Zonnebloem 🌻", "ماما komt",
                             "Zoe\u0308", "Zoë Çağan", "Ngozi-Chiamaka"}) {
        CAPTURE(text);
        CHECK(engine.unknown_glyphs(one_line(text)) == 0);
        CHECK(engine.unknown_glyphs(one_line(text, 30, Weight::bold)) == 0);
        CHECK(engine.measure(one_line(text)).width > 0);
    }
    // U+0378 is not assigned: no font draws it, and the engine says so.
    CHECK(engine.unknown_glyphs(one_line("Sanne \u0378")) == 1);
}

TEST_CASE("a separately typed accent is drawn exactly like the composed letter") {
    const auto& engine = test::text_engine();
    const auto combining = engine.render(one_line("Zoe\u0308", 48), Align::left, {40, 40, 40});
    const auto composed = engine.render(one_line("Zo\u00eb", 48), Align::left, {40, 40, 40});
    REQUIRE(combining.width > 0);
    CHECK(combining.width == composed.width);
    CHECK(combining.height == composed.height);
    CHECK(combining.rgba == composed.rgba);
    // And it differs from a plain "Zoe": the diaeresis is there.
    const auto plain = engine.render(one_line("Zoe", 48), Align::left, {40, 40, 40});
    CHECK(plain.rgba != composed.rgba);
}

TEST_CASE("emoji keep their colours; letters take the text's colour") {
    const auto& engine = test::text_engine();
    const auto emoji = ink_of(engine.render(one_line("🏊", 64), Align::left, {30, 30, 30}));
    CHECK(emoji.drawn > 500);
    CHECK(emoji.coloured > emoji.drawn / 4);
    const auto letters = ink_of(engine.render(one_line("Zwemmen", 64), Align::left, {30, 30, 30}));
    CHECK(letters.drawn > 500);
    CHECK(letters.coloured == 0);
}

TEST_CASE("Arabic is joined and set right to left, inside a left-to-right Dutch sentence") {
    const auto& engine = test::text_engine();
    // Joined letters take other forms (and widths) than the same letters apart.
    float apart = 0;
    for (const char* letter : {"م", "ر", "ي", "م"})
        apart += engine.measure(one_line(letter)).width;
    CHECK(std::abs(engine.measure(one_line("مريم")).width - apart) > 2);
    // The sentence keeps its order: what follows the Arabic word stays on its right.
    auto emoji_centre = [&](const char* text) {
        const auto image = engine.render(one_line(text, 48), Align::left, {30, 30, 30});
        double sum = 0;
        int n = 0;
        for (std::size_t i = 0; i + 3 < image.rgba.size(); i += 4) {
            const auto [lo, hi] =
                std::minmax({image.rgba[i], image.rgba[i + 1], image.rgba[i + 2]});
            if (image.rgba[i + 3] < 128 || hi - lo <= 80) continue;
            sum += static_cast<double>((i / 4) % image.width);
            ++n;
        }
        REQUIRE(n > 100);
        return sum / n / image.width;
    };
    CHECK(emoji_centre("ماما 🏊") > 0.6);
    CHECK(emoji_centre("🏊 ماما") < 0.4);
    // And in a box, left aligned text starts on the left, whatever its script.
    const layout::TextRun arabic{"مريم", 40, Weight::bold, 600, 1};
    const auto image = engine.render(arabic, Align::left, {30, 30, 30});
    REQUIRE(image.width > 0);
    CHECK(image.offset_x < 20);
}

TEST_CASE("lines break between words, within the width and the line count") {
    const auto& engine = test::text_engine();
    const layout::TextRun run{"Wandelen naar de kinderboerderij", 40, Weight::bold, 420, 3};
    const auto extent = engine.measure(run);
    CHECK(extent.whole);
    CHECK(extent.lines >= 2);
    CHECK(extent.lines <= 3);
    CHECK(extent.width <= 420);
    CHECK(extent.height > engine.measure(one_line(run.text, 40, Weight::bold)).height * 1.5f);

    SUBCASE("a hyphenated name breaks at its hyphen") {
        const float whole_w = engine.measure(one_line("Mohammed-Amin", 40, Weight::bold)).width;
        const layout::TextRun name{"Mohammed-Amin", 40, Weight::bold, whole_w * 0.75f, 2};
        const auto e = engine.measure(name);
        CHECK(e.lines == 2);
        CHECK(e.whole);
    }
    SUBCASE("too few lines: the last one ends in an ellipsis, and the text is not whole") {
        const layout::TextRun cut{run.text, 40, Weight::bold, 420, 1};
        const auto e = engine.measure(cut);
        CHECK(e.lines == 1);
        CHECK_FALSE(e.whole);
        CHECK(e.width <= 420);
    }
    SUBCASE("a word wider than the box is not whole, even when broken over lines") {
        const layout::TextRun word{"Kinderboerderij", 40, Weight::bold, 120, 4};
        const auto e = engine.measure(word);
        CHECK_FALSE(e.whole);
        CHECK(e.width <= 120);
    }
}

TEST_CASE("measuring and drawing agree") {
    const auto& engine = test::text_engine();
    for (const char* text : {"Zwemmen 🏊", "مريم", "秀英", "Zoe\u0308"}) {
        CAPTURE(text);
        const layout::TextRun run{text, 50, Weight::bold, 400, 1};
        const auto extent = engine.measure(run);
        const auto image = engine.render(run, Align::center, {30, 30, 30});
        REQUIRE(image.width > 0);
        // The ink sits inside the measured box, give or take accents and marks.
        CHECK(image.offset_x >= 0);
        CHECK(image.offset_x + static_cast<float>(image.width) <= 401);
        CHECK(image.offset_y >= -10);
        CHECK(image.offset_y + static_cast<float>(image.height) <= extent.height + 10);
        // Centred: as much room on the left as on the right.
        const float right = 400 - (image.offset_x + static_cast<float>(image.width));
        CHECK(std::abs(image.offset_x - right) < 6);
    }
}

TEST_CASE("bad text and empty text") {
    const auto& engine = test::text_engine();
    const std::string broken = "Sanne \xC3\x28 \xFF";
    const auto extent = engine.measure(one_line(broken));
    CHECK(extent.lines == 1);
    CHECK(extent.width > 0);
    CHECK(engine.measure(one_line("")).lines == 0);
    CHECK(engine.render(one_line(""), Align::left, {}).rgba.empty());
    CHECK(engine.render(one_line("   "), Align::left, {}).rgba.empty());
}

TEST_CASE("fonts from the config, or a clear error") {
    SUBCASE("a font file of another family becomes the board's font") {
        const text::TextEngine engine(
            text::FontFiles{"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", {}});
        CHECK(engine.fonts().regular_family() == "DejaVu Sans");
        CHECK(engine.fonts().bold_family() == "DejaVu Sans");
        // Fallback still finds the other scripts.
        CHECK(engine.unknown_glyphs(one_line("مريم 秀英 🏊")) == 0);
    }
    SUBCASE("a missing file") {
        CHECK_THROWS_WITH_AS(text::TextEngine(text::FontFiles{"/nonexistent/Sans.ttf", {}}),
                             "no usable regular font; tried: /nonexistent/Sans.ttf (check [fonts] "
                             "in display.toml)",
                             text::FontNotFound);
    }
    SUBCASE("a file that is no font") {
        test::TempDir dir;
        const auto file = dir.write("bold.ttf", "not a font");
        CHECK_THROWS_WITH_AS(
            text::TextEngine(text::FontFiles{{}, file}),
            ("no usable bold font; tried: " + file.string() + " (check [fonts] in display.toml)")
                .c_str(),
            text::FontNotFound);
    }
    SUBCASE("without a configured font: Noto Sans") {
        CHECK(test::text_engine().fonts().regular_family() == "Noto Sans");
    }
}
