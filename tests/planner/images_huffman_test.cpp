// The Huffman table check that keeps Debian 12's stb from reading tables a JPEG never defined or
// writing past tables that claim more than 256 codes: sound files pass whole and cut anywhere,
// crafted ones do not.
#include "images/huffman_tables.hpp"
#include "photo_samples.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace dagritme;
using namespace dagritme::test;

namespace {

// The segments of a JPEG before its first scan, and the rest from the scan on.
struct Segments {
    std::string soi;
    std::vector<std::string> before_scan;
    std::string scan_and_rest;
};

Segments split(const std::string& jpeg) {
    Segments out{jpeg.substr(0, 2), {}, {}};
    std::size_t at = 2;
    while (static_cast<unsigned char>(jpeg.at(at + 1)) != 0xDA) {
        const std::size_t length =
            (static_cast<std::size_t>(static_cast<unsigned char>(jpeg.at(at + 2))) << 8) |
            static_cast<unsigned char>(jpeg.at(at + 3));
        out.before_scan.push_back(jpeg.substr(at, 2 + length));
        at += 2 + length;
    }
    out.scan_and_rest = jpeg.substr(at);
    return out;
}

std::string join(const Segments& s, bool keep_tables = true) {
    std::string out = s.soi;
    for (const auto& segment : s.before_scan)
        if (keep_tables || segment.compare(0, 2, "\xFF\xC4") != 0) out += segment;
    return out + s.scan_and_rest;
}

// A DHT segment with one AC table 0 of `codes` codes (the last lengths filled first).
std::string huffman_segment(unsigned codes) {
    std::string counts(16, '\0');
    unsigned left = codes;
    for (int length = 15; length >= 0 && left > 0; --length) {
        const unsigned here = std::min(left, 255u);
        counts[static_cast<std::size_t>(length)] = static_cast<char>(here);
        left -= here;
    }
    const std::size_t length = 2 + 1 + 16 + codes;
    std::string segment = "\xFF\xC4";
    segment += static_cast<char>(length >> 8);
    segment += static_cast<char>(length & 0xFF);
    segment += '\x10';
    return segment + counts + std::string(codes, '\x01');
}

const std::string& baseline_jpeg() {
    static const std::string jpeg = make_phone_jpeg(48, 32, 6, true);
    return jpeg;
}

} // namespace

TEST_CASE("sound JPEGs pass, whole and cut anywhere") {
    for (const auto& jpeg :
         {baseline_jpeg(), slurp(source_dir / "tests/data/photos/progressive.jpg"),
          slurp(source_dir / "tests/data/photos/restart-markers.jpg"),
          slurp(source_dir / "tests/data/photos/cmyk.jpg")}) {
        REQUIRE(jpeg.size() > 100);
        for (std::size_t cut = 0; cut <= jpeg.size(); ++cut) {
            CAPTURE(cut);
            CHECK(images::huffman_tables_sound(jpeg.substr(0, cut)));
        }
        CHECK(images::huffman_tables_sound(jpeg + "trailing bytes after EOI \xFF\xC4\x00\x13\x10" +
                                           std::string(16, '\xFF')));
    }
}

TEST_CASE("a Huffman table of more than 256 codes is refused") {
    auto segments = split(baseline_jpeg());
    segments.before_scan.insert(segments.before_scan.begin(), huffman_segment(256));
    CHECK(images::huffman_tables_sound(join(segments)));
    segments.before_scan.front() = huffman_segment(257);
    CHECK_FALSE(images::huffman_tables_sound(join(segments)));
    segments.before_scan.front() = huffman_segment(16 * 255);
    CHECK_FALSE(images::huffman_tables_sound(join(segments)));
    SUBCASE("also between scans") {
        auto jpeg = join(split(baseline_jpeg()));
        const auto end = jpeg.rfind("\xFF\xD9");
        REQUIRE(end != std::string::npos);
        jpeg.insert(end, huffman_segment(300));
        CHECK_FALSE(images::huffman_tables_sound(jpeg));
    }
}

TEST_CASE("a scan with a Huffman table no segment defined is refused") {
    const auto segments = split(baseline_jpeg());
    CHECK(images::huffman_tables_sound(join(segments)));
    CHECK_FALSE(images::huffman_tables_sound(join(segments, false)));
    SUBCASE("a table defined only after the scan that uses it") {
        std::string tables;
        for (const auto& segment : segments.before_scan)
            if (segment.compare(0, 2, "\xFF\xC4") == 0) tables += segment;
        auto jpeg = join(segments, false);
        jpeg.insert(jpeg.rfind("\xFF\xD9"), tables);
        CHECK_FALSE(images::huffman_tables_sound(jpeg));
    }
}

TEST_CASE("the files the fuzzer found are refused before stb reads them") {
    for (const auto& entry :
         std::filesystem::directory_iterator(source_dir / "tests/data/photos/fuzz-found")) {
        if (!entry.path().filename().string().starts_with("damaged-huffman")) continue;
        CAPTURE(entry.path().filename());
        CHECK_FALSE(images::huffman_tables_sound(slurp(entry.path())));
    }
}
