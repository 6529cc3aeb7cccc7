#include "app/config_sync.hpp"
#include "config/planner_config.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace dagritme;

namespace {

const std::string base_planner = R"([database]
path = "d.db"
[media]
dir = "media"
[server]
port = 8080
[[group]]
id = "zonnebloem"
name = "De Zonnebloem"
routines = "routines.toml"
limits = ["We doen elkaar geen pijn."]
[group.opening]
monday = ["07:30", "17:30"]
[group.screen]
on = "07:15"
off = "18:00"
)";

const std::string base_routines = R"(weekdays = [
  { start = "07:30", end = "08:30", kind = "arrival", pictogram = "aankomst", label = "Binnenkomen" },
  { start = "08:30", end = "09:00", kind = "circle", pictogram = "kring", label = "Kring" },
]
)";

std::string replace(std::string text, const std::string& from, const std::string& to) {
    const auto at = text.find(from);
    REQUIRE_MESSAGE(at != std::string::npos, from);
    return text.replace(at, from.size(), to);
}

struct ConfigFiles {
    test::TempDir dir;
    std::filesystem::path planner;
    ConfigFiles(const std::string& planner_text, const std::string& routines_text) {
        planner = dir.write("planner.toml", planner_text);
        dir.write("routines.toml", routines_text);
    }
};

// The error message of loading these files, with the temp folder replaced by "DIR".
std::string error_of(const std::string& planner_text,
                     const std::string& routines_text = base_routines) {
    ConfigFiles files(planner_text, routines_text);
    try {
        app::load_config(files.planner);
    } catch (const config::ConfigError& e) {
        std::string message = e.what();
        const auto dir = files.dir.path().string() + "/";
        for (auto at = message.find(dir); at != std::string::npos; at = message.find(dir))
            message.replace(at, dir.size(), "DIR/");
        return message;
    }
    return "no error";
}

} // namespace

TEST_CASE("the shipped example configuration is valid") {
    const auto config = app::load_config(test::source_dir / "config" / "planner.toml");
    REQUIRE(config.groups.size() == 1);
    const auto& g = config.groups[0];
    CHECK(g.id == "zonnebloem");
    CHECK(g.routines.for_weekday(2).size() == 12);
    CHECK(g.routines.for_weekday(2)[3].pictogram == "fruit-eten");
    CHECK(g.routines.for_weekday(6).empty());
    CHECK(config.address == "127.0.0.1");
    CHECK(config.port == 8080);
}

TEST_CASE("a minimal configuration loads with defaults, paths relative to the file") {
    ConfigFiles files(base_planner, base_routines);
    const auto config = app::load_config(files.planner);
    CHECK(config.database == files.dir / "d.db");
    CHECK(config.media_dir == files.dir / "media");
    CHECK(config.address == "127.0.0.1");
    CHECK(config.groups[0].timezone == "Europe/Amsterdam");
    CHECK(config.groups[0].opening[1]->close.str() == "17:30");
    CHECK(config.groups[0].routines.for_weekday(5).size() == 2);
}

