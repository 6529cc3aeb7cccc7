// Benchmark of the live link, planner side (prints a table; not a test):
//  - change-to-screen latency over 1,000 changes: API write -> acknowledged, -> board received;
//    over 200 changes: -> frame drawn by the real display in a window under Xvfb
//  - fan-out: one change to 200 connected screens, p50/p99 of the arrival times
//  - GET board throughput under wrk at 50 connections, against nginx serving the same JSON
//    as a static file in the same run (the ratio)
//  - peak RSS of the planner with 200 screens connected
//  - /healthz and API write -> board received, with no load and while 16 clients log in and
//    4 upload photos (the password checks and photos run on workers, not the I/O thread)
// Usage: planner-live-bench [--changes N] [--screens N]
#include "bench_support.hpp"
#include "cli/commands.hpp"
#include "net_client.hpp"
#include "planner_load.hpp"
#include "planner_process.hpp"
#include "test_support.hpp"
#include "x_server.hpp"

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <deque>
#include <iostream>
#include <map>
#include <mutex>
#include <sstream>

using namespace dagritme;
using namespace dagritme::test;
using Clock = std::chrono::steady_clock;

namespace {

double ms(Clock::duration d) {
    return std::chrono::duration<double, std::milli>(d).count();
}

double percentile(std::vector<double> v, double p) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, static_cast<std::size_t>(p * static_cast<double>(v.size())))];
}

// Many screens on one thread: each keeps reading and notes when each revision arrived. Screen
// i uses tokens[i] and, as screens on a real network, an address of its own (four to an
// address, 64 to a /24), so the planner's per-token and per-address screen limits hold.
class Screens {
  public:
    Screens(unsigned short port, const std::vector<std::string>& tokens, int count) {
        for (int i = 0; i < count; ++i) {
            auto ws = std::make_unique<websocket::stream<beast::tcp_stream>>(ioc_);
            const int address = i / 4;
            auto& socket = beast::get_lowest_layer(*ws).socket();
            socket.open(tcp::v4());
            socket.bind(
                tcp::endpoint(net::ip::make_address("127.0." + std::to_string(20 + address / 16) +
                                                    "." + std::to_string(address % 16 + 1)),
                              0));
            beast::get_lowest_layer(*ws).connect(
                tcp::endpoint(net::ip::make_address("127.0.0.1"), port));
            const auto token = tokens.at(static_cast<std::size_t>(i) % tokens.size());
            ws->set_option(websocket::stream_base::decorator([token](websocket::request_type& req) {
                req.set(bhttp::field::authorization, "Bearer " + token);
            }));
            ws->handshake("127.0.0.1", "/ws/screen");
            screens_.push_back(std::move(ws));
            buffers_.emplace_back();
        }
        for (std::size_t i = 0; i < screens_.size(); ++i)
            read(i);
        thread_ = std::thread([this] { ioc_.run(); });
    }
    ~Screens() {
        ioc_.stop();
        thread_.join();
    }

    // Waits until `count` screens have seen `revision`; their arrival times.
    std::vector<Clock::time_point> wait(std::int64_t revision, std::size_t count) {
        std::unique_lock lock(mutex_);
        changed_.wait_for(lock, std::chrono::seconds(30),
                          [&] { return arrivals_[revision].size() >= count; });
        return arrivals_[revision];
    }

    // When the first screen saw `revision` or a newer one: a newer board replaces one not yet
    // sent, so under other writes the exact revision may never arrive. Nothing after 30 s.
    std::optional<Clock::time_point> wait_first_from(std::int64_t revision) {
        std::unique_lock lock(mutex_);
        std::optional<Clock::time_point> first;
        changed_.wait_for(lock, std::chrono::seconds(30), [&] {
            for (auto it = arrivals_.lower_bound(revision); it != arrivals_.end(); ++it)
                for (const auto& t : it->second)
                    if (!first || t < *first) first = t;
            return first.has_value();
        });
        return first;
    }

