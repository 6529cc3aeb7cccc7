// The worker side: a board file read again when it changes; a bad document keeps the last
// good board; images of the board arrive in a later snapshot; unknown images do no harm.
#include "feed/board_feed.hpp"
#include "feed/file_board_source.hpp"
#include "temp_dir.hpp"
#include "test_support.hpp"

#include <mutex>
#include <utility>

using namespace dagritme;
namespace fs = std::filesystem;

namespace {

// Waits (generously) for a snapshot that satisfies `ready`.
template <class Pred>
std::shared_ptr<const app::Snapshot> wait_for(const app::SnapshotMailbox& mailbox, Pred ready) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    auto s = mailbox.latest();
    while (!ready(*s) && std::chrono::steady_clock::now() < deadline) {
        mailbox.wait_newer(s->generation, deadline);
        s = mailbox.latest();
    }
    REQUIRE(ready(*s));
    return s;
}

struct Fixture {
    test::TempDir dir;
    app::SnapshotMailbox mailbox;
    fs::path board_file = dir / "board.json";
    std::unique_ptr<app::BoardFeed> feed;

    void start() {
        const fs::path data(DAGRITME_DATA_DIR);
        feed = std::make_unique<app::BoardFeed>(
            std::make_unique<app::FileBoardSource>(board_file),
            media::MediaIndex(dir / "media", {data / "assets/pictograms", data / "assets/demo"}),
            media::ImageDecoder(dir / "cache"), app::MediaSizes{128, 64}, mailbox);
        feed->poll_interval = std::chrono::milliseconds(10);
        feed->start();
    }
    // A replaced file, as editors and deploy scripts do it.
    void write_board(const std::string& text) {
        const auto tmp = dir.write("board.json.new", text);
        fs::rename(tmp, board_file);
    }
};

std::string with_revision(std::string text, int revision) {
    const std::string key = "\"revision\": ";
    const auto at = text.find(key);
    REQUIRE(at != std::string::npos);
    const auto end = text.find_first_not_of("0123456789", at + key.size());
    return text.replace(at + key.size(), end - at - key.size(), std::to_string(revision));
}

} // namespace

TEST_CASE("a file source reports a document once, and again when the file changes") {
    test::TempDir dir;
    const auto file = dir.write("board.json", "one");
    app::FileBoardSource source(file);
    CHECK(source.poll() == "one");
    CHECK_FALSE(source.poll().has_value());
    dir.write("board.json", "second");
    CHECK(source.poll() == "second");
    fs::remove(file);
    CHECK_FALSE(source.poll().has_value()); // gone: logged, nothing new
}

TEST_CASE_FIXTURE(Fixture, "the feed publishes the board, then its images") {
    const std::string text = test::read_text(test::data_path("board-zonnebloem.json"));
    write_board(text);
    start();
    const auto s =
        wait_for(mailbox, [](const app::Snapshot& x) { return x.board && x.media_settled; });
    CHECK(s->problem.empty());
    const auto wanted = s->board->media();
    CHECK(s->images.size() == wanted.size());
    for (const auto& [hash, image] : s->images) {
        REQUIRE(image);
        CHECK(std::max(image->width, image->height) <= 128);
    }

    SUBCASE("a bad document keeps the last good board") {
        write_board(R"({"schema": 1, "revision": "many"})");
        const auto bad =
            wait_for(mailbox, [](const app::Snapshot& x) { return !x.problem.empty(); });
        CHECK(bad->board == s->board);
        CHECK(bad->problem.find("revision: expected an integer, got a string") !=
              std::string::npos);
        CHECK(bad->images.size() == s->images.size());

        write_board(with_revision(text, 99));
        const auto good = wait_for(
            mailbox, [](const app::Snapshot& x) { return x.board && x.board->revision == 99; });
        CHECK(good->problem.empty());
    }
    SUBCASE("an unknown image hash leaves a placeholder, the rest still shows") {
        std::string changed = with_revision(text, 5);
        const std::string old_hash = *s->board->blocks[0].pictogram;
        changed.replace(changed.find(old_hash), old_hash.size(), std::string(64, 'e'));
        write_board(changed);
        const auto next = wait_for(mailbox, [](const app::Snapshot& x) {
            return x.board && x.board->revision == 5 && x.media_settled;
        });
        CHECK_FALSE(next->images.contains(std::string(64, 'e')));
        CHECK(next->images.size() == next->board->media().size() - 1);
    }
}

