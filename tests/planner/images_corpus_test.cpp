// Every photo in tests/data/photos (the fuzzer's seeds, and what it found): a file named
// "damaged-..." is refused as broken, every other one is accepted, upright and at most 1024
// pixels on a side. A new file there is checked by its name alone.
#include "images/photo.hpp"
#include "test_support.hpp"

#include <stb_image.h>

#include <doctest/doctest.h>

using namespace dagritme;
using namespace dagritme::test;

TEST_CASE("every photo of the corpus gets the answer its name promises") {
    int seen = 0, damaged = 0;
    for (const auto& entry :
         std::filesystem::recursive_directory_iterator(source_dir / "tests/data/photos")) {
        if (!entry.is_regular_file()) continue;
        const auto name = entry.path().filename().string();
        if (!name.ends_with(".jpg") && !name.ends_with(".png")) continue;
        CAPTURE(name);
        ++seen;
        const auto bytes = slurp(entry.path());
        const auto result = images::reencode_photo(bytes);
        if (name.starts_with("damaged-")) {
            ++damaged;
            const auto* error = std::get_if<images::PhotoError>(&result);
            REQUIRE(error);
            CHECK((error->kind == images::PhotoError::Kind::unreadable ||
                   error->kind == images::PhotoError::Kind::damaged_exif));
            continue;
        }
        const auto* photo = std::get_if<images::Photo>(&result);
        if (!photo) FAIL(images::name_of(std::get<images::PhotoError>(result).kind));
        int width = 0, height = 0, channels = 0;
        REQUIRE(stbi_info_from_memory(reinterpret_cast<const stbi_uc*>(bytes.data()),
                                      static_cast<int>(bytes.size()), &width, &height, &channels));
        const auto orientation = images::exif_orientation(bytes);
        REQUIRE(orientation);
        if (name.ends_with(".jpg") && *orientation >= 5) std::swap(width, height);
        const double f = std::min(1.0, 1024.0 / std::max(width, height));
        CHECK(photo->width == std::max(1, static_cast<int>(width * f + 0.5)));
        CHECK(photo->height == std::max(1, static_cast<int>(height * f + 0.5)));
        CHECK(photo->jpeg.find("Exif") == std::string::npos);
    }
    CHECK(seen > 20);
    CHECK(damaged > 3);
}
