// The client's address behind a trusted proxy, and what the access log may show, against the
// real planner on loopback.
#include "flood_support.hpp"
#include "server_fixture.hpp"

using namespace dagritme;
using namespace dagritme::test;

namespace {

// The fixture's planner, restarted on the same port with 127.0.0.5 as its trusted proxy.
struct ProxiedPlanner {
    RunningPlanner planner;
    ProxiedPlanner() {
        auto text = slurp(planner.config);
        const std::string server = "[server]\n";
        text.insert(text.find(server) + server.size(), "trusted_proxies = [\"127.0.0.5\"]\n");
        planner.dir.write("planner.toml", text);
        planner.process.reset();
        planner.start();
    }

    HttpResponse get_from(const std::string& source, const std::string& forwarded_for,
                          bhttp::verb verb = bhttp::verb::get,
                          const std::string& target = "/healthz") const {
        net::io_context ioc;
        beast::tcp_stream stream(connect_from(ioc, planner.port, source));
        bhttp::request<bhttp::string_body> req{verb, target, 11};
        req.set(bhttp::field::host, "127.0.0.1");
        if (!forwarded_for.empty()) req.set("X-Forwarded-For", forwarded_for);
        req.prepare_payload();
        bhttp::write(stream, req);
        beast::flat_buffer buffer;
        HttpResponse res;
        bhttp::read(stream, buffer, res);
        return res;
    }

    std::string pairing_secret(const std::string& forwarded_for) const {
        const auto res = get_from("127.0.0.5", forwarded_for, bhttp::verb::post, "/screen/pairing");
        REQUIRE(res.result_int() == 201);
        return json_of(res)["secret"];
    }
    std::string status(const std::string& secret) const {
        const auto res = planner.client().post("/screen/pairing/status", {{"secret", secret}});
        return res.result_int() == 404 ? "unknown" : std::string(json_of(res)["status"]);
    }
};

} // namespace

TEST_CASE("behind a trusted proxy, X-Forwarded-For names the client; from others it is ignored") {
    ProxiedPlanner proxied;
    auto& process = *proxied.planner.process;
    SUBCASE("the access log names the client") {
        // The right-most address that is not itself a trusted proxy.
        CHECK(proxied.get_from("127.0.0.5", "10.9.9.9, 10.1.2.3, 127.0.0.5").result_int() == 200);
        CHECK(process.wait_line("GET /healthz 200", std::chrono::seconds(5)));
        CHECK(process.wait_line(" 10.1.2.3", std::chrono::seconds(5)));
        // Anyone else may write the header; it names no one.
        CHECK(proxied.get_from("127.0.0.6", "10.7.7.7").result_int() == 200);
        CHECK(process.wait_line(" 127.0.0.6", std::chrono::seconds(5)));
        CHECK(process.output().find("10.7.7.7") == std::string::npos);
        CHECK(process.output().find("10.9.9.9") == std::string::npos);
    }
    SUBCASE("pairing codes are counted per client, not per proxy") {
        // Two codes per client: a's third request replaces a's first, and b's does not.
        const auto a1 = proxied.pairing_secret("10.0.0.1");
        const auto a2 = proxied.pairing_secret("10.0.0.1");
        const auto b1 = proxied.pairing_secret("10.0.0.2");
        const auto a3 = proxied.pairing_secret("10.0.0.1");
        CHECK(proxied.status(a1) == "unknown");
        CHECK(proxied.status(a2) == "waiting");
        CHECK(proxied.status(b1) == "waiting");
        CHECK(proxied.status(a3) == "waiting");
    }
    SUBCASE("the proxy is not held to one address's share of connections") {
        net::io_context ioc;
        std::vector<tcp::socket> through_proxy;
        for (int i = 0; i < 40; ++i)
            through_proxy.push_back(connect_from(ioc, proxied.planner.port, "127.0.0.5"));
        CHECK(proxied.get_from("127.0.0.5", "10.0.0.3").result_int() == 200);
        CHECK(count_closed(through_proxy) == 0);
    }
}

TEST_CASE("the access log shows no more than the start of a secret in a path") {
    RunningPlanner planner;
    const std::string token(64, 'a');
    CHECK(planner.client()
              .get("/agenda/" + token.substr(0, 8) + std::string(56, 'b') + ".ics")
              .result_int() == 404);
    CHECK(planner.process->wait_line("GET /agenda/aaaaaaaa....ics 404", std::chrono::seconds(5)));
    CHECK(planner.process->output().find("bbbbbbbb") == std::string::npos);
}
