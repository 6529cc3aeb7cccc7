// Fitting text into boxes: shrink, wrap, and cut with an ellipsis as the last resort.
#include "approx_measurer.hpp"
#include "layout/text_fit.hpp"

#include <doctest/doctest.h>

using namespace dagritme;
using layout::Weight;

TEST_CASE("text keeps its largest size when it fits") {
    const test::ApproxMeasurer m;
    const auto fitted = layout::fit_text(m, "Kring", 400, 100, {60, 20, 1, Weight::bold});
    CHECK(fitted.size == 60);
    REQUIRE(fitted.lines.size() == 1);
    CHECK(fitted.lines[0] == "Kring");
}

TEST_CASE("long text wraps before it shrinks much, and every line fits") {
    const test::ApproxMeasurer m;
    const std::string text = "Wandelen naar de kinderboerderij";
    const auto fitted = layout::fit_text(m, text, 400, 300, {60, 20, 3, Weight::bold});
    CHECK(fitted.lines.size() >= 2);
    CHECK(fitted.height() <= 300);
    for (const auto& line : fitted.lines)
        CHECK(m.width(line, fitted.size, Weight::bold) <= 400);
}

TEST_CASE("text that cannot fit at the smallest size is cut with an ellipsis") {
    const test::ApproxMeasurer m;
    const auto fitted =
        layout::fit_text(m, "Maximiliaan-Alexander", 100, 40, {40, 20, 1, Weight::regular});
    CHECK(fitted.size == 20);
    REQUIRE(fitted.lines.size() == 1);
    CHECK(fitted.lines[0].ends_with("\u2026"));
    CHECK(m.width(fitted.lines[0], 20, Weight::regular) <= 100);
}

TEST_CASE("the ellipsis never splits a UTF-8 character") {
    const test::ApproxMeasurer m;
    const std::string cut = layout::ellipsize(m, "Zoëëëëëëëëëë", 60, 20, Weight::regular);
    CHECK(cut.ends_with("\u2026"));
    const std::string body = cut.substr(0, cut.size() - 3);
    CHECK((static_cast<unsigned char>(body.back()) & 0xC0) != 0xC0); // no dangling lead byte
}

TEST_CASE("empty text and empty boxes") {
    const test::ApproxMeasurer m;
    CHECK(layout::fit_text(m, "", 100, 100, {}).lines.empty());
    CHECK(layout::fit_text(m, "   ", 100, 100, {}).lines.empty());
    CHECK(layout::fit_text(m, "Kring", 0, 100, {}).lines.empty());
}