  private:
    void read(std::size_t i) {
        screens_[i]->async_read(buffers_[i], [this, i](beast::error_code ec, std::size_t) {
            if (ec) return;
            const auto now = Clock::now();
            const auto text = beast::buffers_to_string(buffers_[i].data());
            buffers_[i].consume(buffers_[i].size());
            const auto at = text.find("\"revision\":");
            if (at != std::string::npos) {
                const auto revision = std::stoll(text.substr(at + 11));
                std::lock_guard lock(mutex_);
                arrivals_[revision].push_back(now);
                changed_.notify_all();
            }
            read(i);
        });
    }

    net::io_context ioc_;
    std::vector<std::unique_ptr<websocket::stream<beast::tcp_stream>>> screens_;
    std::deque<beast::flat_buffer> buffers_;
    std::thread thread_;
    std::mutex mutex_;
    std::condition_variable changed_;
    std::map<std::int64_t, std::vector<Clock::time_point>> arrivals_;
};

std::string peak_rss_mb(int pid) {
    std::ifstream status("/proc/" + std::to_string(pid) + "/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmHWM:", 0) == 0) {
            char buf[32];
            std::snprintf(buf, sizeof buf, "%.1f MB", std::stod(line.substr(6)) / 1024.0);
            return buf;
        }
    return "?";
}

// Requests per second that wrk measured, or 0.
double wrk(const std::string& url, const std::string& header) {
    const std::string command =
        "wrk -t2 -c50 -d8s " + (header.empty() ? "" : "-H '" + header + "' ") + url + " 2>&1";
    FILE* pipe = ::popen(command.c_str(), "r");
    if (!pipe) return 0;
    std::string out;
    char buf[512];
    while (std::fgets(buf, sizeof buf, pipe))
        out += buf;
    ::pclose(pipe);
    const auto at = out.find("Requests/sec:");
    return at == std::string::npos ? 0 : std::stod(out.substr(at + 13));
}

// What a client of the planner waits for: /healthz round trips (a new connection each, as a
// monitor makes them) and API write -> board received by `screen`. The samples are taken at a
// steady pace, one /healthz every `pace` and a write every other time, so that under load they
// are spread over many password checks and photos (a photo takes about a second).
struct Responsiveness {
    std::vector<double> healthz, push;
};

std::optional<Responsiveness> measure_responsiveness(const HttpClient& staff, Screens& screen,
                                                     int healthz_samples, Clock::duration pace) {
    Responsiveness r;
    const auto begin = Clock::now();
    for (int i = 0; i < healthz_samples; ++i) {
        std::this_thread::sleep_until(begin + i * pace);
        auto start = Clock::now();
        const auto health = staff.get("/healthz");
        if (health.result_int() != 200)
            return std::cerr << "/healthz answered " << health.result_int() << "\n", std::nullopt;
        r.healthz.push_back(ms(Clock::now() - start));
        if (i % 2) continue;
        start = Clock::now();
        const auto res = staff.post(
            "/api/groups/zonnebloem/attendance",
            {{"person", "child"}, {"id", 8}, {"action", i % 4 ? "check_out" : "check_in"}});
        const std::int64_t revision = json_of(res)["revision"];
        const auto arrived = screen.wait_first_from(revision);
        if (!arrived) return std::cerr << "board " << revision << " never arrived\n", std::nullopt;
        r.push.push_back(ms(*arrived - start));
    }
    return r;
}

unsigned short free_port() {
    net::io_context ioc;
    tcp::acceptor acceptor(ioc, tcp::endpoint(net::ip::make_address("127.0.0.1"), 0));
    return acceptor.local_endpoint().port();
}

} // namespace

