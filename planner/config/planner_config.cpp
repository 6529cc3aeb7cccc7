// Reads the planner configuration and its routine files into typed, checked values.
#include "config/planner_config.hpp"

#include "common/toml_reader.hpp"
#include "config/goal_catalogue.hpp"
#include "domain/routine_rules.hpp"

#include <arpa/inet.h>

#include <array>
#include <set>

namespace dagritme::config {
namespace {

namespace fs = std::filesystem;

constexpr std::array<std::string_view, 8> weekday_keys{
    "", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};

fs::path relative_to(const fs::path& file, const std::string& path) {
    const fs::path p(path);
    return p.is_absolute() ? p : (file.parent_path() / p).lexically_normal();
}

bool is_loopback(const std::string& address) {
    return address == "localhost" || address == "::1" || address.starts_with("127.");
}

// The standard text of an IP address ("::1", "192.168.1.2"), or nothing for another text.
std::optional<std::string> ip_address(const std::string& text) {
    unsigned char bytes[16];
    char out[INET6_ADDRSTRLEN] = {};
    for (const int family : {AF_INET, AF_INET6})
        if (inet_pton(family, text.c_str(), bytes) == 1 &&
            inet_ntop(family, bytes, out, sizeof out))
            return std::string(out);
    return std::nullopt;
}

// A block that breaks its day, for a config error that names the block's key already.
std::string english(const BlockProblem& problem) {
    const auto& b = problem.block;
    if (problem.kind == BlockProblem::Kind::ends_before_start)
        return "ends at " + b.end.str() + ", not after its start " + b.start.str();
    return "starts at " + b.start.str() + ", before the previous block (" + problem.previous.label +
           ") ends at " + problem.previous.end.str();
}

// A block outside its day's opening hours, for a config error that names the block's key.
std::string english(const HoursProblem& problem, std::string_view weekday) {
    const auto& b = problem.block;
    if (problem.kind == HoursProblem::Kind::before_opening)
        return "starts at " + b.start.str() + ", before the group opens at " +
               problem.hours->open.str() + " on " + std::string(weekday);
    return "ends at " + b.end.str() + ", after the group closes at " + problem.hours->close.str() +
           " on " + std::string(weekday);
}

std::vector<RoutineBlock> read_blocks(const TableReader& owner, const toml::array& list,
                                      std::string_view day_key, const PictogramExists& exists) {
    std::vector<RoutineBlock> blocks;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const std::string path = owner.key_path(day_key) + "[" + std::to_string(i) + "]";
        const auto* table = list[i].as_table();
        if (!table)
            owner.fail_at(list[i], std::string(day_key) + "[" + std::to_string(i) + "]",
                          "expected a block { start, end, kind, pictogram, label }");
        TableReader block(*table, path, owner.file());
        RoutineBlock b;
        b.start = block.time("start");
        b.end = block.time("end");
        const auto kind = block.string("kind");
        const auto parsed = routine_kind_from(kind);
        if (!parsed)
            block.fail("kind",
                       "unknown kind \"" + kind + "\"; expected one of: " + routine_kind_list());
        b.kind = *parsed;
        b.pictogram = block.string("pictogram");
        if (!exists(b.pictogram))
            block.fail("pictogram",
                       "unknown pictogram \"" + b.pictogram + "\": no " + b.pictogram +
                           ".png or .svg in the default set or the organisation's folder");
        b.label = block.string("label");
        if (b.label.empty()) block.fail("label", "must not be empty");
        block.finish();
        blocks.push_back(std::move(b));
    }
    if (const auto problem = check_blocks(blocks)) {
        const auto i = problem->position;
        const TableReader block(*list[i].as_table(),
                                owner.key_path(day_key) + "[" + std::to_string(i) + "]",
                                owner.file());
        const bool ends = problem->kind == BlockProblem::Kind::ends_before_start;
        block.fail(ends ? "end" : "start", english(*problem));
    }
    return blocks;
}

// A routine file: "weekdays" (Monday to Friday) and/or a list per day that replaces it.
// On an open day every block lies within the opening hours (check_hours); blocks that
// "weekdays" gives a closed day are never shown, so they are let be.
RoutineTemplate read_routines(const fs::path& file, const PictogramExists& exists,
                              const std::array<std::optional<OpeningHours>, 8>& opening) {
    const auto doc = parse_toml_file(file);
    TableReader root(doc, "", file.string());
    RoutineTemplate routines;
    std::array<std::string_view, 8> source{}; // the key each day's blocks came from
    if (root.has("weekdays")) {
        const auto blocks = read_blocks(root, root.array("weekdays"), "weekdays", exists);
        for (int day = 1; day <= 5; ++day) {
            routines.days.at(static_cast<std::size_t>(day)) = blocks;
            source.at(static_cast<std::size_t>(day)) = "weekdays";
        }
    } else {
        root.optional_string("weekdays"); // known key, absent
    }
    for (int day = 1; day <= 7; ++day) {
        const auto key = weekday_keys.at(static_cast<std::size_t>(day));
        if (root.has(key)) {
            routines.days.at(static_cast<std::size_t>(day)) =
                read_blocks(root, root.array(key), key, exists);
            source.at(static_cast<std::size_t>(day)) = key;
        } else {
            root.optional_string(key);
        }
    }
    for (int day = 1; day <= 7; ++day) {
        const auto index = static_cast<std::size_t>(day);
        const auto& hours = opening.at(index);
        if (!hours) continue;
        const auto problem = check_hours(routines.days.at(index), hours);
        if (!problem) continue;
        const auto key = source.at(index);
        const auto& list = root.array(key);
        const auto i = problem->position;
        const TableReader block(*list[i].as_table(),
                                root.key_path(key) + "[" + std::to_string(i) + "]", file.string());
        const bool before = problem->kind == HoursProblem::Kind::before_opening;
        block.fail(before ? "start" : "end", english(*problem, weekday_keys.at(index)));
    }
    root.finish();
    return routines;
}

Group read_group(const toml::table& table, std::size_t index, const std::string& file,
                 const PictogramExists& exists) {
    TableReader g(table, "group[" + std::to_string(index) + "]", file);
    Group group;
    group.id = g.string("id");
    if (!valid_group_id(group.id))
        g.fail("id",
               "expected lowercase letters, digits and '-' (at most 40), got \"" + group.id + "\"");
    group.name = g.string("name");
    if (group.name.empty()) g.fail("name", "must not be empty");
    group.timezone = g.optional_string("timezone").value_or("Europe/Amsterdam");
    if (!is_supported_timezone(group.timezone))
        g.fail("timezone",
               "unsupported time zone \"" + group.timezone + "\"; expected \"Europe/Amsterdam\"");

    TableReader opening(g.table("opening"), g.key_path("opening"), file);
    for (int day = 1; day <= 7; ++day) {
        const auto key = weekday_keys.at(static_cast<std::size_t>(day));
        if (!opening.has(key)) {
            opening.optional_string(key);
            continue;
        }
        const auto& range = opening.array(key);
        if (range.size() != 2)
            opening.fail(key, "expected [\"HH:MM\", \"HH:MM\"] (opening and closing time)");
        const auto open = time_value(opening, range[0], key),
                   close = time_value(opening, range[1], key);
        if (close <= open)
            opening.fail_at(range[1], key,
                            "closes at " + close.str() + ", not after it opens at " + open.str());
        group.opening.at(static_cast<std::size_t>(day)) = OpeningHours{open, close};
    }
    opening.finish();

    TableReader screen(g.table("screen"), g.key_path("screen"), file);
    group.screen_on = screen.time("on");
    group.screen_off = screen.time("off");
    if (group.screen_off <= group.screen_on)
        screen.fail("off", "switches off at " + group.screen_off.str() +
                               ", not after it switches on at " + group.screen_on.str());
    screen.finish();

    for (auto& text : g.strings("limits")) {
        if (text.empty()) g.fail("limits", "a limit must not be empty");
        group.limits.push_back(Limit{.text = std::move(text), .id = 0, .retired_at = std::nullopt});
    }
    const auto routines = g.string("routines");
    const auto routines_file = relative_to(file, routines);
    if (!fs::exists(routines_file)) g.fail("routines", "no such file: " + routines_file.string());
    g.finish();
    group.routines = read_routines(routines_file, exists, group.opening);
    return group;
}

} // namespace

