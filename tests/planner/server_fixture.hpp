// A running planner for integration tests: a demo database of today, three accounts
// (admin, groepsleider, mentor), and the real server on a free loopback port.
#pragma once

#include "cli/commands.hpp"
#include "net_client.hpp"
#include "planner_process.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

#include <memory>
#include <sstream>

namespace dagritme::test {

inline const std::string test_password = "een-lang-wachtwoord";

struct RunningPlanner {
    TempDir dir;
    std::filesystem::path config;
    std::unique_ptr<PlannerProcess> process;
    unsigned short port = 0;

    RunningPlanner() {
        // The demo routine, on every day of the week: tests that use "today" pass on weekends too.
        auto week = slurp(source_dir / "config" / "routines" / "zonnebloem.toml");
        const auto list_begin = week.find("weekdays = ["),
                   list_end = week.find("]\n", list_begin) + 2;
        const auto weekdays = week.substr(list_begin, list_end - list_begin);
        week += "\nsaturday = " + weekdays.substr(11) + "\nsunday = " + weekdays.substr(11);
        const auto routines = dir.write("routines.toml", week).string();
        auto text = slurp(source_dir / "config" / "planner.toml");
        auto replace = [&](const std::string& from, const std::string& to) {
            text.replace(text.find(from), from.size(), to);
        };
        replace("\"../var/dagritme.db\"", "\"dagritme.db\"");
        replace("\"../var/media\"", "\"media\"");
        replace("\"routines/zonnebloem.toml\"", "\"" + routines + "\"");
        replace("\"goals.toml\"", "\"" + (source_dir / "config" / "goals.toml").string() + "\"");
        config = dir.write("planner.toml", text);
        // The demo seeds the database from this configuration: after that the database is the
        // truth, and serve's configuration only seeds groups it does not hold.
        REQUIRE(cli_ok({"demo", "--db", (dir / "dagritme.db").string(), "--config", config.string(),
                        "--media", (dir / "media").string()}));
        for (const auto& [name, role] : std::vector<std::pair<std::string, std::string>>{
                 {"ilse", "admin"}, {"marco", "groepsleider"}, {"fatima", "mentor"}}) {
            std::istringstream password(test_password + "\n");
            REQUIRE(cli_ok({"user", "add", name, "--role", role, "--group", "zonnebloem",
                            "--config", config.string()},
                           &password));
        }
        start();
    }

    void start() {
        process = std::make_unique<PlannerProcess>(std::vector<std::string>{
            "serve", "--config", config.string(), "--port", port ? std::to_string(port) : "0"});
        const auto bound = process->wait_port();
        REQUIRE_MESSAGE(bound, process->output());
        port = *bound;
    }

    // Restarts on the same port with TLS, with a certificate for localhost and 127.0.0.1 made
    // the way the README says; returns the folder with ca.crt, planner.crt and planner.key.
    std::filesystem::path restart_with_tls() {
        const auto certificates = dir / "tls";
        const auto command = (source_dir / "scripts" / "make-certificate").string() + " " +
                             certificates.string() + " localhost 127.0.0.1 >/dev/null";
        REQUIRE(std::system(command.c_str()) == 0);
        auto text = slurp(config);
        const std::string server = "[server]\n";
        text.insert(
            text.find(server) + server.size(),
            "tls_certificate = \"tls/planner.crt\"\ntls_private_key = \"tls/planner.key\"\n");
        dir.write("planner.toml", text);
        process.reset();
        start();
        REQUIRE(process->wait_line("listening on https://", std::chrono::seconds(5)));
        return certificates;
    }

    bool cli_ok(std::vector<std::string> args, std::istream* in = nullptr) {
        std::ostringstream out, err;
        const int code = cli::run(args, {out, err, in});
        if (code != 0) MESSAGE(err.str());
        return code == 0;
    }

    HttpClient client(const std::string& source = "") const {
        return HttpClient{port, "", "", source};
    }
    HttpClient logged_in(const std::string& name, const std::string& source = "") const {
        auto c = client(source);
        REQUIRE(c.login(name, test_password) == 200);
        return c;
    }

    // Pairs a new screen the way a display does; returns its token.
    std::string pair_screen(const std::string& name = "Groepsruimte links") {
        const auto c = client();
        const auto request = json_of(c.request(bhttp::verb::post, "/screen/pairing"));
        const auto admin = logged_in("ilse");
        const auto paired =
            admin.post("/api/screens/pair",
                       {{"code", request["code"]}, {"group", "zonnebloem"}, {"name", name}});
        REQUIRE(paired.result_int() == 201);
        const auto status =
            json_of(c.post("/screen/pairing/status", {{"secret", request["secret"]}}));
        REQUIRE(status["status"] == "paired");
        return status["token"];
    }

    std::int64_t revision() const {
        return json_of(logged_in("marco").get("/api/groups/zonnebloem/board"))["revision"];
    }
};

} // namespace dagritme::test
