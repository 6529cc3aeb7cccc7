// The real dagritme-display as an administrator meets it: exit codes and messages for a bad
// board, config or command line, a missing font, and a board file that changes while it runs.
#include "display_run.hpp"
#include "temp_dir.hpp"
#include "test_support.hpp"

using namespace dagritme;
using test::Png;
using test::run_display;
namespace fs = std::filesystem;

namespace {
const std::string zonnebloem = test::data_path("board-zonnebloem.json");
} // namespace

TEST_CASE("a character that no font has: the board still shows, and the log says what to install") {
    test::TempDir dir;
    std::string text = test::read_text(zonnebloem);
    const auto at = text.find("\"Daan\"");
    REQUIRE(at != std::string::npos);
    text.replace(at, 6, "\"Daan \u0378\""); // U+0378 is not assigned
    const auto out = dir / "missing.png";
    const auto run = run_display({"--board", dir.write("board.json", text).string(), "--now",
                                  "10:15", "--screenshot", out, "--size", "1280x720"},
                                 dir);
    REQUIRE_MESSAGE(run.exit_code == 0, run.output);
    CHECK_MESSAGE(run.output.find("a text on the board has 1 character(s) that no installed font "
                                  "shows; install fonts-noto-core, fonts-noto-cjk and "
                                  "fonts-noto-color-emoji") != std::string::npos,
                  run.output);
    CHECK(run.output.find("Daan") == std::string::npos); // no names in the log
    CHECK(Png(out).width() == 1280);
}

TEST_CASE("a bad board at start: a clear message and exit code 2") {
    test::TempDir dir;
    const auto run = run_display(
        {"--board", test::data_path("bad/bad-time.json"), "--screenshot", dir / "x.png"}, dir);
    CHECK(run.exit_code == 2);
    CHECK(run.output.find(
              "is not a valid board: blocks[2].start: expected \"HH:MM\", got \"25:00\"") !=
          std::string::npos);
    CHECK_FALSE(fs::exists(dir / "x.png"));

    const auto missing = run_display({"--board", (dir / "nothing.json").string()}, dir);
    CHECK(missing.exit_code == 2);
    CHECK(missing.output.find("cannot read") != std::string::npos);
}

TEST_CASE("a bad config or command line: a clear message and exit code 2") {
    test::TempDir dir;
    const auto config = dir.write("display.toml", "[screen]\norientation = 90\n");
    const auto run = run_display({"--config", config.string(), "--board", zonnebloem}, dir);
    CHECK(run.exit_code == 2);
    CHECK(
        run.output.find(config.string() + ":2:15: screen.orientation: expected a string, got 90") !=
        std::string::npos);
    CHECK(run_display({"--now", "noon"}, dir).exit_code == 2);
}

TEST_CASE("no usable font: a clear error instead of a board without text") {
    test::TempDir dir;
    const auto config = dir.write("display.toml", "[fonts]\nregular = \"/nonexistent/Sans.ttf\"\n");
    const auto run = run_display(
        {"--config", config.string(), "--board", zonnebloem, "--screenshot", dir / "x.png"}, dir);
    CHECK(run.exit_code == 1);
    CHECK(run.output.find("no usable regular font; tried: /nonexistent/Sans.ttf (check [fonts] in "
                          "display.toml)") != std::string::npos);
    CHECK_FALSE(fs::exists(dir / "x.png"));
}

TEST_CASE("in a window: the board file is read again when it changes; a bad one keeps the last "
          "good board") {
    test::TempDir dir;
    const std::string text = test::read_text(zonnebloem);
    const auto board_file = dir.write("board.json", text);
    test::LiveDisplay display(
        {"--windowed", "1280x720", "--board", board_file.string(), "--now", "10:15"});
    REQUIRE_MESSAGE(display.wait_for("first complete frame"), display.output());

    std::string next = text;
    const auto at = next.find("\"revision\": ") + 12;
    next.replace(at, next.find(',', at) - at, "777");
    fs::rename(dir.write("board.new", next), board_file);
    CHECK_MESSAGE(display.wait_for("revision 777"), display.output());

    fs::rename(dir.write("board.new", "{\"schema\": 3}"), board_file);
    CHECK_MESSAGE(display.wait_for("schema: unknown schema 3 (this display reads 1 and 2); keeping "
                                   "the last good board"),
                  display.output());

    CHECK(display.stop() == 0); // SIGTERM: a clean stop
    CHECK(display.output().find("stopping") != std::string::npos);
}
