// Bad input through the real API in this process: every refusal has its exact error and
// message, and writes nothing (the board, its revision and the media folder stay as they were).
#include "api_fixture.hpp"

using namespace dagritme;
using namespace dagritme::test;

namespace {

// A PNG that claims 8000 x 8000 pixels (64 megapixels, 192 MB decoded) in a few bytes.
std::string png_bomb() {
    std::string png("\x89PNG\r\n\x1A\n", 8);
    png += std::string("\0\0\0\x0D", 4) + "IHDR" +
           std::string("\0\0\x1F\x40\0\0\x1F\x40\x08\x02\0\0\0", 13) + "CRC!";
    png += std::string("\0\0\0\0", 4) + "IDAT" + "CRC!";
    return png;
}

const std::string attendance = "/api/groups/zonnebloem/attendance";
const std::string changes = "/api/groups/zonnebloem/days/2026-12-01/changes";
const std::string activities = "/api/groups/zonnebloem/days/2026-12-01/activities";

nlohmann::json activity(nlohmann::json staff, nlohmann::json children) {
    return {{"start", "10:00"},          {"end", "11:00"},
            {"label", "Buiten"},         {"pictogram", "buiten-spelen"},
            {"staff", std::move(staff)}, {"children", std::move(children)}};
}

} // namespace

