// Benchmark of the live link, planner side (prints a table; not a test):
//  - change-to-screen latency over 1,000 changes: API write -> acknowledged, -> board received;
//    over 200 changes: -> frame drawn by the real display in a window under Xvfb
//  - fan-out: one change to 200 connected screens, p50/p99 of the arrival times
//  - GET board throughput under wrk at 50 connections, against nginx serving the same JSON
//    as a static file in the same run (the ratio)
//  - peak RSS of the planner with 200 screens connected
// Usage: planner-live-bench [--changes N] [--screens N]
#include "cli/commands.hpp"
#include "net_client.hpp"
#include "planner_process.hpp"
#include "test_support.hpp"

#include <algorithm>
#include <deque>
#include <map>
#include <atomic>
#include <cstdio>
#include <iostream>
#include <mutex>
#include <sstream>

using namespace dagritme;
using namespace dagritme::test;
using Clock = std::chrono::steady_clock;

namespace {

double ms(Clock::duration d) { return std::chrono::duration<double, std::milli>(d).count(); }

double percentile(std::vector<double> v, double p) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, static_cast<std::size_t>(p * static_cast<double>(v.size())))];
}

bool run_cli(std::vector<std::string> args, std::istream* in = nullptr) {
    std::ostringstream out, err;
    const int code = cli::run(args, {out, err, in});
    if (code != 0) std::cerr << err.str();
    return code == 0;
}

// Many screens on one thread: each keeps reading and notes when each revision arrived.
class Screens {
public:
    Screens(unsigned short port, const std::string& token, int count) {
        for (int i = 0; i < count; ++i) {
            auto ws = std::make_unique<websocket::stream<beast::tcp_stream>>(ioc_);
            beast::get_lowest_layer(*ws).connect(tcp::endpoint(net::ip::make_address("127.0.0.1"), port));
            ws->set_option(websocket::stream_base::decorator([token](websocket::request_type& req) {
                req.set(bhttp::field::authorization, "Bearer " + token);
            }));
            ws->handshake("127.0.0.1", "/ws/screen");
            screens_.push_back(std::move(ws));
            buffers_.emplace_back();
        }
        for (std::size_t i = 0; i < screens_.size(); ++i) read(i);
        thread_ = std::thread([this] { ioc_.run(); });
    }
    ~Screens() {
        ioc_.stop();
        thread_.join();
    }

