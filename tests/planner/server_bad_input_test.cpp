#include "images/photo.hpp"
#include "photo_samples.hpp"
#include "server_fixture.hpp"

#include <stb_image.h>
#include <stb_image_write.h>

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

// A PNG that claims 8000 x 8000 pixels (64 megapixels, 192 MB decoded) in a few bytes.
std::string png_bomb() {
    std::string png("\x89PNG\r\n\x1A\n", 8);
    png += std::string("\0\0\0\x0D", 4) + "IHDR" +
           std::string("\0\0\x1F\x40\0\0\x1F\x40\x08\x02\0\0\0", 13) + "CRC!";
    png += std::string("\0\0\0\0", 4) + "IDAT" + "CRC!";
    return png;
}

} // namespace

TEST_CASE("bad input gets a 4xx with error and message, changes nothing, and the server stays up") {
    RunningPlanner planner;
    auto marco = planner.logged_in("marco");
    const auto before = planner.revision();
    const auto board_before = marco.get("/api/groups/zonnebloem/board").body();
    const std::string attendance = "/api/groups/zonnebloem/attendance";

    auto expect = [&](const HttpResponse& res, int status, const std::string& code) {
        CHECK(res.result_int() == status);
        const auto body = json_of(res);
        CHECK(body["error"] == code);
        CHECK(body["message"].is_string());
        CHECK_FALSE(body["message"].get<std::string>().empty());
    };

    SUBCASE("malformed HTTP") {
        const auto answer = raw_exchange(planner.port, "GARBAGE \x01\x02 nonsense\r\n\r\n");
        CHECK(answer.rfind("HTTP/1.1 400", 0) == 0);
        CHECK(answer.find("\"bad_request\"") != std::string::npos);
    }
    SUBCASE("a header that is too large") {
        const auto answer =
            raw_exchange(planner.port,
                         "GET /healthz HTTP/1.1\r\nX-Big: " + std::string(20000, 'x') + "\r\n\r\n");
        CHECK(answer.rfind("HTTP/1.1 431", 0) == 0);
    }
    SUBCASE("wrong content type") {
        expect(marco.request(bhttp::verb::post, attendance, "person=child",
                             "application/x-www-form-urlencoded"),
               415, "unsupported_media_type");
    }
    SUBCASE("bad JSON") {
        expect(marco.request(bhttp::verb::post, attendance, "{\"person\": \"child\",",
                             "application/json"),
               400, "bad_json");
        expect(marco.request(bhttp::verb::post, attendance, "[1, 2]", "application/json"), 400,
               "bad_json");
        expect(marco.request(bhttp::verb::post, attendance, "{\"person\": \"\xFF\xFE\"}",
                             "application/json"),
               400, "bad_json");
    }
    SUBCASE("wrong field types, missing and unknown fields") {
        expect(marco.post(attendance, {{"person", "child"}, {"id", "8"}, {"action", "check_in"}}),
               400, "bad_field");
        expect(marco.post(attendance, {{"person", "child"}, {"action", "check_in"}}), 400,
               "bad_field");
        expect(marco.post(attendance,
                          {{"person", "child"}, {"id", 8}, {"action", "check_in"}, {"extra", 1}}),
               400, "bad_field");
        expect(marco.post(attendance, {{"person", "cat"}, {"id", 8}, {"action", "check_in"}}), 400,
               "bad_field");
        const auto res =
            marco.post(attendance, {{"person", "child"}, {"id", 8.5}, {"action", "check_in"}});
        CHECK(json_of(res)["message"] == "id: verwacht een geheel getal");
    }
    SUBCASE("unknown ids") {
        expect(marco.post(attendance, {{"person", "child"}, {"id", 999}, {"action", "check_in"}}),
               404, "unknown_child");
        expect(marco.post("/api/groups/regenboog/attendance",
                          {{"person", "child"}, {"id", 1}, {"action", "check_in"}}),
               404, "unknown_group");
        expect(marco.post("/api/groups/zonnebloem/days/2026-12-01/changes",
                          {{"op", "remove"}, {"target", "b99"}}),
               404, "unknown_block");
        expect(marco.put("/api/groups/zonnebloem/days/2026-12-01/activities",
                         {{"activities",
                           {{{"start", "10:00"},
                             {"end", "11:00"},
                             {"label", "Buiten"},
                             {"pictogram", "buiten-spelen"},
                             {"staff", {1}},
                             {"children", {1, 77}}}}}}),
               404, "unknown_person");
        expect(
            marco.post(
                "/api/groups/zonnebloem/days/2026-12-01/changes",
                {{"op", "relabel"}, {"target", "b1"}, {"label", "X"}, {"pictogram", "onbekend"}}),
            400, "unknown_pictogram");
    }
    SUBCASE("impossible plans and dates") {
        expect(marco.post("/api/groups/zonnebloem/days/2026-12-01/changes",
                          {{"op", "move"}, {"target", "b3"}, {"start", "08:45"}, {"end", "09:30"}}),
               422, "invalid_plan");
        expect(marco.post("/api/groups/zonnebloem/days/2026-12-01/changes", {{"op", "add"},
                                                                             {"start", "25:00"},
                                                                             {"end", "26:00"},
                                                                             {"kind", "eat"},
                                                                             {"pictogram", "eten"},
                                                                             {"label", "X"}}),
               400, "bad_field");
        expect(marco.post("/api/groups/zonnebloem/days/2026-02-30/changes",
                          {{"op", "remove"}, {"target", "b1"}}),
               400, "bad_date");
    }
    SUBCASE("an oversize body") {
        const auto big = nlohmann::json{
            {"person", std::string(100 * 1024, 'x')}, {"id", 1}, {"action", "check_in"}};
        expect(marco.post(attendance, big), 413, "body_too_large");
    }
    SUBCASE("a non-image upload") {
        expect(marco.request(bhttp::verb::put, "/api/children/1/photo", "<html>hallo</html>",
                             "image/jpeg"),
               422, "not_an_image");
        expect(marco.request(bhttp::verb::put, "/api/children/1/photo", "\xFF\xD8\xFF\xE0 broken",
                             "image/jpeg"),
               422, "image_broken");
        expect(marco.request(bhttp::verb::put, "/api/children/1/photo", "GIF89a", "image/gif"), 415,
               "unsupported_media_type");
    }
    SUBCASE("a decompression bomb") {
        expect(marco.request(bhttp::verb::put, "/api/children/1/photo", png_bomb(), "image/png"),
               413, "image_too_large");
    }
    SUBCASE("unknown routes and methods") {
        expect(marco.get("/api/nope"), 404, "not_found");
        expect(marco.request(bhttp::verb::delete_, attendance), 405, "method_not_allowed");
    }
    CHECK(planner.revision() == before);
    CHECK(marco.get("/api/groups/zonnebloem/board").body() == board_before);
    CHECK(json_of(planner.client().get("/healthz"))["status"] == "ok");
}