PlannerConfig load_planner_config(
    const fs::path& file,
    const std::function<PictogramExists(const std::optional<fs::path>&)>& make_exists) {
    const auto doc = parse_toml_file(file);
    const std::string name = file.string();
    TableReader root(doc, "", name);
    PlannerConfig config;
    config.file = file;

    if (const auto goals = root.optional_string("goals")) {
        const auto goals_file = relative_to(file, *goals);
        if (!fs::is_regular_file(goals_file))
            root.fail("goals", "no such file: " + goals_file.string());
        config.goals = load_goal_catalogue(goals_file);
    }

    TableReader database(root.table("database"), "database", name);
    config.database = relative_to(file, database.string("path"));
    database.finish();

    TableReader media(root.table("media"), "media", name);
    config.media_dir = relative_to(file, media.string("dir"));
    if (auto own = media.optional_string("own_pictograms"); own && !own->empty()) {
        config.own_pictograms = relative_to(file, *own);
        if (!fs::is_directory(*config.own_pictograms))
            media.fail("own_pictograms", "no such folder: " + config.own_pictograms->string());
    }
    media.finish();

    TableReader server(root.table("server"), "server", name);
    config.address = server.optional_string("address").value_or("127.0.0.1");
    if (config.address.empty()) server.fail("address", "must not be empty");
    config.port = server.has("port") ? static_cast<int>(server.integer("port", 1, 65535)) : 8080;
    if (!server.has("port")) server.optional_string("port");
    if (server.has("max_connections"))
        config.max_connections = static_cast<int>(server.integer("max_connections", 16, 100'000));
    else
        server.optional_string("max_connections");
    if (server.has("max_connections_per_address"))
        config.max_connections_per_address = static_cast<int>(
            server.integer("max_connections_per_address", 1, config.max_connections));
    else
        server.optional_string("max_connections_per_address");
    if (server.has("trusted_proxies")) {
        const auto& list = server.array("trusted_proxies");
        for (std::size_t i = 0; i < list.size(); ++i) {
            const auto key = "trusted_proxies[" + std::to_string(i) + "]";
            const auto* text = list[i].as_string();
            const auto address = text ? ip_address(text->get()) : std::nullopt;
            if (!text)
                server.fail_at(list[i], key,
                               "expected the IP address of a proxy as a string (e.g. "
                               "\"192.168.1.2\" or \"::1\")");
            if (!address)
                server.fail_at(list[i], key,
                               "expected the IP address of a proxy (e.g. \"192.168.1.2\" or "
                               "\"::1\"), got \"" +
                                   text->get() + "\"");
            config.trusted_proxies.push_back(*address);
        }
    } else {
        server.optional_string("trusted_proxies");
    }
    const auto pem_file = [&](std::string_view key) -> std::optional<fs::path> {
        const auto value = server.optional_string(key);
        if (!value) return std::nullopt;
        const auto path = relative_to(file, *value);
        if (!fs::is_regular_file(path)) server.fail(key, "no such file: " + path.string());
        return path;
    };
    config.tls_certificate = pem_file("tls_certificate");
    config.tls_private_key = pem_file("tls_private_key");
    if (config.tls_certificate.has_value() != config.tls_private_key.has_value())
        server.fail(config.tls_certificate ? "tls_certificate" : "tls_private_key",
                    "needs tls_certificate and tls_private_key together");
    config.allow_plaintext = server.optional_boolean("allow_plaintext").value_or(false);
    if (!config.tls_certificate && !config.allow_plaintext && !is_loopback(config.address))
        server.fail(
            "address",
            "\"" + config.address +
                "\" is reachable from the network: configure tls_certificate and tls_private_key, "
                "or set allow_plaintext = true");
    server.finish();

    const auto exists = make_exists(config.own_pictograms);
    // No groups is fine: a unit may set its groups up on the pages alone.
    static const toml::array no_groups;
    if (!root.has("group")) root.optional_string("group"); // known key, absent
    const auto& groups = root.has("group") ? root.array("group") : no_groups;
    std::set<std::string> ids;
    for (std::size_t i = 0; i < groups.size(); ++i) {
        const auto* table = groups[i].as_table();
        if (!table) root.fail_at(groups[i], "group", "expected [[group]] tables");
        auto group = read_group(*table, i, name, exists);
        if (!ids.insert(group.id).second)
            root.fail_at(*table->get("id"), "group[" + std::to_string(i) + "].id",
                         "duplicate group id \"" + group.id + "\"");
        config.groups.push_back(std::move(group));
    }
    root.finish();
    return config;
}

} // namespace dagritme::config