TEST_CASE("configuration errors name file:line:column, the key and what was expected") {
    SUBCASE("syntax error") {
        CHECK(
            error_of(replace(base_planner, "port = 8080", "port = ")) ==
            "DIR/planner.toml:6:8: Error while parsing key-value pair: expected value, saw '\\n'");
    }
    SUBCASE("unknown key") {
        CHECK(error_of(replace(base_planner, "path = \"d.db\"", "path = \"d.db\"\npth = 1")) ==
              "DIR/planner.toml:3:1: database.pth: unknown key (known here: path)");
    }
    SUBCASE("wrong type") {
        CHECK(
            error_of(replace(base_planner, "port = 8080", "port = \"8080\"")) ==
            "DIR/planner.toml:6:8: server.port: expected an integer from 1 to 65535, got \"8080\"");
        CHECK(error_of(replace(base_planner, "name = \"De Zonnebloem\"", "name = 3")) ==
              "DIR/planner.toml:9:8: group[0].name: expected a string, got 3");
    }
    SUBCASE("a network address without TLS") {
        CHECK(error_of(replace(base_planner, "port = 8080",
                               "port = 8080\naddress = \"192.168.1.10\"")) ==
              "DIR/planner.toml:7:11: server.address: \"192.168.1.10\" is reachable from the "
              "network: configure "
              "tls_certificate and tls_private_key, or set allow_plaintext = true");
        CHECK(
            error_of(replace(base_planner, "port = 8080",
                             "port = 8080\naddress = \"192.168.1.10\"\nallow_plaintext = true")) ==
            "no error");
    }
    SUBCASE("TLS files: both, and existing") {
        CHECK(error_of(replace(base_planner, "port = 8080",
                               "port = 8080\ntls_certificate = \"routines.toml\"")) ==
              "DIR/planner.toml:7:19: server.tls_certificate: needs tls_certificate and "
              "tls_private_key together");
        CHECK(error_of(replace(base_planner, "port = 8080",
                               "port = 8080\ntls_private_key = \"nergens.key\"")) ==
              "DIR/planner.toml:7:19: server.tls_private_key: no such file: DIR/nergens.key");
        CHECK(error_of(
                  replace(base_planner, "port = 8080", "port = 8080\nallow_plaintext = \"ja\"")) ==
              "DIR/planner.toml:7:19: server.allow_plaintext: expected true or false, got \"ja\"");
    }
    SUBCASE("trusted proxies are IP addresses") {
        CHECK(error_of(replace(base_planner, "port = 8080",
                               "port = 8080\ntrusted_proxies = [\"10.0.0.1\", \"proxy.local\"]")) ==
              "DIR/planner.toml:7:32: server.trusted_proxies[1]: expected the IP address of a "
              "proxy (e.g. \"192.168.1.2\" or \"::1\"), got \"proxy.local\"");
        CHECK(error_of(replace(base_planner, "port = 8080",
                               "port = 8080\ntrusted_proxies = [\"10.0.0.0/8\"]")) ==
              "DIR/planner.toml:7:20: server.trusted_proxies[0]: expected the IP address of a "
              "proxy (e.g. \"192.168.1.2\" or \"::1\"), got \"10.0.0.0/8\"");
        CHECK(error_of(
                  replace(base_planner, "port = 8080", "port = 8080\ntrusted_proxies = [8080]")) ==
              "DIR/planner.toml:7:20: server.trusted_proxies[0]: expected the IP address of a "
              "proxy as a string (e.g. \"192.168.1.2\" or \"::1\")");
        CHECK(error_of(replace(base_planner, "port = 8080",
                               "port = 8080\ntrusted_proxies = \"10.0.0.1\"")) ==
              "DIR/planner.toml:7:19: server.trusted_proxies: expected an array, got \"10.0.0.1\"");
        ConfigFiles files(replace(base_planner, "port = 8080",
                                  "port = 8080\ntrusted_proxies = [\"10.0.0.1\", \"::1\"]"),
                          base_routines);
        CHECK(app::load_config(files.planner).trusted_proxies ==
              std::vector<std::string>{"10.0.0.1", "::1"});
    }
    SUBCASE("out of range") {
        CHECK(error_of(replace(base_planner, "port = 8080", "port = 70000")) ==
              "DIR/planner.toml:6:8: server.port: expected an integer from 1 to 65535, got 70000");
    }
    SUBCASE("missing required key") {
        CHECK(error_of(replace(base_planner, "dir = \"media\"\n", "")) ==
              "DIR/planner.toml:3:1: media.dir: missing (required)");
    }
    SUBCASE("impossible time: 25:00") {
        CHECK(error_of(replace(base_planner, "on = \"07:15\"", "on = \"25:00\"")) ==
              "DIR/planner.toml:15:6: group[0].screen.on: expected a time \"HH:MM\" from 00:00 to "
              "23:59, got \"25:00\"");
    }
    SUBCASE("closing before opening") {
        CHECK(error_of(replace(base_planner, R"(["07:30", "17:30"])", R"(["17:30", "07:30"])")) ==
              "DIR/planner.toml:13:20: group[0].opening.monday: closes at 07:30, not after it "
              "opens at 17:30");
    }
    SUBCASE("screen off before on") {
        CHECK(error_of(replace(base_planner, "off = \"18:00\"", "off = \"07:00\"")) ==
              "DIR/planner.toml:16:7: group[0].screen.off: switches off at 07:00, not after it "
              "switches on at 07:15");
    }
    SUBCASE("unsupported time zone") {
        CHECK(error_of(replace(base_planner, "id = \"zonnebloem\"",
                               "id = \"zonnebloem\"\ntimezone = \"Mars/Olympus\"")) ==
              "DIR/planner.toml:9:12: group[0].timezone: unsupported time zone \"Mars/Olympus\"; "
              "expected \"Europe/Amsterdam\"");
    }
    SUBCASE("duplicate group id") {
        const auto second = base_planner.substr(base_planner.find("[[group]]"));
        CHECK(error_of(base_planner + second) ==
              "DIR/planner.toml:18:6: group[1].id: duplicate group id \"zonnebloem\"");
    }
    SUBCASE("bad group id") {
        CHECK(error_of(replace(base_planner, "id = \"zonnebloem\"", "id = \"De Zonnebloem\"")) ==
              "DIR/planner.toml:8:6: group[0].id: expected lowercase letters, digits and '-' (at "
              "most 40), got \"De Zonnebloem\"");
    }
    SUBCASE("missing routine file") {
        CHECK(error_of(replace(base_planner, "\"routines.toml\"", "\"nope.toml\"")) ==
              "DIR/planner.toml:10:12: group[0].routines: no such file: DIR/nope.toml");
    }
}

