// The EXIF orientation reader against Exif segments built byte by byte: every orientation in
// both byte orders, and every way a damaged segment can point outside itself.
#include "images/photo.hpp"
#include "photo_samples.hpp"

#include <doctest/doctest.h>

using namespace dagritme;
using namespace dagritme::test;

namespace {

// A small sound JPEG without any Exif segment.
const std::string& plain_jpeg() {
    static const std::string jpeg = [] {
        const auto rgb = sample_pixels(16, 8, 1);
        std::string out;
        stbi_write_jpg_to_func(detail::append_to, &out, 16, 8, 3, rgb.data(), 90);
        return out;
    }();
    return jpeg;
}

std::string jpeg_with_tiff(const std::string& tiff) {
    return with_app1(plain_jpeg(), std::string("Exif\0\0", 6) + tiff);
}

// A big-endian TIFF structure: header with IFD0 at `ifd`, then `body`.
std::string tiff(std::uint32_t ifd, const std::string& body = {}) {
    detail::TiffWriter w(false);
    w.bytes = "MM";
    w.u16(42);
    w.u32(ifd);
    return w.bytes + body;
}

// An IFD claiming `count` entries, holding one orientation entry `value`.
std::string ifd_with_orientation(std::uint32_t count, std::uint32_t value, std::uint32_t type = 3) {
    detail::TiffWriter w(false);
    w.u16(count);
    w.entry(0x0112, type, 1, value);
    w.u32(0);
    return w.bytes;
}

} // namespace

TEST_CASE("every orientation is read, in both byte orders") {
    for (const bool little : {false, true})
        for (int orientation = 1; orientation <= 8; ++orientation) {
            CAPTURE(little);
            CAPTURE(orientation);
            const auto jpeg = with_app1(plain_jpeg(), exif_payload({orientation, true, little}));
            CHECK(images::exif_orientation(jpeg) == orientation);
        }
}

TEST_CASE("without an orientation the picture stands as stored") {
    SUBCASE("no Exif segment") {
        CHECK(images::exif_orientation(plain_jpeg()) == 1);
    }
    SUBCASE("an Exif segment without the tag") {
        CHECK(images::exif_orientation(with_app1(plain_jpeg(), exif_payload({0, true, false}))) ==
              1);
    }
    SUBCASE("an APP1 segment that is not Exif (XMP)") {
        CHECK(images::exif_orientation(
                  with_app1(plain_jpeg(), "http://ns.adobe.com/xap/1.0/\0<x/>")) == 1);
    }
    SUBCASE("values outside 1-8 and other types mean no turning") {
        CHECK(images::exif_orientation(jpeg_with_tiff(tiff(8, ifd_with_orientation(1, 0)))) == 1);
        CHECK(images::exif_orientation(jpeg_with_tiff(tiff(8, ifd_with_orientation(1, 9)))) == 1);
        CHECK(images::exif_orientation(jpeg_with_tiff(tiff(8, ifd_with_orientation(1, 6, 4)))) ==
              1);
    }
    SUBCASE("not a JPEG") {
        CHECK(images::exif_orientation("") == 1);
        CHECK(images::exif_orientation("\x89PNG\r\n\x1A\n") == 1);
    }
}

TEST_CASE("the Exif segment is found behind other segments and fill bytes") {
    const auto exif = with_app1(plain_jpeg(), exif_payload({6, false, false}));
    // SOI, then a comment segment and two fill bytes, then the rest (APP1 first).
    const auto jpeg = exif.substr(0, 2) +
                      std::string("\xFF\xFE\0\x05"
                                  "abc",
                                  7) +
                      "\xFF\xFF" + exif.substr(2);
    CHECK(images::exif_orientation(jpeg) == 6);
}