    // Waits until `count` screens have seen `revision`; their arrival times.
    std::vector<Clock::time_point> wait(std::int64_t revision, std::size_t count) {
        std::unique_lock lock(mutex_);
        changed_.wait_for(lock, std::chrono::seconds(30), [&] { return arrivals_[revision].size() >= count; });
        return arrivals_[revision];
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
    const std::string command = "wrk -t2 -c50 -d8s " + (header.empty() ? "" : "-H '" + header + "' ") + url + " 2>&1";
    FILE* pipe = ::popen(command.c_str(), "r");
    if (!pipe) return 0;
    std::string out;
    char buf[512];
    while (std::fgets(buf, sizeof buf, pipe)) out += buf;
    ::pclose(pipe);
    const auto at = out.find("Requests/sec:");
    return at == std::string::npos ? 0 : std::stod(out.substr(at + 13));
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
    auto text = slurp(source_dir / "config" / "planner.toml");
    auto replace = [&](const std::string& from, const std::string& to) { text.replace(text.find(from), from.size(), to); };
    replace("\"../var/dagritme.db\"", "\"dagritme.db\"");
    replace("\"../var/media\"", "\"media\"");
    replace("\"routines/zonnebloem.toml\"", "\"" + (source_dir / "config/routines/zonnebloem.toml").string() + "\"");
    // wrk's 50 connections all come from 127.0.0.1; the default cap is 32 per address.
    replace("[server]\n", "[server]\nmax_connections_per_address = 256\n");
    const auto config = dir.write("planner.toml", text);
    std::istringstream password("een-lang-wachtwoord\n");
    if (!run_cli({"demo", "--db", (dir / "dagritme.db").string(), "--media", (dir / "media").string()}) ||
        !run_cli({"user", "add", "bench", "--role", "admin", "--config", config.string()}, &password))
        return 1;

    PlannerProcess planner({"serve", "--config", config.string(), "--port", "0"});
    const auto port = planner.wait_port();
    if (!port) return std::cerr << planner.output(), 1;
    HttpClient staff{*port, "", "", ""};
    staff.login("bench", "een-lang-wachtwoord");
    const auto pairing = json_of(staff.request(bhttp::verb::post, "/screen/pairing"));
    staff.post("/api/screens/pair", {{"code", pairing["code"]}, {"group", "zonnebloem"}, {"name", "bench"}});
    const std::string token = json_of(staff.post("/screen/pairing/status", {{"secret", pairing["secret"]}}))["token"];

    std::cerr << "planner on port " << *port << "; " << changes << " changes\n";
    // 1. Change-to-screen latency, one screen connected.
    std::vector<double> to_ack, to_board;
    {
        Screens one(*port, token, 1);
        for (int i = 0; i < changes; ++i) {
            const auto start = Clock::now();
            const auto res = staff.post("/api/groups/zonnebloem/attendance",
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
        Screens many(*port, token, screen_count);
        for (int round = 0; round < 20; ++round) {
            const auto start = Clock::now();
            const auto res = staff.post("/api/groups/zonnebloem/attendance",
                                        {{"person", "child"}, {"id", 8}, {"action", round % 2 ? "check_in" : "check_out"}});
            const auto arrivals = many.wait(json_of(res)["revision"], static_cast<std::size_t>(screen_count));
            std::vector<double> times;
            for (const auto& t : arrivals) times.push_back(ms(t - start));
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
        const auto display_config = dir.write("display.toml", "[media]\nmedia_dir = \"" + (dir / "screen-media").string() +
                                                                   "\"\ncache_dir = \"" + (dir / "screen-cache").string() + "\"\n");
        PlannerProcess display({"-a", "-s", "-screen 0 1920x1080x24", DAGRITME_DISPLAY_BIN, "--windowed", "1920x1080",
                                "--planner", "127.0.0.1:" + std::to_string(*port), "--state", (dir / "screen").string(),
                                "--config", display_config.string(), "--now", "10:00"}, // within screen hours
                               "/usr/bin/xvfb-run");
        const auto announced = display.wait_line("showing code ", std::chrono::seconds(30));
        if (!announced) return std::cerr << display.output(), 1;
        const auto code = announced->substr(announced->find("showing code ") + 13, 6);
        staff.post("/api/screens/pair", {{"code", code}, {"group", "zonnebloem"}, {"name", "bench display"}});
        if (!display.wait_line("first complete frame", std::chrono::seconds(60))) return std::cerr << display.output(), 1;
        for (int i = 0; i < std::min(changes, 200); ++i) {
            const auto start = Clock::now();
            const auto res = staff.post("/api/groups/zonnebloem/attendance",
                                        {{"person", "child"}, {"id", 8}, {"action", i % 2 ? "check_in" : "check_out"}});
            const std::int64_t revision = json_of(res)["revision"];
            const auto line = display.wait_line("drew revision " + std::to_string(revision) + " at ", std::chrono::seconds(10));
            if (!line) return std::cerr << "revision " << revision << " was never drawn\n", 1;
            const auto at = line->find(" at ") + 4;
            const auto drawn_us = std::stoll(line->substr(at));
            const auto start_us = std::chrono::duration_cast<std::chrono::microseconds>(start.time_since_epoch()).count();
            to_frame.push_back(static_cast<double>(drawn_us - start_us) / 1000.0);
        }
        display.signal(SIGTERM);
    }

    std::cerr << "GET board throughput under wrk\n";
    // 3. GET board throughput against nginx serving the same document.
    const auto board = staff.request(bhttp::verb::get, "/screen/board", "", "", false, "Bearer " + token).body();
    dir.write("www/board.json", board);
    const auto nginx_port = free_port();
    dir.write("nginx.conf", "daemon off; master_process off; worker_processes 1; pid " + (dir / "nginx.pid").string() +
                                ";\nerror_log /dev/null; events { worker_connections 1024; }\n"
                                "http { access_log off; server { listen 127.0.0.1:" + std::to_string(nginx_port) +
                                "; root " + (dir / "www").string() + "; } }\n");
    PlannerProcess nginx_process({"-c", (dir / "nginx.conf").string(), "-p", dir.path().string()}, "/usr/sbin/nginx");
    std::this_thread::sleep_for(std::chrono::milliseconds(300)); // nginx prints nothing when ready
    const double planner_rps = wrk("http://127.0.0.1:" + std::to_string(*port) + "/screen/board", "Authorization: Bearer " + token);
    const double nginx_rps = wrk("http://127.0.0.1:" + std::to_string(nginx_port) + "/board.json", "");

    std::printf("\nDagritme planner, live link (%d changes, %d screens, board %zu bytes)\n\n", changes, screen_count, board.size());
    std::printf("| measure                                   | p50        | p99        |\n");
    std::printf("|-------------------------------------------|------------|------------|\n");
    std::printf("| API write -> acknowledged                 | %7.2f ms | %7.2f ms |\n", percentile(to_ack, 0.5), percentile(to_ack, 0.99));
    std::printf("| API write -> board received by a screen   | %7.2f ms | %7.2f ms |\n", percentile(to_board, 0.5), percentile(to_board, 0.99));
    std::printf("| API write -> frame drawn (%3zu, Xvfb)      | %7.2f ms | %7.2f ms |\n", to_frame.size(), percentile(to_frame, 0.5), percentile(to_frame, 0.99));
    std::printf("| fan-out to %3d screens (median of 20)     | %7.2f ms | %7.2f ms |\n", screen_count, percentile(fan_p50, 0.5), percentile(fan_p99, 0.5));
    std::printf("\n| GET board, wrk 50 connections | requests/s | ratio to nginx |\n");
    std::printf("|-------------------------------|------------|----------------|\n");
    std::printf("| planner /screen/board         | %10.0f | %14.2f |\n", planner_rps, nginx_rps > 0 ? planner_rps / nginx_rps : 0);
    std::printf("| nginx, same JSON, static file | %10.0f | %14.2f |\n", nginx_rps, 1.0);
    std::printf("\npeak RSS of the planner with %d screens connected: %s\n", screen_count, rss.c_str());
    std::fflush(stdout);
    return 0;
}