TEST_CASE("a configuration without groups is valid: the groups are then made on the pages") {
    const auto planner = base_planner.substr(0, base_planner.find("[[group]]"));
    ConfigFiles files(planner, base_routines);
    CHECK(app::load_config(files.planner).groups.empty());
}

TEST_CASE("routine errors point into the routine file") {
    SUBCASE("block ends before it starts") {
        CHECK(error_of(base_planner,
                       replace(base_routines, R"(end = "09:00")", R"(end = "08:15")")) ==
              "DIR/routines.toml:3:28: weekdays[1].end: ends at 08:15, not after its start 08:30");
    }
    SUBCASE("overlapping blocks") {
        CHECK(error_of(base_planner,
                       replace(base_routines, R"(start = "08:30")", R"(start = "08:00")")) ==
              "DIR/routines.toml:3:13: weekdays[1].start: starts at 08:00, before the previous "
              "block (Binnenkomen) ends at 08:30");
    }
    SUBCASE("impossible time") {
        CHECK(error_of(base_planner,
                       replace(base_routines, R"(start = "07:30")", R"(start = "25:00")")) ==
              "DIR/routines.toml:2:13: weekdays[0].start: expected a time \"HH:MM\" from 00:00 to "
              "23:59, got \"25:00\"");
    }
    SUBCASE("unknown kind") {
        CHECK(error_of(base_planner,
                       replace(base_routines, R"(kind = "circle")", R"(kind = "nap")")) ==
              "DIR/routines.toml:3:44: weekdays[1].kind: unknown kind \"nap\"; expected one of: "
              "arrival, eat, "
              "drink, sleep, care, free_play, outdoor_play, circle, music, gym, story, activity, "
              "going_home");
    }
    SUBCASE("a block before the group opens, on an open day") {
        CHECK(error_of(base_planner,
                       replace(base_routines, R"(start = "07:30")", R"(start = "07:00")")) ==
              "DIR/routines.toml:2:13: weekdays[0].start: starts at 07:00, before the group "
              "opens at 07:30 on monday");
    }
    SUBCASE("a block after the group closes, in a day's own list") {
        CHECK(error_of(base_planner, base_routines +
                                         "monday = [\n  { start = \"17:00\", end = \"18:00\", "
                                         "kind = \"going_home\", pictogram = \"naar-huis\", "
                                         "label = \"Naar huis\" },\n]\n") ==
              "DIR/routines.toml:6:28: monday[0].end: ends at 18:00, after the group closes at "
              "17:30 on monday");
    }
    SUBCASE("unknown pictogram") {
        CHECK(error_of(base_planner, replace(base_routines, R"(pictogram = "kring")",
                                             R"(pictogram = "kringetje")")) ==
              "DIR/routines.toml:3:66: weekdays[1].pictogram: unknown pictogram \"kringetje\": no "
              "kringetje.png "
              "or .svg in the default set or the organisation's folder");
    }
    SUBCASE("unknown key in a block") {
        CHECK(error_of(base_planner, replace(base_routines, R"(label = "Kring" })",
                                             R"(label = "Kring", colour = "red" })")) ==
              "DIR/routines.toml:3:92: weekdays[1].colour: unknown key (known here: end, kind, "
              "label, pictogram, start)");
    }
    SUBCASE("unknown day") {
        CHECK(error_of(base_planner, base_routines + "funday = []\n") ==
              "DIR/routines.toml:5:1: funday: unknown key (known here: friday, monday, saturday, "
              "sunday, "
              "thursday, tuesday, wednesday, weekdays)");
    }
}

TEST_CASE("the organisation's own pictograms are found before the default set") {
    ConfigFiles files(
        replace(base_planner, "dir = \"media\"", "dir = \"media\"\nown_pictograms = \"eigen\""),
        replace(base_routines, R"(pictogram = "kring")", R"(pictogram = "onze-kring")"));
    CHECK_THROWS_AS(app::load_config(files.planner), config::ConfigError); // folder missing
    std::filesystem::create_directories(files.dir / "eigen");
    std::filesystem::copy_file(test::source_dir / "assets" / "pictograms" / "kring.png",
                               files.dir / "eigen" / "onze-kring.png");
    const auto config = app::load_config(files.planner);
    CHECK(config.own_pictograms == files.dir / "eigen");
}
