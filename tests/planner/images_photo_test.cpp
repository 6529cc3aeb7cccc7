// The whole photo path at the images level: a phone photo turned upright and scaled with no
// metadata left, every EXIF orientation checked by where the corner markers end up, the size
// limits at their exact edges, and damaged files refused with the kind of problem (the API words
// it).
#include "images/photo.hpp"
#include "photo_samples.hpp"

#include <stb_image.h>

#include <doctest/doctest.h>

#include <cstdlib>

using namespace dagritme;
using namespace dagritme::test;

namespace {

struct Picture {
    std::vector<unsigned char> rgb;
    int width = 0;
    int height = 0;

    Rgb at(int x, int y) const {
        const auto* p = &rgb[(static_cast<std::size_t>(y) * static_cast<std::size_t>(width) +
                              static_cast<std::size_t>(x)) *
                             3];
        return {p[0], p[1], p[2]};
    }
};

Picture decode(const std::string& jpeg) {
    int w = 0, h = 0, n = 0;
    auto* pixels = stbi_load_from_memory(reinterpret_cast<const stbi_uc*>(jpeg.data()),
                                         static_cast<int>(jpeg.size()), &w, &h, &n, 3);
    REQUIRE(pixels);
    Picture picture{
        {pixels, pixels + static_cast<std::size_t>(w) * static_cast<std::size_t>(h) * 3}, w, h};
    stbi_image_free(pixels);
    return picture;
}

bool near(Rgb pixel, Rgb colour) {
    const auto close = [](int a, int b) { return std::abs(a - b) < 50; };
    return close(pixel.r, colour.r) && close(pixel.g, colour.g) && close(pixel.b, colour.b);
}

// The viewer's top-left corner is red and the top-right green; the bottom corners are neither.
void check_upright(const images::Photo& photo) {
    const auto picture = decode(photo.jpeg);
    REQUIRE(picture.width == photo.width);
    REQUIRE(picture.height == photo.height);
    const int half = std::max(2, std::min(picture.width, picture.height) / 16); // half a marker
    const int right = picture.width - 1 - half, bottom = picture.height - 1 - half;
    CHECK(near(picture.at(half, half), top_left_marker));
    CHECK(near(picture.at(right, half), top_right_marker));
    for (const auto corner : {picture.at(half, bottom), picture.at(right, bottom)}) {
        CHECK_FALSE(near(corner, top_left_marker));
        CHECK_FALSE(near(corner, top_right_marker));
    }
}

images::Photo accepted(std::variant<images::Photo, images::PhotoError> result) {
    if (const auto* error = std::get_if<images::PhotoError>(&result))
        FAIL(images::name_of(error->kind));
    return std::get<images::Photo>(std::move(result));
}

void check_refused(const std::variant<images::Photo, images::PhotoError>& result,
                   images::PhotoError::Kind kind) {
    const auto* error = std::get_if<images::PhotoError>(&result);
    REQUIRE(error);
    CHECK(images::name_of(error->kind) == images::name_of(kind));
}

// Only a PNG header: enough for the size check, which comes before any decoding.
std::string png_header(std::uint32_t width, std::uint32_t height) {
    detail::TiffWriter w(false); // big-endian numbers, as PNG has them
    w.bytes = std::string("\x89PNG\r\n\x1A\n\0\0\0\x0DIHDR", 16);
    w.u32(width);
    w.u32(height);
    w.bytes += std::string("\x08\x02\0\0\0CRC!", 9);
    return w.bytes;
}

// A sound small JPEG whose frame header then claims `width` x `height`.
std::string jpeg_claiming(std::uint32_t width, std::uint32_t height) {
    auto jpeg = make_phone_jpeg(16, 16, 0, false);
    const auto sof = jpeg.find("\xFF\xC0");
    REQUIRE(sof != std::string::npos);
    jpeg[sof + 5] = static_cast<char>(height >> 8),
               jpeg[sof + 6] = static_cast<char>(height & 0xFF);
    jpeg[sof + 7] = static_cast<char>(width >> 8), jpeg[sof + 8] = static_cast<char>(width & 0xFF);
    return jpeg;
}

using Kind = images::PhotoError::Kind;

} // namespace

