// Photos and photo consent through the real API in this process: what the board shows after
// each, and what reaches the media folder.
#include "api_fixture.hpp"
#include "images/photo.hpp"
#include "photo_samples.hpp"

#include <stb_image.h>
#include <stb_image_write.h>

#include <algorithm>

using namespace dagritme;
using namespace dagritme::test;

namespace {

void append(void* context, void* data, int size) {
    static_cast<std::string*>(context)->append(static_cast<const char*>(data),
                                               static_cast<std::size_t>(size));
}

// A 40x20 JPEG with an Exif segment: orientation 6 (turn right) and a GPS-like text.
std::string jpeg_with_exif() {
    std::vector<unsigned char> rgb(40 * 20 * 3, 200);
    std::string jpeg;
    stbi_write_jpg_to_func(append, &jpeg, 40, 20, 3, rgb.data(), 90);
    std::string tiff(
        "MM\0\x2A\0\0\0\x08\0\x01\x01\x12\0\x03\0\0\0\x01\0\x06\0\0\0\0\0\0GPS 52.0907N 5.1214E",
        44);
    std::string app1 = std::string("Exif\0\0", 6) + tiff;
    const auto length = app1.size() + 2;
    std::string segment = "\xFF\xE1";
    segment += static_cast<char>(length >> 8);
    segment += static_cast<char>(length & 0xFF);
    return jpeg.substr(0, 2) + segment + app1 + jpeg.substr(2);
}

nlohmann::json child_on_board(const ApiClient& client, const std::string& id) {
    return entry(board_of(client)["present"]["children"], id);
}

} // namespace

TEST_CASE("photo consent decides whether the board shows a child's photo") {
    ApiPlanner planner;
    auto fatima = logged_in(planner, "fatima");
    const auto sanne = child_on_board(fatima, "c1");
    REQUIRE(sanne["photo"].is_string());
    const auto before = planner.revision();

    const auto withdrawn = fatima.put("/api/children/1/photo-consent", {{"consent", false}});
    REQUIRE(withdrawn.result_int() == 200);
    CHECK(body_of(withdrawn) == nlohmann::json{{"consent", false}, {"revision", before + 1}});
    const auto hidden = child_on_board(fatima, "c1");
    CHECK(hidden["photo"].is_null());
    CHECK(hidden["avatar"] == "S");

    const auto given = fatima.put("/api/children/1/photo-consent", {{"consent", true}});
    REQUIRE(given.result_int() == 200);
    CHECK(body_of(given)["revision"] == before + 2);
    CHECK(child_on_board(fatima, "c1")["photo"] == sanne["photo"]);

    // Daan has consent now but no photo: he keeps his letter.
    REQUIRE(fatima.put("/api/children/2/photo-consent", {{"consent", true}}).result_int() == 200);
    const auto daan = child_on_board(fatima, "c2");
    CHECK(daan["photo"].is_null());
    CHECK(daan["avatar"] == "D");

    const auto unknown = fatima.put("/api/children/99/photo-consent", {{"consent", true}});
    CHECK(unknown.result_int() == 404);
    CHECK(body_of(unknown) ==
          nlohmann::json{{"error", "unknown_child"}, {"message", "Geen kind met id 99."}});
}

TEST_CASE("an uploaded photo is upright, scaled, keeps no EXIF or GPS, and is on the board") {
    ApiPlanner planner;
    const auto jpeg = jpeg_with_exif();
    REQUIRE(images::exif_orientation(jpeg) == 6);
    auto marco = logged_in(planner, "marco");
    const auto before = planner.revision();
    const auto old_photo = child_on_board(marco, "c1")["photo"];
    const auto res =
        marco.request(api_http::verb::put, "/api/children/1/photo", jpeg, "image/jpeg");
    REQUIRE(res.result_int() == 200);
    const auto body = body_of(res);
    CHECK(body["width"] == 20); // turned upright: 40x20 becomes 20x40
    CHECK(body["height"] == 40);
    CHECK(body["revision"] == before + 1);
    const std::string hash = body["photo"];
    CHECK(hash != old_photo);
    const auto stored = slurp(planner.media_dir() / hash);
    CHECK(stored.find("Exif") == std::string::npos);
    CHECK(stored.find("GPS") == std::string::npos);
    int w = 0, h = 0, n = 0;
    CHECK(stbi_info_from_memory(reinterpret_cast<const stbi_uc*>(stored.data()),
                                static_cast<int>(stored.size()), &w, &h, &n));
    CHECK(w == 20);
    CHECK(child_on_board(marco, "c1")["photo"] == hash);
}

TEST_CASE(
    "a phone photo of several MB is accepted, turned upright, scaled, and keeps no EXIF or GPS") {
    ApiPlanner planner;
    const auto jpeg = make_phone_jpeg(4000, 3000, 6, true);
    REQUIRE(jpeg.size() > 3 * 1024 * 1024);
    REQUIRE(jpeg.find(gps_latitude_bytes_big_endian()) != std::string::npos);
    auto marco = logged_in(planner, "marco");
    const auto res =
        marco.request(api_http::verb::put, "/api/children/3/photo", jpeg, "image/jpeg");
    REQUIRE(res.result_int() == 200);
    const auto body = body_of(res);
    // Stored 4000 x 3000 turned right: 3000 x 4000, scaled to 1024 high.
    CHECK(body["width"] == 768);
    CHECK(body["height"] == 1024);
    const auto stored = slurp(planner.media_dir() / body["photo"].get<std::string>());
    CHECK(stored.find("Exif") == std::string::npos);
    CHECK(stored.find(gps_latitude_bytes_big_endian()) == std::string::npos);
    const auto markers = jpeg_markers(stored);
    CHECK(std::find(markers.begin(), markers.end(), 0xE1u) == markers.end()); // no APP1 at all
    CHECK(child_on_board(marco, "c3")["photo"] == body["photo"]);
}

TEST_CASE("a JPEG whose EXIF points 4 GiB away is refused and the photo stays") {
    ApiPlanner planner;
    auto marco = logged_in(planner, "marco");
    const auto before = child_on_board(marco, "c1")["photo"];
    const auto files = files_in(planner.media_dir());
    const auto res = marco.request(api_http::verb::put, "/api/children/1/photo",
                                   make_jpeg_with_ifd_offset(0xFFFFFFFF), "image/jpeg");
    CHECK(res.result_int() == 422);
    CHECK(body_of(res) ==
          nlohmann::json{{"error", "image_broken"},
                         {"message", "De gegevens in deze foto (EXIF) zijn beschadigd."}});
    CHECK(child_on_board(marco, "c1")["photo"] == before);
    CHECK(files_in(planner.media_dir()) == files);
}
