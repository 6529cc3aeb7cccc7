// Finding images by hash and decoding them on the worker: good files, new files, unknown
// hashes, and broken files that must give an error instead of a crash.
#include "common/sha256.hpp"
#include "media/image_decoder.hpp"
#include "media/media_index.hpp"
#include "temp_dir.hpp"
#include "test_support.hpp"

using namespace dagritme;
namespace fs = std::filesystem;

namespace {
const fs::path pictograms = fs::path(DAGRITME_DATA_DIR) / "assets/pictograms";
const std::string abc_sha256 = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
} // namespace

TEST_CASE("sha256 of a file") {
    test::TempDir dir;
    CHECK(common::sha256_hex_of_file(dir.write("abc.txt", "abc")) == abc_sha256);
    CHECK_FALSE(common::sha256_hex_of_file(dir / "missing").has_value());
}

TEST_CASE("the index finds named image files and content-addressed media by hash") {
    test::TempDir dir;
    fs::create_directories(dir / "images");
    fs::copy_file(pictograms / "kring.png", dir / "images/kring.png");
    const auto kring = *common::sha256_hex_of_file(pictograms / "kring.png");
    media::MediaIndex index(dir / "media", {dir / "images", dir / "no-such-folder"});
    index.rescan();
    CHECK(index.find(kring) == dir / "images/kring.png");
    CHECK_FALSE(index.find(std::string(64, '0')).has_value());

    SUBCASE("a file added later is found on the next scan") {
        index.rescan_interval = std::chrono::seconds(0);
        fs::copy_file(pictograms / "slapen.png", dir / "images/eigen-slapen.png");
        const auto slapen = *common::sha256_hex_of_file(pictograms / "slapen.png");
        CHECK(index.find(slapen) == dir / "images/eigen-slapen.png");
    }
    SUBCASE("the media folder holds files named by their hash") {
        dir.write("media/" + abc_sha256, "abc");
        CHECK(index.find(abc_sha256) == dir / "media" / abc_sha256);
    }
    SUBCASE("files that are not images are not indexed") {
        index.rescan_interval = std::chrono::seconds(0);
        dir.write("images/notes.txt", "abc");
        CHECK_FALSE(index.find(abc_sha256).has_value());
    }
}

TEST_CASE("decoding scales images down to the size they are shown at") {
    const media::ImageDecoder decoder({});
    std::string error;
    const auto image = decoder.decode("x", pictograms / "kring.png", 256, error);
    REQUIRE_MESSAGE(image, error);
    CHECK(image->width == 256);
    CHECK(image->height == 256);
    CHECK(image->rgba.size() == 256u * 256u * 4u);
    const auto full =
        decoder.decode("x", fs::path(DAGRITME_DATA_DIR) / "assets/demo/sanne.png", 4096, error);
    REQUIRE(full);
    CHECK(full->width == 512);
}

TEST_CASE("an organisation's own SVG pictogram is rasterised into the cache") {
    test::TempDir dir;
    const auto svg =
        dir.write("eigen/zon.svg", "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 10 10'>"
                                   "<circle cx='5' cy='5' r='4' fill='#fc0'/></svg>");
    const media::ImageDecoder decoder(dir / "cache");
    std::string error;
    const auto image = decoder.decode("abc", svg, 128, error);
    REQUIRE_MESSAGE(image, error);
    CHECK(image->width == 128);
    CHECK(fs::exists(dir / "cache/svg/abc-128.png"));
    // The middle is the yellow sun, the corner transparent.
    const std::size_t middle = (64u * 128u + 64u) * 4u;
    CHECK(image->rgba[middle] > 200);
    CHECK(image->rgba[3] == 0);
}

TEST_CASE("broken and missing images give an error, never a crash") {
    test::TempDir dir;
    const media::ImageDecoder decoder(dir / "cache");
    std::string png = test::read_text((pictograms / "kring.png").string());
    struct Case {
        const char* name;
        std::string content;
        const char* expected;
    };
    const std::vector<Case> cases{
        {"truncated.png", png.substr(0, png.size() / 3), "truncated.png"},
        {"garbage.png", std::string(5000, '\x42'), "is not a readable image"},
        {"empty.png", "", "is not a readable image"},
        {"broken.svg", "<svg xmlns='http://www.w3.org/2000/svg'><circle",
         "rsvg-convert could not render"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.name);
        std::string error;
        CHECK_FALSE(decoder.decode("h", dir.write(c.name, c.content), 256, error));
        CHECK(error.find(c.expected) != std::string::npos);
    }
    std::string error;
    CHECK_FALSE(decoder.decode("h", dir / "missing.png", 256, error));
    CHECK(error.find("cannot open") == 0);
}
