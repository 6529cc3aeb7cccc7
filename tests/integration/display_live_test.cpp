#include "server_fixture.hpp"
#include "x_server.hpp"

#include <nlohmann/json.hpp>
#include <stb_image.h>

#include <sys/stat.h>

#include <csignal>
#include <fstream>

using namespace dagritme;
using namespace dagritme::test;
using namespace std::chrono_literals;

namespace {

// The real dagritme-display, following the planner headless: it records every board it gets.
struct Display {
    TempDir dir;
    std::filesystem::path config =
        dir.write("display.toml", "[media]\nmedia_dir = \"" + (dir / "media").string() +
                                      "\"\ncache_dir = \"" + (dir / "cache").string() +
                                      "\"\nimage_dirs = []\n");
    std::unique_ptr<PlannerProcess> process;

    void start(unsigned short port) {
        process = std::make_unique<PlannerProcess>(
            std::vector<std::string>{
                "--config", config.string(), "--planner", "127.0.0.1:" + std::to_string(port),
                "--state", (dir / "state").string(), "--record", (dir / "boards.jsonl").string()},
            DAGRITME_DISPLAY_BIN);
    }

    std::vector<nlohmann::json> boards() const {
        std::vector<nlohmann::json> out;
        std::ifstream in(dir / "boards.jsonl");
        for (std::string line; std::getline(in, line);)
            if (!line.empty()) out.push_back(nlohmann::json::parse(line));
        return out;
    }

    // Waits for a recorded board with at least `revision`.
    std::optional<nlohmann::json> wait_revision(std::int64_t revision,
                                                std::chrono::seconds timeout = 20s) const {
        const auto until = std::chrono::steady_clock::now() + timeout;
        do {
            for (const auto& b : boards())
                if (b["revision"].get<std::int64_t>() >= revision) return b;
            std::this_thread::sleep_for(20ms);
        } while (std::chrono::steady_clock::now() < until);
        return std::nullopt;
    }
};

// Starts the display and pairs it through the command line with the code it announces.
void pair(RunningPlanner& planner, Display& display) {
    display.start(planner.port);
    const auto line = display.process->wait_line("showing code ", 20s);
    REQUIRE(line);
    const auto code = line->substr(line->find("showing code ") + 13, 6);
    REQUIRE(planner.cli_ok({"screen", "pair", code, "--group", "zonnebloem", "--name",
                            "Groepsruimte", "--config", planner.config.string()}));
}

mode_t mode_of(const std::filesystem::path& path) {
    struct stat info {};
    REQUIRE_MESSAGE(::stat(path.c_str(), &info) == 0, path);
    return info.st_mode & 0777;
}

std::size_t count_lines(const std::string& output, const std::string& text) {
    std::size_t n = 0;
    for (auto at = output.find(text); at != std::string::npos;
         at = output.find(text, at + text.size()))
        ++n;
    return n;
}

// Waits until the windowed display logs that it drew `revision` or a later one (the planner may
// fold two quick changes into one board).
bool wait_drawn(PlannerProcess& display, std::int64_t revision,
                std::chrono::seconds timeout = 30s) {
    const std::string marker = "drew revision ";
    const auto until = std::chrono::steady_clock::now() + timeout;
    do {
        const auto output = display.output();
        for (auto at = output.find(marker); at != std::string::npos;
             at = output.find(marker, at + 1))
            if (std::stoll(output.substr(at + marker.size())) >= revision) return true;
        std::this_thread::sleep_for(20ms);
    } while (std::chrono::steady_clock::now() < until);
    return false;
}

bool has_board_child(const nlohmann::json& board, const std::string& id) {
    for (const auto& c : board["present"]["children"])
        if (c["id"] == id) return true;
    return false;
}

} // namespace

TEST_CASE("the display binary follows the planner: a check-in arrives; it survives the planner and "
          "a restart") {
    RunningPlanner planner;
    Display display;
    pair(planner, display);
    const auto first = display.wait_revision(0);
    REQUIRE(first);
    const std::int64_t revision = (*first)["revision"];
    CHECK_FALSE(has_board_child(*first, "c8"));

    auto marco = planner.logged_in("marco");
    REQUIRE(marco
                .post("/api/groups/zonnebloem/attendance",
                      {{"person", "child"}, {"id", 8}, {"action", "check_in"}})
                .result_int() == 200);
    const auto checked_in = display.wait_revision(revision + 1);
    REQUIRE(checked_in);
    CHECK(has_board_child(*checked_in, "c8"));

    // The planner dies; the display lives on, and its cached board survives a restart.
    planner.process->kill_hard();
    display.process->signal(SIGTERM);
    CHECK(display.process->wait_exit() == 0);

    // What the display wrote is private to its user: the token opens the group's board and
    // photos; the board, the images and the record hold children's names and faces.
    const auto state = display.dir / "state";
    CHECK(mode_of(state) == 0700);
    CHECK(mode_of(state / "screen-token") == 0600);
    CHECK(mode_of(state / "board.json") == 0600);
    CHECK(mode_of(display.dir / "media") == 0700);
    for (const auto& image : std::filesystem::directory_iterator(display.dir / "media"))
        CHECK(mode_of(image.path()) == 0600);
    CHECK(mode_of(display.dir / "boards.jsonl") == 0600);
    std::filesystem::remove(display.dir / "boards.jsonl");
    display.start(planner.port);
    const auto cached = display.wait_revision(revision + 1, 10s);
    REQUIRE(cached); // from the disk cache: the planner is down
    CHECK(has_board_child(*cached, "c8"));
    REQUIRE(display.process->wait_line("planner unreachable", 20s));

    planner.start(); // the display reconnects by itself
    marco = planner.logged_in("marco");
    REQUIRE(marco
                .post("/api/groups/zonnebloem/attendance",
                      {{"person", "child"}, {"id", 8}, {"action", "check_out"}})
                .result_int() == 200);
    const auto after = display.wait_revision(revision + 2, 60s);
    REQUIRE(after);
    CHECK_FALSE(has_board_child(*after, "c8"));
}