TEST_CASE_FIXTURE(Fixture, "without a good board the snapshot has none and says why") {
    write_board("{ not json");
    start();
    const auto s = wait_for(mailbox, [](const app::Snapshot& x) { return !x.problem.empty(); });
    CHECK_FALSE(s->board);
    CHECK(s->problem.find("not valid JSON") != std::string::npos);
}

TEST_CASE_FIXTURE(Fixture,
                  "a changed config applies at once; a broken one keeps the last good config") {
    write_board(test::read_text(test::data_path("board-zonnebloem.json")));
    const auto config = dir.write("display.toml", "[screen]\nscreen_off = \"18:00\"\n");
    const fs::path data(DAGRITME_DATA_DIR);
    feed = std::make_unique<app::BoardFeed>(
        std::make_unique<app::FileBoardSource>(board_file), media::MediaIndex(dir / "media", {}),
        media::ImageDecoder(dir / "cache"), app::MediaSizes{128, 64}, mailbox);
    feed->poll_interval = std::chrono::milliseconds(10);
    feed->watch_config(app::ConfigWatch(config, data));
    feed->start();
    wait_for(mailbox, [](const app::Snapshot& x) { return x.board && x.media_settled; });

    fs::rename(
        dir.write("new.toml", "[screen]\nscreen_off = \"19:15\"\norientation = \"portrait\"\n"),
        config);
    const auto changed =
        wait_for(mailbox, [](const app::Snapshot& x) { return x.config != nullptr; });
    CHECK(changed->config->hours.off.minutes == 19 * 60 + 15);
    CHECK(changed->config->orientation == app::Orientation::portrait);

    fs::rename(dir.write("new.toml", "[screen]\nscreen_off = 19\n"), config);
    const auto bad = wait_for(mailbox, [](const app::Snapshot& x) { return !x.problem.empty(); });
    CHECK(bad->problem.find(
              ":2:14: screen.screen_off: expected a time \"HH:MM\" from 00:00 to 23:59, got 19") !=
          std::string::npos);
    CHECK(bad->config == changed->config);
    CHECK(bad->board == changed->board);
}

namespace {

// A source whose document and notice a test sets (as the planner link would).
class ScriptedSource final : public app::BoardSource {
  public:
    std::optional<std::string> poll() override {
        std::lock_guard lock(mutex_);
        return std::exchange(document_, std::nullopt);
    }
    std::string describe() const override { return "scripted source"; }
    app::SourceNotice notice() const override {
        std::lock_guard lock(mutex_);
        return notice_;
    }
    void set_document(std::string document) {
        std::lock_guard lock(mutex_);
        document_ = std::move(document);
    }
    void set_notice(app::SourceNotice notice) {
        std::lock_guard lock(mutex_);
        notice_ = std::move(notice);
    }

  private:
    mutable std::mutex mutex_;
    std::optional<std::string> document_;
    app::SourceNotice notice_;
};

} // namespace

TEST_CASE("a screen that has to be paired again stops showing the group's board") {
    test::TempDir dir;
    app::SnapshotMailbox mailbox;
    auto owned = std::make_unique<ScriptedSource>();
    ScriptedSource& source = *owned;
    app::BoardFeed feed(std::move(owned), media::MediaIndex(dir / "media", {}),
                        media::ImageDecoder(dir / "cache"), app::MediaSizes{128, 64}, mailbox);
    feed.poll_interval = std::chrono::milliseconds(10);
    source.set_document(test::read_text(test::data_path("board-zonnebloem.json")));
    feed.start();
    wait_for(mailbox, [](const app::Snapshot& s) { return s.board != nullptr; });

    source.set_notice({"048213", false}); // revoked: the link asks for a new code
    const auto after =
        wait_for(mailbox, [](const app::Snapshot& s) { return !s.notice.pairing_code.empty(); });
    CHECK(after->board == nullptr);
    CHECK(after->images.empty());
    CHECK(after->notice.pairing_code == "048213");

    source.set_notice({"", true}); // unreachable only: nothing is forgotten, the marker shows
    source.set_document(test::read_text(test::data_path("board-zonnebloem.json")));
    const auto back = wait_for(
        mailbox, [](const app::Snapshot& s) { return s.board && s.notice.planner_unreachable; });
    CHECK(back->board->group.name == "De Zonnebloem");
}