TEST_CASE("bad input gets its exact error and message and changes nothing") {
    ApiPlanner planner;
    auto marco = logged_in(planner, "marco");
    const auto before = planner.revision();
    const auto board_before = board_of(marco);
    const auto media_files = files_in(planner.media_dir());

    auto expect = [&](const web::Response& res, int status, const std::string& code,
                      const std::string& message) {
        CHECK(res.result_int() == status);
        CHECK(body_of(res) == nlohmann::json{{"error", code}, {"message", message}});
    };

    SUBCASE("wrong content type") {
        expect(marco.request(api_http::verb::post, attendance, "person=child",
                             "application/x-www-form-urlencoded"),
               415, "unsupported_media_type", "Verwacht Content-Type application/json.");
    }
    SUBCASE("bad JSON") {
        expect(marco.request(api_http::verb::post, attendance, "{\"person\": \"child\",",
                             "application/json"),
               400, "bad_json", "De aanvraag is geen geldige JSON.");
        expect(marco.request(api_http::verb::post, attendance, "[1, 2]"), 400, "bad_json",
               "Verwacht een JSON-object.");
        expect(marco.request(api_http::verb::post, attendance, "{\"person\": \"\xFF\xFE\"}"), 400,
               "bad_json", "De aanvraag is geen geldige JSON.");
    }
    SUBCASE("wrong field types, missing and unknown fields") {
        expect(marco.post(attendance, {{"person", "child"}, {"id", "8"}, {"action", "check_in"}}),
               400, "bad_field", "id: verwacht een geheel getal");
        expect(marco.post(attendance, {{"person", "child"}, {"action", "check_in"}}), 400,
               "bad_field", "id: ontbreekt");
        expect(marco.post(attendance,
                          {{"person", "child"}, {"id", 8}, {"action", "check_in"}, {"extra", 1}}),
               400, "bad_field", "extra: onbekend veld");
        expect(marco.post(attendance, {{"person", "cat"}, {"id", 8}, {"action", "check_in"}}), 400,
               "bad_field", "person: verwacht \"child\" of \"staff\"");
        expect(marco.post(attendance, {{"person", "child"}, {"id", 8.5}, {"action", "check_in"}}),
               400, "bad_field", "id: verwacht een geheel getal");
        expect(marco.post(attendance, {{"person", "child"}, {"id", 8}, {"action", "sleep"}}), 400,
               "bad_field", "action: verwacht \"check_in\" of \"check_out\"");
    }
    SUBCASE("unknown ids") {
        expect(marco.post(attendance, {{"person", "child"}, {"id", 999}, {"action", "check_in"}}),
               404, "unknown_child", "Niemand met id 999 in deze groep.");
        expect(marco.post("/api/groups/regenboog/attendance",
                          {{"person", "child"}, {"id", 1}, {"action", "check_in"}}),
               404, "unknown_group", "Onbekende groep: regenboog.");
        expect(marco.post(changes, {{"op", "remove"}, {"target", "b99"}}), 404, "unknown_block",
               "Op deze dag is er geen blok 'b99'.");
        expect(marco.put(activities, {{"activities", {activity({1}, {1, 77})}}}), 404,
               "unknown_person", "children: niemand met id 77 in deze groep.");
        expect(marco.put(activities, {{"activities", {activity({1, 99}, {1})}}}), 404,
               "unknown_person", "staff: niemand met id 99 in deze groep.");
        expect(
            marco.post(
                changes,
                {{"op", "relabel"}, {"target", "b1"}, {"label", "X"}, {"pictogram", "onbekend"}}),
            400, "unknown_pictogram", "Onbekend pictogram: onbekend.");
    }
    SUBCASE("impossible plans and dates") {
        expect(marco.post(changes,
                          {{"op", "move"}, {"target", "b3"}, {"start", "08:45"}, {"end", "09:30"}}),
               422, "invalid_plan",
               "Blok 3 (Vrij spelen) begint om 08:45, voordat het vorige blok (Kring) om 09:00 "
               "eindigt.");
        expect(marco.post(changes, {{"op", "add"},
                                    {"start", "09:00"},
                                    {"end", "08:00"},
                                    {"kind", "eat"},
                                    {"pictogram", "badje"},
                                    {"label", "In bad"}}),
               422, "invalid_plan",
               "Blok 4 (In bad) eindigt om 08:00, niet na het begin om 09:00.");
        expect(marco.post(changes, {{"op", "add"},
                                    {"start", "25:00"},
                                    {"end", "26:00"},
                                    {"kind", "eat"},
                                    {"pictogram", "eten"},
                                    {"label", "X"}}),
               400, "bad_field", "start: verwacht een tijd UU:MM van 00:00 tot 23:59");
        expect(marco.post("/api/groups/zonnebloem/days/2026-02-30/changes",
                          {{"op", "remove"}, {"target", "b1"}}),
               400, "bad_date", "Verwacht een datum JJJJ-MM-DD, kreeg \"2026-02-30\".");
        auto late = activity({1}, {1});
        late["end"] = "09:00";
        expect(marco.put(activities, {{"activities", {late}}}), 400, "bad_field",
               "activities[0].end: moet na de begintijd liggen");
        expect(marco.put(activities,
                         {{"activities", nlohmann::json::array()}, {"date", "2026-12-01"}}),
               400, "bad_field", "date: onbekend veld");
        nlohmann::json many = nlohmann::json::array();
        for (int i = 0; i < 51; ++i)
            many.push_back(activity({1}, {1}));
        expect(marco.put(activities, {{"activities", many}}), 400, "bad_field",
               "activities: hoogstens 50 activiteiten per dag");
    }
    SUBCASE("an oversize body") {
        const auto big = nlohmann::json{
            {"person", std::string(100 * 1024, 'x')}, {"id", 1}, {"action", "check_in"}};
        expect(marco.post(attendance, big), 413, "body_too_large", "De aanvraag is te groot.");
    }
    SUBCASE("a non-image upload") {
        expect(marco.request(api_http::verb::put, "/api/children/1/photo", "<html>hallo</html>",
                             "image/jpeg"),
               422, "not_an_image", "Dit bestand is geen foto (alleen JPEG of PNG).");
        expect(marco.request(api_http::verb::put, "/api/children/1/photo",
                             "\xFF\xD8\xFF\xE0 broken", "image/jpeg"),
               422, "image_broken", "Deze foto is beschadigd en kan niet worden gelezen.");
        expect(marco.request(api_http::verb::put, "/api/children/1/photo", "GIF89a", "image/gif"),
               415, "unsupported_media_type", "Verwacht een foto als image/jpeg of image/png.");
        expect(marco.request(api_http::verb::put, "/api/children/99/photo", "GIF89a", "image/jpeg"),
               404, "unknown_child", "Niemand met id 99.");
    }
    SUBCASE("a decompression bomb") {
        expect(marco.request(api_http::verb::put, "/api/children/1/photo", png_bomb(), "image/png"),
               413, "image_too_large", "Deze foto is te groot (meer dan 24 megapixel).");
    }
    SUBCASE("ids out of range") {
        auto fatima = logged_in(planner, "fatima");
        expect(fatima.put("/api/children/18446744073709551615/photo-consent", {{"consent", true}}),
               400, "bad_id", "Ongeldig id: 18446744073709551615.");
        expect(marco.post(
                   attendance,
                   {{"person", "child"}, {"id", 18446744073709551615ULL}, {"action", "check_in"}}),
               400, "bad_field", "id: getal te groot");
    }
    SUBCASE("unknown routes and methods") {
        expect(marco.get("/api/nope"), 404, "not_found",
               "Deze pagina of dit onderdeel bestaat niet.");
        expect(marco.request(api_http::verb::delete_, attendance), 405, "method_not_allowed",
               "Deze methode kan hier niet.");
    }
    CHECK(planner.revision() == before);
    CHECK(board_of(marco) == board_before);
    CHECK(files_in(planner.media_dir()) == media_files);
    CHECK(planner.log.empty());
}

TEST_CASE("media types are compared without case and parameters") {
    ApiPlanner planner;
    auto marco = logged_in(planner, "marco");
    const auto res = marco.request(api_http::verb::post, attendance,
                                   R"({"person":"child","id":8,"action":"check_in"})",
                                   "Application/JSON; charset=UTF-8");
    CHECK(res.result_int() == 200);
    CHECK(has_entry(board_of(marco)["present"]["children"], "c8"));
}
