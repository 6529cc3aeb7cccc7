// The link's disk cache with real files: only good boards are kept and loaded, a failing disk
// is said once and leaves the last good board in place, and writes never leave a torn or
// temporary file behind.
#include "common/files.hpp"
#include "net/board_cache.hpp"
#include "net/board_message.hpp"
#include "temp_dir.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <fstream>
#include <iterator>

using namespace dagritme;
using namespace dagritme::test;

namespace {

// The log lines a cache wrote.
struct Lines {
    std::vector<std::string> lines;
    link::BoardCache::Log log() {
        return [this](const std::string& line) { lines.push_back(line); };
    }
};

std::string message_of(const std::string& document) {
    auto json = nlohmann::json::parse(document);
    json["type"] = "board";
    return json.dump();
}

// Read before any test runs, so without the test's REQUIRE.
const std::string good_document = [] {
    std::ifstream in(data_path("board-zonnebloem.json"), std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}();

mode_t mode_of(const std::filesystem::path& path) {
    struct stat info {};
    REQUIRE(::stat(path.c_str(), &info) == 0);
    return info.st_mode & 0777;
}

bool has_temporary_files(const std::filesystem::path& folder) {
    for (const auto& entry : std::filesystem::directory_iterator(folder))
        if (entry.path().extension() == ".tmp") return true;
    return false;
}

} // namespace

TEST_CASE("a good board is kept privately and loaded again; a refused one leaves it in place, also "
          "after a restart") {
    TempDir dir;
    Lines said;
    const auto accepted = link::accept_board_message(message_of(good_document));
    REQUIRE(accepted.accepted);
    {
        link::BoardCache cache(dir / "board.json", said.log());
        CHECK_FALSE(cache.load()); // nothing cached yet
        CHECK(cache.keep(accepted.accepted->document));
        CHECK(accepted.accepted->board.schema == 2);
        CHECK(mode_of(dir / "board.json") == 0600);
        CHECK_FALSE(has_temporary_files(dir.path()));

        // The planner sends a board the decoder refuses: there is nothing to keep.
        auto bad = nlohmann::json::parse(good_document);
        bad["blocks"][2]["start"] = "25:00";
        const auto refused = link::accept_board_message(message_of(bad.dump()));
        REQUIRE_FALSE(refused.accepted);
        CHECK(refused.problem == "blocks[2].start: expected \"HH:MM\", got \"25:00\"");
    }
    link::BoardCache restarted(dir / "board.json", said.log());
    const auto loaded = restarted.load();
    REQUIRE(loaded);
    CHECK(*loaded == accepted.accepted->document);
    // A schema 2 board keeps its coming days through the cache: the plan of tomorrow is there
    // after a night without the planner.
    const auto reloaded = board::decode_board(*loaded);
    REQUIRE(reloaded.ok());
    CHECK(reloaded.board().coming.size() == 5);
    CHECK(said.lines.empty());
}

TEST_CASE("a cached board that does not decode (written before this display checked) is not shown, "
          "and says why") {
    TempDir dir;
    const auto file = dir.write("board.json", R"({"schema": 3})");
    Lines said;
    link::BoardCache cache(file, said.log());
    CHECK_FALSE(cache.load());
    REQUIRE(said.lines.size() == 1);
    CHECK(said.lines[0] ==
          "the cached board " + file.string() +
              " is not valid (schema: unknown schema 3 (this display reads 1 and 2)); not shown");
}

TEST_CASE("a disk that refuses the cache is said once, keeps the last good board, and is noticed "
          "when it works again") {
    TempDir dir;
    Lines said;
    link::BoardCache cache(dir / "state" / "board.json", said.log());
    // The state "folder" is a file: every write in it fails, as on a full or broken disk.
    dir.write("state", "not a folder");
    CHECK_FALSE(cache.keep(good_document));
    CHECK_FALSE(cache.keep(good_document));
    CHECK_FALSE(cache.keep(good_document));
    REQUIRE(said.lines.size() == 1);
    CHECK(said.lines[0].starts_with("cannot keep the board on disk: cannot create " +
                                    (dir / "state" / "board.json.").string()));
    CHECK(said.lines[0].find(".tmp: Not a directory; the screen shows it") != std::string::npos);

    std::filesystem::remove(dir / "state");
    std::filesystem::create_directory(dir / "state");
    CHECK(cache.keep(good_document));
    REQUIRE(said.lines.size() == 2);
    CHECK(said.lines[1] == "the board is kept on disk again");
    CHECK(cache.load() == good_document);
}

TEST_CASE("a write that fails halfway (the disk fills up) keeps the old file whole and leaves no "
          "temporary file") {
    TempDir dir;
    const auto file = dir.write("board.json", good_document);
    const std::string larger(good_document.size() * 2, 'x');
    // In a child process: a file size limit makes every write past 4 KiB fail with EFBIG, as a
    // full disk fails with ENOSPC (SIGXFSZ ignored, so the write fails instead of killing).
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        std::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit{4096, 4096};
        if (::setrlimit(RLIMIT_FSIZE, &limit) != 0) ::_exit(3);
        try {
            common::write_file_atomically(file, larger);
        } catch (const std::system_error& e) {
            ::_exit(e.code() == std::errc::file_too_large ? 0 : 2);
        }
        ::_exit(1); // the write claimed success
    }
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
    REQUIRE(good_document.size() > 4096); // else the limit would not have been reached
    CHECK(read_text(file.string()) == good_document);
    CHECK_FALSE(has_temporary_files(dir.path()));
}

TEST_CASE("a forgotten board is gone; forgetting nothing is fine") {
    TempDir dir;
    Lines said;
    link::BoardCache cache(dir / "board.json", said.log());
    CHECK(cache.keep(good_document));
    cache.forget();
    CHECK_FALSE(std::filesystem::exists(dir / "board.json"));
    cache.forget();
    CHECK(said.lines.empty());
}