int main(int argc, char** argv) {
    int changes = 1000, screen_count = 200;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (std::string(argv[i]) == "--changes") changes = std::stoi(argv[i + 1]);
        if (std::string(argv[i]) == "--screens") screen_count = std::stoi(argv[i + 1]);
    }
    TempDir dir;
    auto text = bench_planner_config();
    auto replace = [&](const std::string& from, const std::string& to) {
        text.replace(text.find(from), from.size(), to);
    };
    // wrk's 50 connections all come from 127.0.0.1; the default cap is 32 per address.
    replace("[server]\n", "[server]\nmax_connections_per_address = 256\n");
    const auto config = dir.write("planner.toml", text);
    std::istringstream password("een-lang-wachtwoord\n");
    if (!run_cli({"demo", "--db", (dir / "dagritme.db").string(), "--media",
                  (dir / "media").string()}) ||
        !run_cli({"user", "add", "bench", "--role", "admin", "--config", config.string()},
                 &password))
        return 1;
    // The load of the last part: 16 staff who log in and 4 who upload photos, each from its
    // own address, so that neither the login throttle nor the per-address cap turns them away.
    std::vector<bench::LoadClient> loggers, uploaders;
    for (int i = 1; i <= 20; ++i) {
        auto& clients = i <= 16 ? loggers : uploaders;
        const auto name = (i <= 16 ? "inlogger-" : "fotograaf-") + std::to_string(i);
        clients.push_back({name, "wachtwoord-van-" + name, "127.0.2." + std::to_string(i)});
        std::istringstream its_password(clients.back().password + "\n");
        if (!run_cli({"user", "add", name, "--role", "groepsleider", "--group", "zonnebloem",
                      "--config", config.string()},
                     &its_password))
            return 1;
    }

    PlannerProcess planner({"serve", "--config", config.string(), "--port", "0"});
    const auto port = planner.wait_port();
    if (!port) return std::cerr << planner.output(), 1;
    HttpClient staff{*port, "", "", ""};
    staff.login("bench", "een-lang-wachtwoord");
    // One paired screen per connected screen: a token holds at most two streams.
    std::vector<std::string> tokens;
    for (int i = 0; i < screen_count; ++i) {
        const auto pairing = json_of(staff.request(bhttp::verb::post, "/screen/pairing"));
        staff.post("/api/screens/pair", {{"code", pairing["code"]},
                                         {"group", "zonnebloem"},
                                         {"name", "bench " + std::to_string(i + 1)}});
        tokens.push_back(json_of(
            staff.post("/screen/pairing/status", {{"secret", pairing["secret"]}}))["token"]);
    }
    const std::string token = tokens.front();

    std::cerr << "planner on port " << *port << "; " << changes << " changes\n";
    // 1. Change-to-screen latency, one screen connected.
    std::vector<double> to_ack, to_board;
    {
        Screens one(*port, tokens, 1);
        for (int i = 0; i < changes; ++i) {
            const auto start = Clock::now();
            const auto res = staff.post(
                "/api/groups/zonnebloem/attendance",
                {{"person", "child"}, {"id", 8}, {"action", i % 2 ? "check_out" : "check_in"}});
            const auto acked = Clock::now();
            const std::int64_t revision = json_of(res)["revision"];
            const auto arrivals = one.wait(revision, 1);
            if (arrivals.empty()) return std::cerr << "board " << revision << " never arrived\n", 1;
            to_ack.push_back(ms(acked - start));
            to_board.push_back(ms(arrivals.front() - start));
        }
    }

    std::cerr << "fan-out to " << screen_count << " screens\n";
    // 2. Fan-out to many screens.
    std::vector<double> fan_p50, fan_p99;
    std::string rss;
    {
        Screens many(*port, tokens, screen_count);
        for (int round = 0; round < 20; ++round) {
            const auto start = Clock::now();
            const auto res = staff.post(
                "/api/groups/zonnebloem/attendance",
                {{"person", "child"}, {"id", 8}, {"action", round % 2 ? "check_in" : "check_out"}});
            const auto arrivals =
                many.wait(json_of(res)["revision"], static_cast<std::size_t>(screen_count));
            std::vector<double> times;
            for (const auto& t : arrivals)
                times.push_back(ms(t - start));
            fan_p50.push_back(percentile(times, 0.5));
            fan_p99.push_back(percentile(times, 0.99));
        }
        rss = peak_rss_mb(planner.pid());
    }

    // 3. API write -> frame drawn: the real display (Release) in a window under Xvfb, paired
    // like any screen; it logs when each revision reached the screen (monotonic clock).
    std::vector<double> to_frame;
    {
        std::cerr << "write -> frame drawn, the display under Xvfb\n";
        const auto display_config = dir.write(
            "display.toml", "[media]\nmedia_dir = \"" + (dir / "screen-media").string() +
                                "\"\ncache_dir = \"" + (dir / "screen-cache").string() + "\"\n");
        const XServer screen;
        const auto command = screen.command(
            {DAGRITME_DISPLAY_BIN, "--windowed", "1920x1080", "--planner",
             "127.0.0.1:" + std::to_string(*port), "--state", (dir / "screen").string(), "--config",
             display_config.string(), "--now", "10:00"}); // within screen hours
        PlannerProcess display({command.begin() + 1, command.end()}, command.front());
        const auto announced = display.wait_line("showing code ", std::chrono::seconds(30));
        if (!announced) return std::cerr << display.output(), 1;
        const auto code = announced->substr(announced->find("showing code ") + 13, 6);
        staff.post("/api/screens/pair",
                   {{"code", code}, {"group", "zonnebloem"}, {"name", "bench display"}});
        if (!display.wait_line("first complete frame", std::chrono::seconds(60)))
            return std::cerr << display.output(), 1;
        for (int i = 0; i < std::min(changes, 200); ++i) {
            const auto start = Clock::now();
            const auto res = staff.post(
                "/api/groups/zonnebloem/attendance",
                {{"person", "child"}, {"id", 8}, {"action", i % 2 ? "check_in" : "check_out"}});
            const std::int64_t revision = json_of(res)["revision"];
            const auto line = display.wait_line(
                "drew revision " + std::to_string(revision) + " at ", std::chrono::seconds(10));
            if (!line) return std::cerr << "revision " << revision << " was never drawn\n", 1;
            const auto at = line->find(" at ") + 4;
            const auto drawn_us = std::stoll(line->substr(at));
            const auto start_us =
                std::chrono::duration_cast<std::chrono::microseconds>(start.time_since_epoch())
                    .count();
            to_frame.push_back(static_cast<double>(drawn_us - start_us) / 1000.0);
        }
        display.signal(SIGTERM);
    }

    std::cerr << "GET board throughput under wrk\n";
    // 3. GET board throughput against nginx serving the same document.
    const auto board =
        staff.request(bhttp::verb::get, "/screen/board", "", "", false, "Bearer " + token).body();
    dir.write("www/board.json", board);
    const auto nginx_port = free_port();
    dir.write("nginx.conf", "daemon off; master_process off; worker_processes 1; pid " +
                                (dir / "nginx.pid").string() +
                                ";\nerror_log /dev/null; events { worker_connections 1024; }\n"
                                "http { access_log off; server { listen 127.0.0.1:" +
                                std::to_string(nginx_port) + "; root " + (dir / "www").string() +
                                "; } }\n");
    PlannerProcess nginx_process({"-c", (dir / "nginx.conf").string(), "-p", dir.path().string()},
                                 "/usr/sbin/nginx");
    std::this_thread::sleep_for(std::chrono::milliseconds(300)); // nginx prints nothing when ready
    const double planner_rps = wrk("http://127.0.0.1:" + std::to_string(*port) + "/screen/board",
                                   "Authorization: Bearer " + token);
    const double nginx_rps =
        wrk("http://127.0.0.1:" + std::to_string(nginx_port) + "/board.json", "");

    // 5. Responsiveness with no load, then while 16 clients log in and 4 upload photos.
    constexpr int healthz_samples = 200, push_samples = healthz_samples / 2;
    constexpr auto pace = std::chrono::milliseconds(50);
    const auto photo = bench::phone_like_photo(3000, 2000);
    std::optional<Responsiveness> idle, loaded;
    bench::LoadCounts load_done;
    double load_seconds = 0;
    {
        Screens one(*port, tokens, 1);
        std::cerr << "/healthz and board push, no load\n";
        idle = measure_responsiveness(staff, one, healthz_samples, pace);
        if (!idle) return 1;
        std::cerr << "/healthz and board push, 16 logins + 4 uploads of " << photo.size() / 1000
                  << " kB\n";
        bench::PlannerLoad load(*port, loggers, uploaders, photo, {1, 2, 3, 4, 5, 6, 7, 8});
        if (!load.wait_until_all_busy(std::chrono::seconds(60)))
            return std::cerr << "the load never got going: " << load.first_failure() << "\n", 1;
        const auto before = load.counts();
        const auto start = Clock::now();
        loaded = measure_responsiveness(staff, one, healthz_samples, pace);
        if (!loaded) return 1;
        load_seconds = std::chrono::duration<double>(Clock::now() - start).count();
        const auto after = load.counts();
        load_done = {after.logins - before.logins, after.uploads - before.uploads,
                     after.failures - before.failures};
        if (after.failures > 0)
            std::cerr << after.failures
                      << " load requests failed, the first: " << load.first_failure() << "\n";
    }

    std::printf("\nDagritme planner, live link (%d changes, %d screens, board %zu bytes)\n\n",
                changes, screen_count, board.size());
    std::printf("| measure                                   | p50        | p99        |\n");
    std::printf("|-------------------------------------------|------------|------------|\n");
    std::printf("| API write -> acknowledged                 | %7.2f ms | %7.2f ms |\n",
                percentile(to_ack, 0.5), percentile(to_ack, 0.99));
    std::printf("| API write -> board received by a screen   | %7.2f ms | %7.2f ms |\n",
                percentile(to_board, 0.5), percentile(to_board, 0.99));
    std::printf("| API write -> frame drawn (%3zu, Xvfb)      | %7.2f ms | %7.2f ms |\n",
                to_frame.size(), percentile(to_frame, 0.5), percentile(to_frame, 0.99));
    std::printf("| fan-out to %3d screens (median of 20)     | %7.2f ms | %7.2f ms |\n",
                screen_count, percentile(fan_p50, 0.5), percentile(fan_p99, 0.5));
    std::printf("\n| GET board, wrk 50 connections | requests/s | ratio to nginx |\n");
    std::printf("|-------------------------------|------------|----------------|\n");
    std::printf("| planner /screen/board         | %10.0f | %14.2f |\n", planner_rps,
                nginx_rps > 0 ? planner_rps / nginx_rps : 0);
    std::printf("| nginx, same JSON, static file | %10.0f | %14.2f |\n", nginx_rps, 1.0);
    std::printf("\npeak RSS of the planner with %d screens connected: %s\n", screen_count,
                rss.c_str());

    const auto row = [](const char* measure, const std::vector<double>& v,
                        const std::vector<double>& base) {
        std::printf("| %-50s | %8.2f ms | %8.2f ms | %8.1fx | %8.1fx |\n", measure,
                    percentile(v, 0.5), percentile(v, 0.99),
                    percentile(v, 0.5) / percentile(base, 0.5),
                    percentile(v, 0.99) / percentile(base, 0.99));
    };
    std::printf("\n%d /healthz and %d board pushes each; under load %.0f logins and %.0f photo "
                "uploads (%zu kB, "
                "3000x2000) a second, %llu failed; ratio: loaded / no load\n\n",
                healthz_samples, push_samples, static_cast<double>(load_done.logins) / load_seconds,
                static_cast<double>(load_done.uploads) / load_seconds, photo.size() / 1000,
                static_cast<unsigned long long>(load_done.failures));
    std::printf("| measure                                            | p50         | p99         "
                "| p50 ratio | p99 ratio |\n");
    std::printf("|----------------------------------------------------|-------------|-------------|"
                "-----------|-----------|\n");
    row("/healthz, no load", idle->healthz, idle->healthz);
    row("/healthz, 16 logins + 4 uploads", loaded->healthz, idle->healthz);
    row("API write -> board received, no load", idle->push, idle->push);
    row("API write -> board received, 16 logins + 4 uploads", loaded->push, idle->push);
    std::fflush(stdout);
    return 0;
}