TEST_CASE("an Exif segment that points outside itself is damaged") {
    SUBCASE("the IFD offset of erased flash: 0xFFFFFFFF") {
        CHECK_FALSE(images::exif_orientation(make_jpeg_with_ifd_offset(0xFFFFFFFF)).has_value());
    }
    SUBCASE("IFD offsets at and past the end") {
        const auto body = ifd_with_orientation(1, 6);
        const auto size = static_cast<std::uint32_t>(8 + body.size());
        CHECK(images::exif_orientation(jpeg_with_tiff(tiff(8, body))) == 6);
        for (const std::uint32_t ifd :
             {size - 1, size, size + 1, 0x7FFFFFFFu, 0xFFFFFFFEu, 0xFFFFFFFFu}) {
            CAPTURE(ifd);
            CHECK_FALSE(images::exif_orientation(jpeg_with_tiff(tiff(ifd, body))).has_value());
        }
        // An empty IFD in the last two bytes is sound.
        CHECK(images::exif_orientation(jpeg_with_tiff(tiff(8, std::string("\0\0", 2)))) == 1);
    }
    SUBCASE("an entry count past the end") {
        CHECK(images::exif_orientation(jpeg_with_tiff(tiff(8, ifd_with_orientation(1, 6)))) == 6);
        // One entry and the four bytes of the next-IFD offset: a second entry does not fit.
        CHECK_FALSE(images::exif_orientation(jpeg_with_tiff(tiff(8, ifd_with_orientation(2, 6))))
                        .has_value());
        CHECK_FALSE(
            images::exif_orientation(jpeg_with_tiff(tiff(8, ifd_with_orientation(0xFFFF, 6))))
                .has_value());
    }
    SUBCASE("a TIFF header that is short, of no byte order, or not 42") {
        CHECK_FALSE(images::exif_orientation(jpeg_with_tiff("MM\0\x2A")).has_value());
        CHECK_FALSE(images::exif_orientation(jpeg_with_tiff(std::string("XX\0\x2A\0\0\0\x08", 8)))
                        .has_value());
        CHECK_FALSE(
            images::exif_orientation(jpeg_with_tiff(std::string("MM\0\x2B\0\0\0\x08\0\0", 10)))
                .has_value());
        CHECK_FALSE(images::exif_orientation(with_app1(plain_jpeg(), std::string("Exif\0\0", 6)))
                        .has_value());
    }
}

TEST_CASE("truncated segments end the walk without reading past the file") {
    const auto jpeg = with_app1(plain_jpeg(), exif_payload({6, true, false}));
    const auto app1_end =
        4 + ((static_cast<std::size_t>(static_cast<unsigned char>(jpeg[4])) << 8) |
             static_cast<unsigned char>(jpeg[5]));
    // Cut anywhere up to the end of the Exif segment: the segment is not all there, so there
    // is no orientation (the decoder refuses the rest).
    for (std::size_t cut = 0; cut < app1_end; ++cut) {
        CAPTURE(cut);
        CHECK(images::exif_orientation(jpeg.substr(0, cut)) == 1);
    }
    CHECK(images::exif_orientation(jpeg.substr(0, app1_end)) == 6);
    SUBCASE("a segment length below 2") {
        auto bad = jpeg;
        bad[4] = 0, bad[5] = 1;
        CHECK(images::exif_orientation(bad) == 1);
    }
}

TEST_CASE("any byte of the Exif segment set to 0xFF or 0x00 reads within bounds") {
    // ASan checks the bounds here: every offset, count and length in turn becomes huge or zero.
    const auto jpeg = with_app1(plain_jpeg(), exif_payload({6, true, false}));
    const auto app1_end =
        4 + ((static_cast<std::size_t>(static_cast<unsigned char>(jpeg[4])) << 8) |
             static_cast<unsigned char>(jpeg[5]));
    for (std::size_t at = 2; at < app1_end; ++at)
        for (const char value : {'\xFF', '\0'}) {
            auto damaged = jpeg;
            damaged[at] = value;
            const auto orientation = images::exif_orientation(damaged);
            CHECK((!orientation || (*orientation >= 1 && *orientation <= 8)));
        }
}
