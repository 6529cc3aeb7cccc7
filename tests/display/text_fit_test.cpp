// Fitting text into boxes with the real text engine: keep the size when it fits, wrap before
// shrinking much, and cut with an ellipsis only at the smallest size.
#include "board_text.hpp"
#include "layout/text_fit.hpp"

#include <doctest/doctest.h>

using namespace dagritme;
using layout::Weight;

namespace {

layout::TextExtent as_drawn(std::string_view text, const layout::FittedText& f, float box_w,
                            Weight weight) {
    return test::text_engine().measure({text, f.size, weight, box_w, f.max_lines});
}

} // namespace

TEST_CASE("text keeps its largest size when it fits") {
    const auto& m = test::text_engine();
    const auto fitted = layout::fit_text(m, "Kring", 400, 100, {60, 20, 1, Weight::bold});
    CHECK(fitted.size == 60);
    CHECK(fitted.extent.lines == 1);
    CHECK(fitted.extent.whole);
}

TEST_CASE("long text wraps before it shrinks much, and the whole text fits the box") {
    const auto& m = test::text_engine();
    const std::string text = "Wandelen naar de kinderboerderij";
    const auto fitted = layout::fit_text(m, text, 400, 300, {60, 20, 3, Weight::bold});
    CHECK(fitted.extent.lines >= 2);
    CHECK(fitted.size >= 50);
    CHECK(fitted.extent.whole);
    CHECK(fitted.extent.height <= 300);
    CHECK(fitted.extent.width <= 400);
    // The run the renderer draws lays out the same.
    const auto drawn = as_drawn(text, fitted, 400, Weight::bold);
    CHECK(drawn.lines == fitted.extent.lines);
    CHECK(drawn.height == fitted.extent.height);
    // One size larger does not fit.
    const auto larger = m.measure({text, fitted.size + 1, Weight::bold, 400, 3});
    CHECK((!larger.whole || larger.height > 300));
}

TEST_CASE("text in any script is fitted like Dutch") {
    const auto& m = test::text_engine();
    for (const char* text : {"مريم", "秀英", "Zwemmen 🏊", "Zoe\u0308", "ماما komt om 10:30"}) {
        CAPTURE(text);
        const auto fitted = layout::fit_text(m, text, 300, 120, {48, 16, 2, Weight::bold});
        CHECK(fitted.extent.whole);
        CHECK(fitted.extent.width <= 300);
        CHECK(fitted.extent.height <= 120);
        CHECK(fitted.size > 16);
    }
}

TEST_CASE("text that cannot fit at the smallest size is cut with an ellipsis") {
    const auto& m = test::text_engine();
    const auto fitted =
        layout::fit_text(m, "Maximiliaan-Alexander", 100, 40, {40, 20, 1, Weight::regular});
    CHECK(fitted.size == 20);
    CHECK(fitted.max_lines == 1);
    CHECK(fitted.extent.lines == 1);
    CHECK_FALSE(fitted.extent.whole);
    CHECK(fitted.extent.width <= 100);
}

TEST_CASE("at the smallest size, as many lines as the box holds") {
    const auto& m = test::text_engine();
    const std::string text = "Wandelen naar de kinderboerderij en de speeltuin achter het "
                             "gemeentehuis en weer terug";
    const float two_lines = m.measure({"A B", 20, Weight::bold, 1, 2}).height;
    const auto fitted = layout::fit_text(m, text, 200, two_lines + 1, {40, 20, 4, Weight::bold});
    CHECK(fitted.size == 20);
    CHECK(fitted.max_lines == 2);
    CHECK(fitted.extent.lines == 2);
    CHECK_FALSE(fitted.extent.whole);
    CHECK(fitted.extent.height <= two_lines + 1);
}

TEST_CASE("empty text and empty boxes") {
    const auto& m = test::text_engine();
    CHECK(layout::fit_text(m, "", 100, 100, {}).extent.lines == 0);
    CHECK(layout::fit_text(m, "   ", 100, 100, {}).extent.lines == 0);
    CHECK(layout::fit_text(m, "Kring", 0, 100, {}).extent.lines == 0);
}