TEST_CASE("an uploaded photo is upright, scaled, and keeps no EXIF or GPS") {
    RunningPlanner planner;
    const auto jpeg = jpeg_with_exif();
    REQUIRE(images::exif_orientation(jpeg) == 6);
    auto marco = planner.logged_in("marco");
    const auto before = planner.revision();
    const auto res = marco.request(bhttp::verb::put, "/api/children/1/photo", jpeg, "image/jpeg");
    REQUIRE(res.result_int() == 200);
    const auto body = json_of(res);
    CHECK(body["width"] == 20); // turned upright: 40x20 becomes 20x40
    CHECK(body["height"] == 40);
    CHECK(body["revision"] == before + 1);
    const std::string hash = body["photo"];
    const auto stored = slurp(planner.dir / "media" / hash);
    CHECK(stored.find("Exif") == std::string::npos);
    CHECK(stored.find("GPS") == std::string::npos);
    int w = 0, h = 0, n = 0;
    CHECK(stbi_info_from_memory(reinterpret_cast<const stbi_uc*>(stored.data()),
                                static_cast<int>(stored.size()), &w, &h, &n));
    CHECK(w == 20);
    const auto board = json_of(marco.get("/api/groups/zonnebloem/board"));
    for (const auto& child : board["present"]["children"])
        if (child["id"] == "c1") CHECK(child["photo"] == hash);
}

TEST_CASE(
    "a phone photo of several MB is accepted, turned upright, scaled, and keeps no EXIF or GPS") {
    RunningPlanner planner;
    const auto jpeg = make_phone_jpeg(4000, 3000, 6, true);
    REQUIRE(jpeg.size() > 3 * 1024 * 1024);
    REQUIRE(jpeg.find(gps_latitude_bytes_big_endian()) != std::string::npos);
    auto marco = planner.logged_in("marco");
    const auto res = marco.request(bhttp::verb::put, "/api/children/2/photo", jpeg, "image/jpeg");
    REQUIRE(res.result_int() == 200);
    const auto body = json_of(res);
    CHECK(body["width"] ==
          768); // stored 4000 x 3000 turned right: 3000 x 4000, scaled to 1024 high
    CHECK(body["height"] == 1024);
    const auto stored = slurp(planner.dir / "media" / body["photo"].get<std::string>());
    CHECK(stored.find("Exif") == std::string::npos);
    CHECK(stored.find(gps_latitude_bytes_big_endian()) == std::string::npos);
    const auto markers = jpeg_markers(stored);
    CHECK(std::find(markers.begin(), markers.end(), 0xE1u) ==
          markers.end()); // no APP1 segment at all
}

TEST_CASE(
    "a JPEG whose EXIF points 4 GiB away is refused; the planner answers; the photo is unchanged") {
    RunningPlanner planner;
    auto marco = planner.logged_in("marco");
    const auto photo_of_child_1 = [&] {
        const auto board = json_of(marco.get("/api/groups/zonnebloem/board"));
        for (const auto& child : board["present"]["children"])
            if (child["id"] == "c1") return child["photo"];
        return nlohmann::json();
    };
    const auto before = photo_of_child_1();
    const auto damaged = make_jpeg_with_ifd_offset(0xFFFFFFFF);
    const auto res =
        marco.request(bhttp::verb::put, "/api/children/1/photo", damaged, "image/jpeg");
    CHECK(res.result_int() == 422);
    CHECK(json_of(res)["error"] == "image_broken");
    CHECK(json_of(res)["message"] == "De gegevens in deze foto (EXIF) zijn beschadigd.");
    CHECK(planner.client().get("/healthz").result_int() == 200);
    CHECK(photo_of_child_1() == before);
}