TEST_CASE("a screenshot under Xvfb of the board from a live planner") {
    RunningPlanner planner;
    Display display;
    pair(planner, display);
    REQUIRE(display.wait_revision(0));
    display.process->signal(SIGTERM);
    display.process->wait_exit();

    const auto png = display.dir / "live.png";
    const XServer screen;
    // Mesa's software GL leaks at exit in a module it already unloaded: no leak check for this
    // process.
    const auto command = screen.command(
        {DAGRITME_DISPLAY_BIN, "--config", display.config.string(), "--planner",
         "127.0.0.1:" + std::to_string(planner.port), "--state", (display.dir / "state").string(),
         "--now", "10:15", "--screenshot", png.string(), "--size", "1280x720"},
        {"ASAN_OPTIONS=detect_leaks=0"});
    PlannerProcess shot({command.begin() + 1, command.end()}, command.front());
    REQUIRE_MESSAGE(shot.wait_exit() == 0, shot.output());
    int w = 0, h = 0, n = 0;
    std::unique_ptr<stbi_uc, void (*)(void*)> pixels(stbi_load(png.c_str(), &w, &h, &n, 3),
                                                     stbi_image_free);
    REQUIRE(pixels);
    CHECK(w == 1280);
    CHECK(h == 720);
    // At 10:15 the "Nu" card (warm yellow, 255 243 208) holds "Fruit eten en drinken".
    int now_fill = 0;
    for (int i = 0; i < w * h; ++i) {
        const auto* p = pixels.get() + i * 3;
        if (p[0] == 255 && p[1] == 243 && p[2] == 208) ++now_fill;
    }
    CHECK(now_fill > w * h / 50);
}

TEST_CASE("with a full disk, new boards still reach the screen, said once, without reconnecting") {
    RunningPlanner planner;
    Display display;
    const XServer screen;
    // A file size limit for the display: every write past 1 KiB fails (EFBIG) as on a full disk
    // (ENOSPC). The token fits; the board and the images do not. SIGXFSZ is ignored, as the
    // display inherits it, so a write fails instead of killing it.
    const auto previous = std::signal(SIGXFSZ, SIG_IGN);
    const auto command = screen.command(
        {"/usr/bin/prlimit", "--fsize=1024", DAGRITME_DISPLAY_BIN, "--windowed", "1280x720",
         "--now", "10:15", "--config", display.config.string(), "--planner",
         "127.0.0.1:" + std::to_string(planner.port), "--state", (display.dir / "state").string()},
        {"ASAN_OPTIONS=detect_leaks=0"}); // Mesa, as above
    display.process = std::make_unique<PlannerProcess>(
        std::vector<std::string>{command.begin() + 1, command.end()}, command.front());
    std::signal(SIGXFSZ, previous);
    auto& process = *display.process;
    const auto announced = process.wait_line("showing code ", 30s);
    REQUIRE_MESSAGE(announced, process.output());
    const auto code = announced->substr(announced->find("showing code ") + 13, 6);
    REQUIRE(planner.cli_ok({"screen", "pair", code, "--group", "zonnebloem", "--name",
                            "Groepsruimte", "--config", planner.config.string()}));
    const auto first = process.wait_line("drew revision ", 30s);
    REQUIRE_MESSAGE(first, process.output());

    // Two changes: each reaches the screen, though nothing can be written.
    auto marco = planner.logged_in("marco");
    for (const auto* action : {"check_in", "check_out"}) {
        const auto res = marco.post("/api/groups/zonnebloem/attendance",
                                    {{"person", "child"}, {"id", 8}, {"action", action}});
        REQUIRE(res.result_int() == 200);
        const std::int64_t revision = json_of(res)["revision"];
        CHECK_MESSAGE(wait_drawn(process, revision), process.output());
    }
    process.signal(SIGTERM);
    CHECK(process.wait_exit() == 0);

    const auto output = process.output();
    CAPTURE(output);
    CHECK(count_lines(output, "cannot keep the board on disk: ") == 1);
    CHECK(count_lines(output, ": File too large;") >= 1);
    CHECK(count_lines(output, "planner unreachable") == 0); // the link never dropped the connection
    CHECK(count_lines(output, "closed the connection") == 0);
    const auto state = display.dir / "state";
    CHECK(mode_of(state / "screen-token") == 0600);
    CHECK_FALSE(std::filesystem::exists(state / "board.json")); // it never fitted
    for (const auto& entry : std::filesystem::directory_iterator(state))
        CHECK(entry.path().extension() != ".tmp");
}
