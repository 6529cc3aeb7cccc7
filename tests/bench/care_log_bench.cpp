// Benchmark of logging an anchorpoint (prints a table; not a test): app::log_anchorpoint (rule
// checks, the block of the day's plan, the idempotency key, the entry and its first version,
// one transaction) against a raw SQLite INSERT of one row in its own transaction, on a file with
// the same journal mode and `synchronous` setting, in the same run. The two alternate, so
// that the disk's moods fall on both alike.
// Usage: care-log-bench [ENTRIES]   (default 1000 of each)
#include "app/care_log.hpp"
#include "care_log_fixture.hpp"

#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <stdexcept>
#include <string>
#include <vector>

using namespace dagritme;

namespace {

using Clock = std::chrono::steady_clock;

double micros(Clock::duration d) {
    return std::chrono::duration<double, std::micro>(d).count();
}

double percentile(std::vector<double> values, double p) {
    std::sort(values.begin(), values.end());
    const auto index = static_cast<std::size_t>(p * static_cast<double>(values.size() - 1));
    return values[index];
}

// One sqlite3 connection, set up as store::Database sets up its own.
class RawFile {
  public:
    RawFile(const std::filesystem::path& file, const std::string& synchronous) {
        if (sqlite3_open(file.c_str(), &db_) != SQLITE_OK) throw std::runtime_error("open");
        exec("PRAGMA journal_mode = WAL");
        exec("PRAGMA synchronous = " + synchronous);
        exec("CREATE TABLE entry (id INTEGER PRIMARY KEY, child_id INTEGER, at INTEGER, "
             "emotion TEXT, note TEXT)");
        if (sqlite3_prepare_v2(db_,
                               "INSERT INTO entry (child_id, at, emotion, note) "
                               "VALUES (?, ?, 'anger', 'Gooide met blokken.')",
                               -1, &insert_, nullptr) != SQLITE_OK)
            throw std::runtime_error(sqlite3_errmsg(db_));
    }
    ~RawFile() {
        sqlite3_finalize(insert_);
        sqlite3_close(db_);
    }
    RawFile(const RawFile&) = delete;
    RawFile& operator=(const RawFile&) = delete;

    void exec(const std::string& sql) {
        if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK)
            throw std::runtime_error(sqlite3_errmsg(db_));
    }
    void insert(std::int64_t child, std::int64_t at) { // autocommit: one transaction
        sqlite3_bind_int64(insert_, 1, child);
        sqlite3_bind_int64(insert_, 2, at);
        if (sqlite3_step(insert_) != SQLITE_DONE) throw std::runtime_error(sqlite3_errmsg(db_));
        sqlite3_reset(insert_);
    }

  private:
    sqlite3* db_ = nullptr;
    sqlite3_stmt* insert_ = nullptr;
};

std::string synchronous_of(store::Database& db) {
    auto st = db.prepare("PRAGMA synchronous");
    st.step();
    constexpr const char* names[] = {"OFF", "NORMAL", "FULL", "EXTRA"};
    return names[std::clamp(st.integer(0), 0, 3)];
}

} // namespace

int main(int argc, char** argv) {
    const int entries = argc > 1 ? std::stoi(argv[1]) : 1000;
    test::CareLogDatabase t;
    const auto synchronous = synchronous_of(t.db);
    RawFile raw(t.dir / "raw.db", synchronous);

    Anchorpoint a;
    a.child_id = t.sanne;
    a.emotion = Emotion::anger;
    a.responses = {CareResponse::named, CareResponse::bounded};
    a.signs = {Sign::throwing};
    a.note = "Gooide met blokken.";
    a.author = t.ilse;

    std::vector<double> app_us, raw_us;
    const Instant start = test::local(9, 15);
    for (int i = 0; i < entries; ++i) {
        const Instant now{start.seconds + i};
        a.at = now;
        const auto t0 = Clock::now();
        const auto result =
            app::log_anchorpoint(t.db, "zonnebloem", a, "key-" + std::to_string(i), now);
        const auto t1 = Clock::now();
        if (!std::holds_alternative<std::int64_t>(result)) {
            std::fprintf(stderr, "log_anchorpoint refused entry %d\n", i);
            return 1;
        }
        raw.insert(t.sanne, now.seconds);
        const auto t2 = Clock::now();
        app_us.push_back(micros(t1 - t0));
        raw_us.push_back(micros(t2 - t1));
    }

    const double app50 = percentile(app_us, 0.50), app99 = percentile(app_us, 0.99);
    const double raw50 = percentile(raw_us, 0.50), raw99 = percentile(raw_us, 0.99);
    std::printf("care log write, %d entries each, journal_mode=WAL, synchronous=%s\n\n", entries,
                synchronous.c_str());
    std::printf("| write                      | p50 (µs) | p99 (µs) |\n");
    std::printf("|----------------------------|---------:|---------:|\n");
    std::printf("| app::log_anchorpoint       | %8.0f | %8.0f |\n", app50, app99);
    std::printf("| raw INSERT of one row      | %8.0f | %8.0f |\n", raw50, raw99);
    std::printf("| ratio (app / raw)          | %8.2f | %8.2f |\n", app50 / raw50, app99 / raw99);
    return 0;
}
