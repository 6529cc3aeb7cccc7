// display.toml and the command line: the shipped config loads; every mistake is reported
// with its place in the file.
#include "config/display_config.hpp"
#include "config/options.hpp"
#include "temp_dir.hpp"

#include <doctest/doctest.h>

using namespace dagritme;
namespace fs = std::filesystem;

namespace {
std::string config_error(const test::TempDir& dir, const std::string& toml) {
    const auto file = dir.write("display.toml", toml);
    try {
        app::load_config(file, dir.path());
    } catch (const config::ConfigError& e) {
        const std::string what = e.what();
        return what.substr(file.string().size()); // drop the path: ":line:column: ..."
    }
    return "no error";
}
} // namespace

TEST_CASE("the shipped display.toml loads and resolves its folders against the data dir") {
    const fs::path data(DAGRITME_DATA_DIR);
    const auto c = app::load_config(data / "config/display.toml", data);
    CHECK(c.orientation == app::Orientation::automatic);
    CHECK(c.hours.on.minutes == 7 * 60);
    CHECK(c.burn_in_shift);
    REQUIRE(c.image_dirs.size() == 2);
    CHECK(c.image_dirs[0] == (data / "assets/pictograms").lexically_normal());
    CHECK(c.media_dir == (data / "var/display/media").lexically_normal());
}

TEST_CASE("config values") {
    test::TempDir dir;
    const auto file =
        dir.write("display.toml", "data_dir = \"/srv/dagritme\"\n"
                                  "[screen]\nname = \"Groep 2\"\norientation = \"portrait\"\n"
                                  "screen_on = \"06:45\"\nscreen_off = \"19:00\"\n"
                                  "[media]\nimage_dirs = [\"eigen\", \"/opt/sclera\"]\n");
    const auto c = app::load_config(file, "/unused");
    CHECK(c.screen_name == "Groep 2");
    CHECK(c.orientation == app::Orientation::portrait);
    CHECK(c.hours.off.minutes == 19 * 60);
    CHECK(c.image_dirs == std::vector<fs::path>{"/srv/dagritme/eigen", "/opt/sclera"});
}

TEST_CASE("config mistakes name the place and the key") {
    test::TempDir dir;
    CHECK(config_error(dir, "[screen]\nnmae = \"x\"\n") ==
          ":2:1: screen.nmae: unknown key (known here: burn_in_shift, name, orientation, "
          "screen_off, screen_on)");
    CHECK(config_error(dir, "[screen]\nburn_in_shift = \"yes\"\n") ==
          ":2:17: screen.burn_in_shift: expected true or false, got \"yes\"");
    CHECK(config_error(dir, "[screen]\nscreen_on = \"7:00\"\n") ==
          ":2:13: screen.screen_on: expected a time \"HH:MM\" from 00:00 to 23:59, got \"7:00\"");
    CHECK(config_error(dir, "[screen]\nscreen_off = \"24:00\"\n") ==
          ":2:14: screen.screen_off: expected a time \"HH:MM\" from 00:00 to 23:59, got "
          "\"24:00\"");
    CHECK(config_error(dir, "[screen]\nscreen_on = \"19:00\"\n") ==
          ":2:13: screen.screen_on: screen_off must be after screen_on");
    CHECK(config_error(dir, "[screen]\norientation = \"sideways\"\n") ==
          ":2:15: screen.orientation: expected \"auto\", \"landscape\" or \"portrait\", got "
          "\"sideways\"");
    CHECK(config_error(dir, "[media]\nimage_dirs = \"assets\"\n") ==
          ":2:14: media.image_dirs: expected an array, got \"assets\"");
    CHECK(config_error(dir, "[media]\nimage_dirs = [\"a\", 3]\n") ==
          ":2:20: media.image_dirs: expected a list of strings, got 3");
    CHECK(config_error(dir, "[screen\nname = 1\n").rfind(":1:", 0) == 0);
    CHECK(config_error(dir, "screen = 3\n") == ":1:10: screen: expected a table, got 3");
    CHECK(config_error(dir, "scren = 3\n") ==
          ":1:1: scren: unknown key (known here: data_dir, fonts, media, planner, screen)");
    const auto missing = dir / "nothing-here.toml";
    CHECK_THROWS_AS(app::load_config(missing, dir.path()), config::ConfigError);
}

TEST_CASE("command line") {
    const auto o = app::parse_options(
        {"--board", "b.json", "--now", "10:15", "--screenshot", "x.png", "--size", "1080x1920"});
    CHECK(o.board == "b.json");
    CHECK(o.now_seconds == 10 * 3600 + 15 * 60);
    REQUIRE(o.size.has_value());
    CHECK(o.size->width == 1080);
    CHECK(app::parse_options({"--windowed", "1280x720"}).windowed->height == 720);
    CHECK_FALSE(o.today.has_value()); // the board's own date
    CHECK(app::parse_options({"--now", "10:15", "--today", "2026-12-07"}).today ==
          Date{2026, 12, 7});

    auto error = [](std::vector<std::string> args) {
        try {
            app::parse_options(args);
        } catch (const app::UsageError& e) {
            return std::string(e.what());
        }
        return std::string("no error");
    };
    CHECK(error({"--now", "25:00"}) == "--now expects HH:MM, got \"25:00\"");
    for (const char* bad : {"2026-02-30", "2026-13-01", "7-12-2026", "morgen", ""})
        CHECK(error({"--today", bad}) ==
              "--today expects a date YYYY-MM-DD, got \"" + std::string(bad) + "\"");
    CHECK(error({"--today"}) == "--today needs a value");
    CHECK(error({"--size", "big", "--screenshot", "x.png"}) ==
          "--size expects WIDTHxHEIGHT between 320x240 and 7680x4320, got \"big\"");
    CHECK(error({"--board"}) == "--board needs a value");
    CHECK(error({"--fullscreen"}) == "unknown option --fullscreen");
    CHECK(error({"--size", "800x600"}) == "--size goes with --screenshot");
}

TEST_CASE("the planner's address and its certificate authority") {
    const auto plain = app::parse_options({"--planner", "192.168.1.10:8080"}).planner;
    REQUIRE(plain);
    CHECK(plain->host == "192.168.1.10");
    CHECK(plain->port == 8080);
    CHECK_FALSE(plain->tls);
    const auto tls =
        app::parse_options({"--planner", "https://planner.zonnebloem.lan:8443"}).planner;
    REQUIRE(tls);
    CHECK(tls->host == "planner.zonnebloem.lan");
    CHECK(tls->port == 8443);
    CHECK(tls->tls);
    for (const std::string bad :
         {"planner", "https://:8443", "https://planner:0", "planner:80x", "ftp://planner:21"}) {
        CAPTURE(bad);
        CHECK_THROWS_WITH_AS(app::parse_options({"--planner", bad}),
                             ("--planner expects [https://]HOST:PORT, got \"" + bad + "\"").c_str(),
                             app::UsageError);
    }

    test::TempDir dir;
    CHECK(config_error(dir, "[planner]\nca_file = \"nergens.crt\"\n") ==
          ":2:11: planner.ca_file: no such file: " + (dir / "nergens.crt").string());
    CHECK(config_error(dir, "[planner]\nca = \"x\"\n") ==
          ":2:1: planner.ca: unknown key (known here: ca_file)");
    dir.write("ca.crt", "-----BEGIN CERTIFICATE-----\n");
    const auto c = app::load_config(dir.write("display.toml", "[planner]\nca_file = \"ca.crt\"\n"),
                                    dir.path());
    CHECK(c.planner_ca_file == dir / "ca.crt");
}
