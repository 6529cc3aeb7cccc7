// Benchmark of the staff pages (prints tables; not a test):
//   1. an anchorpoint logged from the page (POST /groep/G/ankerpunt, the form a tap sends),
//      8 group leaders at once: latency p50/p99 and writes per second, against a raw SQLite
//      INSERT of one row per transaction with the same journal and synchronous settings, in the
//      same folder, by 8 threads at once (the ratio is the price of HTTP, the checks, the
//      block lookup, the idempotency key and the history);
//   2. a child's page with a year of entries (about 2,000): the time the server takes to read,
//      count and draw it, against GET /healthz on the same connection pattern.
// Usage: pages-bench [--posts N] (per client; default 100)
#include "app/care_log.hpp"
#include "bench_support.hpp"
#include "cli/commands.hpp"
#include "domain/time.hpp"
#include "net_client.hpp"
#include "planner_process.hpp"
#include "store/accounts.hpp"
#include "store/migrations.hpp"
#include "test_support.hpp"

#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <sstream>
#include <thread>

using namespace dagritme;
using namespace dagritme::test;
using Clock = std::chrono::steady_clock;

namespace {

constexpr int clients = 8;

double ms(Clock::duration d) {
    return std::chrono::duration<double, std::milli>(d).count();
}

double percentile(std::vector<double> v, double p) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    return v[static_cast<std::size_t>(p * static_cast<double>(v.size() - 1))];
}

struct Timing {
    std::vector<double> latencies; // ms
    double seconds = 0;            // wall time of the whole run
    std::size_t failures = 0;
    double per_second() const { return static_cast<double>(latencies.size()) / seconds; }
};

// `work(client, i)` run `count` times by each of `clients` threads; true when it succeeded.
Timing in_parallel(int count, const std::function<bool(int, int)>& work) {
    Timing t;
    std::vector<std::vector<double>> each(clients);
    std::atomic<std::size_t> failures{0};
    const auto start = Clock::now();
    std::vector<std::thread> threads;
    for (int c = 0; c < clients; ++c)
        threads.emplace_back([&, c] {
            for (int i = 0; i < count; ++i) {
                const auto t0 = Clock::now();
                if (!work(c, i)) ++failures;
                each[static_cast<std::size_t>(c)].push_back(ms(Clock::now() - t0));
            }
        });
    for (auto& thread : threads)
        thread.join();
    t.seconds = std::chrono::duration<double>(Clock::now() - start).count();
    for (const auto& v : each)
        t.latencies.insert(t.latencies.end(), v.begin(), v.end());
    t.failures = failures;
    return t;
}

// The reference: one row per transaction into a table like the anchorpoint's, WAL and
// synchronous=FULL as the planner opens its database.
Timing raw_inserts(const std::filesystem::path& file, int count) {
    std::vector<sqlite3*> connections(clients);
    for (auto& db : connections) {
        sqlite3_open(file.c_str(), &db);
        sqlite3_busy_timeout(db, 10000);
        sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;", nullptr, nullptr,
                     nullptr);
    }
    sqlite3_exec(connections[0],
                 "CREATE TABLE IF NOT EXISTS entry (id INTEGER PRIMARY KEY, group_id TEXT, "
                 "child_id INTEGER, at INTEGER, emotion TEXT, ending TEXT, author INTEGER)",
                 nullptr, nullptr, nullptr);
    auto t = in_parallel(count, [&](int c, int i) {
        auto* db = connections[static_cast<std::size_t>(c)];
        sqlite3_stmt* st = nullptr;
        sqlite3_prepare_v2(db,
                           "INSERT INTO entry (group_id, child_id, at, emotion, ending, author) "
                           "VALUES ('zonnebloem', ?, ?, 'anger', 'calmed', ?)",
                           -1, &st, nullptr);
        sqlite3_bind_int(st, 1, c + 1);
        sqlite3_bind_int(st, 2, i);
        sqlite3_bind_int(st, 3, c);
        sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
        const bool ok = sqlite3_step(st) == SQLITE_DONE;
        sqlite3_finalize(st);
        return sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK && ok;
    });
    for (auto* db : connections)
        sqlite3_close(db);
    return t;
}

// A year of anchorpoints for child 1: about eight a week, at school hours, through the same
// app function the page calls.
std::size_t seed_year(const std::filesystem::path& db_file) {
    store::Database db(db_file);
    store::migrate(db);
    const auto author = store::find_account(db, "leider-1")->id;
    const auto last = *Date::parse("2026-11-30");
    std::size_t made = 0;
    for (std::int64_t d = last.days() - 364; d <= last.days(); ++d) {
        const auto date = Date::from_days(d);
        if (date.weekday() > 5) continue;
        for (int k = 0; k < 8; ++k) {
            Anchorpoint a;
            a.child_id = 1;
            a.at = to_instant({date, TimeOfDay::at(8 + k, 10 + 5 * k)});
            a.emotion = all_emotions[static_cast<std::size_t>((d + k) % 7)];
            a.responses = {CareResponse::named, CareResponse::bounded};
            a.ending = k % 5 == 0 ? Ending::escalated : Ending::calmed;
            a.author = author;
            const auto result =
                app::log_anchorpoint(db, "zonnebloem", a, "seed-" + std::to_string(made),
                                     to_instant({date, TimeOfDay::at(18, 0)}));
            if (std::holds_alternative<std::int64_t>(result)) ++made;
        }
    }
    return made;
}

} // namespace