TEST_CASE("a phone photo with orientation 6 and GPS is accepted, upright, scaled and bare") {
    const auto jpeg = make_phone_jpeg(4000, 3000, 6, true);
    REQUIRE(jpeg.size() > 3'000'000); // what phones make: 3-8 MB
    REQUIRE(jpeg.size() < 8'000'000);
    REQUIRE(jpeg.find(gps_latitude_bytes_big_endian()) != std::string::npos);

    const auto photo = accepted(images::reencode_photo(jpeg));
    CHECK(photo.width == 768); // portrait now, the longer side at 1024
    CHECK(photo.height == 1024);
    check_upright(photo);
    const auto markers = jpeg_markers(photo.jpeg);
    CHECK(std::find(markers.begin(), markers.end(), 0xE1u) == markers.end()); // no APP1
    CHECK(photo.jpeg.find("Exif") == std::string::npos);
    CHECK(photo.jpeg.find(gps_latitude_bytes_big_endian()) == std::string::npos);
    CHECK(photo.jpeg.find("Dagritme") == std::string::npos); // the camera's Make tag
}

TEST_CASE("every EXIF orientation ends upright, scaled or not") {
    for (int orientation = 1; orientation <= 8; ++orientation)
        for (const auto& [width, height] : {std::pair{64, 48}, std::pair{1600, 1200}}) {
            CAPTURE(orientation);
            CAPTURE(width);
            const auto photo = accepted(
                images::reencode_photo(make_phone_jpeg(width, height, orientation, false)));
            const bool turned = orientation >= 5;
            const int upright_width = turned ? height : width,
                      upright_height = turned ? width : height;
            const double f = std::min(1.0, 1024.0 / std::max(width, height));
            CHECK(photo.width == static_cast<int>(upright_width * f + 0.5));
            CHECK(photo.height == static_cast<int>(upright_height * f + 0.5));
            check_upright(photo);
        }
}

TEST_CASE("a PNG stands as it is, and keeps nothing but pixels") {
    const auto rgb = sample_pixels(40, 30, 1);
    std::string png;
    stbi_write_png_to_func(detail::append_to, &png, 40, 30, 3, rgb.data(), 40 * 3);
    png.insert(33, std::string("\0\0\0\x08tEXtGPS\0N 52\0\0\0\0", 20)); // a text chunk after IHDR
    const auto photo = accepted(images::reencode_photo(png));
    CHECK(photo.width == 40);
    CHECK(photo.height == 30);
    check_upright(photo);
    CHECK(photo.jpeg.find("GPS") == std::string::npos);
}

TEST_CASE("the 17 KB JPEG whose EXIF IFD offset is 0xFFFFFFFF is refused as damaged") {
    const auto jpeg = make_jpeg_with_ifd_offset(0xFFFFFFFF);
    CHECK(jpeg.size() > 15'000);
    CHECK(jpeg.size() < 20'000);
    check_refused(images::reencode_photo(jpeg), Kind::damaged_exif);
    // The same file with a sound offset is a good photo.
    CHECK(accepted(images::reencode_photo(make_jpeg_with_ifd_offset(8))).width == 102);
}

TEST_CASE("size limits, checked before decoding, at their exact edges") {
    SUBCASE("pixels: 24 megapixels pass the check, one row more does not") {
        check_refused(images::reencode_photo(png_header(6000, 4000)), Kind::unreadable);
        check_refused(images::reencode_photo(png_header(6000, 4001)), Kind::too_many_pixels);
        check_refused(images::reencode_photo(jpeg_claiming(6000, 4001)), Kind::too_many_pixels);
        check_refused(images::reencode_photo(png_header(20000, 10000)), Kind::too_many_pixels);
    }
    SUBCASE("the longer side: 16000 pixels pass the check, 16001 do not") {
        check_refused(images::reencode_photo(png_header(16000, 1)), Kind::unreadable);
        check_refused(images::reencode_photo(png_header(16001, 1)), Kind::side_too_long);
        check_refused(images::reencode_photo(png_header(1, 16001)), Kind::side_too_long);
        check_refused(images::reencode_photo(jpeg_claiming(16001, 100)), Kind::side_too_long);
    }
    SUBCASE("a 4000 x 3000 PNG header passes") {
        check_refused(images::reencode_photo(png_header(4000, 3000)), Kind::unreadable);
    }
}

TEST_CASE("what is not a JPEG or PNG, or is damaged, is refused") {
    check_refused(images::reencode_photo(""), Kind::not_an_image);
    check_refused(images::reencode_photo("<html>hallo</html>"), Kind::not_an_image);
    check_refused(images::reencode_photo("\xFF\xD8\xFF\xE0 broken"), Kind::unreadable);
    check_refused(images::reencode_photo(png_header(0, 10)), Kind::unreadable);
    SUBCASE("a file cut anywhere in its headers") {
        const auto jpeg = make_phone_jpeg(64, 48, 6, true);
        const auto scan = jpeg.find("\xFF\xDA");
        REQUIRE(scan != std::string::npos);
        for (std::size_t cut = 4; cut <= scan; ++cut) {
            CAPTURE(cut);
            check_refused(images::reencode_photo(jpeg.substr(0, cut)), Kind::unreadable);
        }
    }
}
