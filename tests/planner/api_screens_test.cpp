// Wall screens through the real API in this process: pairing, what a screen token may read,
// revoking, and the media a screen fetches.
#include "api_fixture.hpp"

using namespace dagritme;
using namespace dagritme::test;

namespace {

web::Response as_screen(const ApiClient& client, const std::string& target,
                        const std::string& token) {
    return client.request(api_http::verb::get, target, "", "", false, "Bearer " + token);
}

// Pairs a new screen the way a display and an administrator do; returns its token.
std::string pair_screen(ApiPlanner& planner, const std::string& name = "Gang") {
    ApiClient display{planner, "192.168.1.50"};
    const auto request = body_of(display.request(api_http::verb::post, "/screen/pairing"));
    const auto ilse = logged_in(planner, "ilse");
    REQUIRE(ilse.post("/api/screens/pair",
                      {{"code", request["code"]}, {"group", "zonnebloem"}, {"name", name}})
                .result_int() == 201);
    const auto status =
        body_of(display.post("/screen/pairing/status", {{"secret", request["secret"]}}));
    REQUIRE(status["status"] == "paired");
    return status["token"];
}

} // namespace

TEST_CASE("pairing a screen through the API, and revoking it") {
    ApiPlanner planner;
    ApiClient display{planner, "192.168.1.50"};
    const auto requested = display.request(api_http::verb::post, "/screen/pairing");
    REQUIRE(requested.result_int() == 201);
    const auto request = body_of(requested);
    CHECK(request["code"].get<std::string>().size() == 6);
    CHECK(body_of(display.post("/screen/pairing/status", {{"secret", request["secret"]}})) ==
          nlohmann::json{{"status", "waiting"}});
    const auto unknown = display.post("/screen/pairing/status", {{"secret", std::string(64, 'f')}});
    CHECK(unknown.result_int() == 404);
    CHECK(body_of(unknown) ==
          nlohmann::json{{"error", "unknown_pairing"},
                         {"message", "Deze koppelcode is onbekend of verlopen."}});

    auto ilse = logged_in(planner, "ilse");
    SUBCASE("a wrong code or group pairs nothing") {
        const auto wrong_group =
            ilse.post("/api/screens/pair",
                      {{"code", request["code"]}, {"group", "regenboog"}, {"name", "Hal"}});
        CHECK(wrong_group.result_int() == 404);
        CHECK(body_of(wrong_group) == nlohmann::json{{"error", "unknown_group"},
                                                     {"message", "Onbekende groep: regenboog."}});
        const std::string other = request["code"] == "000000" ? "000001" : "000000";
        const auto wrong_code = ilse.post(
            "/api/screens/pair", {{"code", other}, {"group", "zonnebloem"}, {"name", "Hal"}});
        CHECK(wrong_code.result_int() == 404);
        CHECK(body_of(wrong_code)["error"] == "unknown_code");
        CHECK(body_of(ilse.get("/api/screens"))["screens"].empty());
        CHECK(body_of(display.post("/screen/pairing/status", {{"secret", request["secret"]}})) ==
              nlohmann::json{{"status", "waiting"}});
    }
    SUBCASE("paired: the token is handed out once and reads the board, nothing else") {
        const auto paired =
            ilse.post("/api/screens/pair",
                      {{"code", request["code"]}, {"group", "zonnebloem"}, {"name", "Hal"}});
        REQUIRE(paired.result_int() == 201);
        CHECK(body_of(paired)["name"] == "Hal");
        const auto status =
            body_of(display.post("/screen/pairing/status", {{"secret", request["secret"]}}));
        REQUIRE(status["status"] == "paired");
        CHECK(status["group"] == "zonnebloem");
        CHECK(status["name"] == "Hal");
        const std::string token = status["token"];
        CHECK(
            display.post("/screen/pairing/status", {{"secret", request["secret"]}}).result_int() ==
            404);

        const auto board = as_screen(display, "/screen/board", token);
        CHECK(board.result_int() == 200);
        CHECK(body_of(board)["group"]["id"] == "zonnebloem");
        CHECK(body_of(board)["revision"] == planner.revision());
        CHECK(as_screen(display, "/api/groups", token).result_int() == 401);

        const auto screens = body_of(ilse.get("/api/screens"))["screens"];
        REQUIRE(screens.size() == 1);
        const auto id = std::to_string(screens[0]["id"].get<int>());
        CHECK(ilse.request(api_http::verb::delete_, "/api/screens/" + id).result_int() == 200);
        CHECK(body_of(ilse.get("/api/screens"))["screens"][0]["revoked"] == true);
        const auto refused = as_screen(display, "/screen/board", token);
        CHECK(refused.result_int() == 401);
        CHECK(body_of(refused)["error"] == "bad_screen_token");
        CHECK(refused[api_http::field::www_authenticate] == "Bearer");
        const auto again = ilse.request(api_http::verb::delete_, "/api/screens/" + id);
        CHECK(again.result_int() == 404);
        CHECK(body_of(again) ==
              nlohmann::json{{"error", "unknown_screen"},
                             {"message", "Geen actief scherm met id " + id + "."}});
    }
}

TEST_CASE("pairing requests are capped per address; a real display still gets a code") {
    ApiPlanner planner;
    ApiClient laptop{planner, "192.168.1.66"};
    std::vector<std::string> secrets;
    for (int i = 0; i < 25; ++i) {
        const auto res = laptop.request(api_http::verb::post, "/screen/pairing");
        REQUIRE(res.result_int() == 201);
        secrets.push_back(body_of(res)["secret"]);
    }
    // Only the newest two of the laptop's requests are still open.
    CHECK(laptop.post("/screen/pairing/status", {{"secret", secrets.front()}}).result_int() == 404);
    CHECK(body_of(laptop.post("/screen/pairing/status", {{"secret", secrets.back()}}))["status"] ==
          "waiting");
    CHECK(pair_screen(planner).size() == 64);
}

TEST_CASE("media: immutable, for screens and staff only") {
    ApiPlanner planner;
    const auto token = pair_screen(planner);
    ApiClient anonymous{planner};
    const auto board = body_of(as_screen(anonymous, "/screen/board", token));
    const std::string hash = board["blocks"][0]["pictogram"];
    const auto image = as_screen(anonymous, "/media/" + hash, token);
    REQUIRE(image.result_int() == 200);
    CHECK(image[api_http::field::content_type] == "image/png");
    CHECK(std::string(image[api_http::field::cache_control]).find("immutable") !=
          std::string::npos);
    CHECK(image.body() == slurp(planner.media_dir() / hash));
    CHECK(anonymous.get("/media/" + hash).result_int() == 401);
    CHECK(logged_in(planner, "marco").get("/media/" + hash).result_int() == 200);
    CHECK(as_screen(anonymous, "/media/" + std::string(64, 'a'), token).result_int() == 404);
    CHECK(as_screen(anonymous, "/media/../../etc/passwd", token).result_int() == 404);
}