int main(int argc, char** argv) {
    int posts = 100;
    for (int i = 1; i + 1 < argc; i += 2)
        if (std::string(argv[i]) == "--posts") posts = std::stoi(argv[i + 1]);

    TempDir dir;
    const auto text = bench_planner_config();
    const auto config = dir.write("planner.toml", text);
    if (!run_cli({"demo", "--db", (dir / "dagritme.db").string(), "--media",
                  (dir / "media").string(), "--date", "2026-12-01"}))
        return 1;
    for (int c = 1; c <= clients; ++c) {
        std::istringstream password("een-lang-wachtwoord\n");
        if (!run_cli({"user", "add", "leider-" + std::to_string(c), "--role", "groepsleider",
                      "--group", "zonnebloem", "--config", config.string()},
                     &password))
            return 1;
    }
    const auto seeded = seed_year(dir / "dagritme.db");

    const auto raw = raw_inserts(dir / "reference.db", posts);

    PlannerProcess planner({"serve", "--config", config.string(), "--port", "0"});
    const auto port = planner.wait_port();
    if (!port) {
        std::cerr << planner.output();
        return 1;
    }
    std::vector<HttpClient> staff;
    for (int c = 1; c <= clients; ++c) {
        HttpClient client{*port, "", "", "127.0.3." + std::to_string(c)};
        if (client.login("leider-" + std::to_string(c), "een-lang-wachtwoord") != 200) return 1;
        staff.push_back(client);
    }
    // The four taps of the common case, as the browser posts them (no htmx: 303 back), with the
    // time the form fills in: now.
    const auto now = to_local(Instant{std::chrono::duration_cast<std::chrono::seconds>(
                                          std::chrono::system_clock::now().time_since_epoch())
                                          .count()})
                         .time.str();
    const auto tijd = now.substr(0, 2) + "%3A" + now.substr(3, 2);
    const auto page = in_parallel(posts, [&](int c, int i) {
        const auto& client = staff[static_cast<std::size_t>(c)];
        const auto res =
            client.request(boost::beast::http::verb::post, "/groep/zonnebloem/ankerpunt",
                           "kind=" + std::to_string(2 + c % 6) +
                               "&emotie=anger&aanpak=named&aanpak=bounded&"
                               "einde=calmed&tijd=" +
                               tijd + "&sleutel=bench-" + std::to_string(c) + "-" +
                               std::to_string(i) + "&csrf=" + client.csrf,
                           "application/x-www-form-urlencoded", false);
        const bool ok = res.result_int() == 303 || res.result_int() == 200;
        if (!ok && c == 0 && i == 0)
            std::cerr << "a post failed: " << res.result_int() << " "
                      << res.body().substr(std::min(res.body().size(), res.body().find("fout")),
                                           300)
                      << "\n";
        return ok;
    });

    // A child's page with a year of entries, one client at a time, against /healthz.
    const auto& reader = staff[0];
    const auto child_page = "/groep/zonnebloem/kind/1?periode=jaar&van=2025-12-01&tot=2026-11-30";
    const auto first = reader.get(child_page);
    Timing health, child;
    for (int i = 0; i < 50; ++i) {
        auto t0 = Clock::now();
        reader.get("/healthz");
        health.latencies.push_back(ms(Clock::now() - t0));
        t0 = Clock::now();
        const auto res = reader.get(child_page);
        child.latencies.push_back(ms(Clock::now() - t0));
        if (res.result_int() != 200) ++child.failures;
    }

    std::printf(
        "\nDagritme staff pages (%d clients, %d anchorpoints each; WAL, synchronous=FULL)\n\n",
        clients, posts);
    std::printf("| write                                  | p50       | p99       | writes/s | "
                "ratio p50 |\n");
    std::printf("|----------------------------------------|-----------|-----------|----------|-----"
                "------|\n");
    std::printf(
        "| raw SQLite INSERT, one per transaction | %6.2f ms | %6.2f ms | %8.0f | %9.2f |\n",
        percentile(raw.latencies, 0.5), percentile(raw.latencies, 0.99), raw.per_second(), 1.0);
    std::printf(
        "| POST /groep/G/ankerpunt (page form)    | %6.2f ms | %6.2f ms | %8.0f | %9.2f |\n",
        percentile(page.latencies, 0.5), percentile(page.latencies, 0.99), page.per_second(),
        percentile(page.latencies, 0.5) / percentile(raw.latencies, 0.5));
    std::printf("\nfailed: %zu raw, %zu page posts\n", raw.failures, page.failures);
    std::printf(
        "\n| read (%zu entries in a year, page %zu bytes) | p50       | p99       | ratio p50 |\n",
        seeded, first.body().size());
    std::printf(
        "|------------------------------------------------|-----------|-----------|-----------|\n");
    std::printf(
        "| GET /healthz                                   | %6.2f ms | %6.2f ms | %9.2f |\n",
        percentile(health.latencies, 0.5), percentile(health.latencies, 0.99), 1.0);
    std::printf(
        "| GET a child's page, a year of entries          | %6.2f ms | %6.2f ms | %9.2f |\n",
        percentile(child.latencies, 0.5), percentile(child.latencies, 0.99),
        percentile(child.latencies, 0.5) / percentile(health.latencies, 0.5));
    std::printf("\nfailed child page reads: %zu (first status %d)\n", child.failures,
                first.result_int());
    return page.failures == 0 && raw.failures == 0 && child.failures == 0 ? 0 : 1;
}
