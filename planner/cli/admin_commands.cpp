// The administrator's commands: user add/passwd/disable and screen pair/list/revoke.
#include "cli/admin_commands.hpp"

#include "app/config_sync.hpp"
#include "app/screen_pairing.hpp"
#include "auth/secrets.hpp"
#include "http/server.hpp"
#include "store/accounts.hpp"
#include "store/migrations.hpp"
#include "store/screens.hpp"

#include <termios.h>
#include <unistd.h>

#include <charconv>
#include <chrono>
#include <iostream>
#include <ostream>
#include <string>

namespace dagritme::cli {
namespace {

namespace fs = std::filesystem;

std::int64_t now_seconds() {
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

} // namespace

store::Database open_database(const Args& args) {
    fs::path file;
    if (const auto db = args.get("db")) {
        file = *db;
    } else {
        const fs::path config =
            args.get("config").value_or((media::data_dir() / "config" / "planner.toml").string());
        file = app::load_config(config).database;
    }
    if (!fs::is_regular_file(file)) throw UsageError("no database at " + file.string());
    store::Database db(file);
    store::migrate(db);
    return db;
}

namespace {

// A password from the terminal (asked twice, not echoed) or the first line of stdin.
std::string read_password(std::istream& in, Io io) {
    const bool terminal = &in == &std::cin && ::isatty(STDIN_FILENO);
    termios saved{};
    if (terminal) {
        ::tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    std::string first, second;
    if (terminal) io.err << "Password: " << std::flush;
    std::getline(in, first);
    if (terminal) {
        io.err << "\nAgain: " << std::flush;
        std::getline(in, second);
        io.err << "\n";
        ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        if (first != second) throw UsageError("the two passwords differ");
    }
    if (first.size() < 10) throw UsageError("the password needs at least 10 characters");
    return first;
}

} // namespace

const char* const serve_help = R"(Usage: dagritme-planner serve --config FILE [--port N]

Serves the staff pages, the JSON API and the wall screens (HTTP and WebSocket) on the
configured address and port (--port overrides it; 0 picks a free port). Logs one line per
request. Stops gracefully on Ctrl-C (SIGINT) or SIGTERM.
)";

const char* const user_help =
    R"(Usage: dagritme-planner user add NAME --role ROLE [--group ID,...] [--db FILE | --config FILE]
       dagritme-planner user passwd NAME [--db FILE | --config FILE]
       dagritme-planner user disable NAME [--db FILE | --config FILE]

add: creates a staff account. ROLE: groepsleider, mentor, coordinator or admin. --group names
the groups the account works in (comma-separated); a groepsleider or mentor sees only those,
a coordinator or admin every group.
passwd: sets a new password. disable: the account can no longer log in.
Both passwd and disable end the account's open sessions at once.
Passwords are asked on the terminal, or read from the first line of standard input.
)";

const char* const screen_help =
    R"(Usage: dagritme-planner screen pair CODE --group ID --name NAME [--db FILE | --config FILE]
       dagritme-planner screen list [--db FILE | --config FILE]
       dagritme-planner screen revoke ID [--db FILE | --config FILE]

pair: pairs the wall screen that shows the six-digit CODE to group ID.
list: the paired screens. revoke: the screen ID can no longer read anything.
)";

int cmd_serve(const Args& args, Io io) {
    web::ServeOptions options{app::load_config(args.required("config")), std::nullopt, {}};
    options.limits.max_connections = static_cast<std::size_t>(options.config.max_connections);
    options.limits.max_per_address =
        static_cast<std::size_t>(options.config.max_connections_per_address);
    options.limits.reserved_for_known = options.limits.max_connections / 4;
    if (const auto port = args.get("port")) {
        int value = -1;
        const auto [end, ec] = std::from_chars(port->data(), port->data() + port->size(), value);
        if (ec != std::errc{} || end != port->data() + port->size() || value < 0 || value > 65535)
            throw UsageError("--port: expected a number from 0 to 65535, got \"" + *port + "\"");
        options.port = value;
    }
    return web::serve(options, io.out);
}

int cmd_user(const Args& args, Io io) {
    std::istream& in = io.in ? *io.in : std::cin;
    const auto& words = args.positional();
    if (words.size() == 2 && (words[0] == "passwd" || words[0] == "disable")) {
        const auto& name = words[1];
        auto db = open_database(args);
        const bool disable = words[0] == "disable";
        const auto hash = disable ? std::string() : auth::hash_password(read_password(in, io));
        store::Transaction tx{db};
        const bool done = disable ? store::disable_account(db, name, now_seconds())
                                  : store::set_password(db, name, hash);
        if (!done)
            throw UsageError("no " + std::string(disable ? "enabled " : "") + "account named \"" +
                             name + "\"");
        tx.commit();
        io.out << "account " << name << (disable ? " disabled" : ": password changed")
               << "; its sessions ended\n";
        return 0;
    }
    if (words.size() != 2 || words[0] != "add")
        throw UsageError(
            "expected: user add NAME --role ROLE | user passwd NAME | user disable NAME");
    const auto& name = words[1];
    const auto role_name = args.required("role");
    const auto role = role_from(role_name);
    if (!role)
        throw UsageError("--role: expected groepsleider, mentor, coordinator or admin, got \"" +
                         role_name + "\"");
    std::vector<std::string> groups;
    if (const auto list = args.get("group")) {
        std::string_view rest = *list;
        while (!rest.empty()) {
            const auto comma = rest.find(',');
            if (const auto id = rest.substr(0, comma); !id.empty()) groups.emplace_back(id);
            rest.remove_prefix(comma == std::string_view::npos ? rest.size() : comma + 1);
        }
    }
    auto db = open_database(args);
    const auto hash = auth::hash_password(read_password(in, io));
    store::Transaction tx{db};
    const auto id = store::add_account(db, name, *role, hash, now_seconds());
    store::set_account_groups(db, id, groups);
    tx.commit();
    io.out << "account " << name << " (" << role_name << ") created\n";
    return 0;
}

int cmd_screen(const Args& args, Io io) {
    const auto& words = args.positional();
    if (words.empty()) throw UsageError("expected: screen pair|list|revoke");
    auto db = open_database(args);
    if (words[0] == "pair" && words.size() == 2) {
        auto result =
            app::pair(db, words[1], args.required("group"), args.required("name"), now_seconds());
        if (const auto* problem = std::get_if<app::PairingProblem>(&result))
            throw UsageError(problem->kind == app::PairingProblem::Kind::unknown_group
                                 ? "unknown group \"" + args.required("group") + "\""
                                 : "unknown, expired or already used pairing code " + words[1]);
        const auto& screen = std::get<store::Screen>(result);
        io.out << "screen " << screen.id << " \"" << screen.name << "\" paired to group "
               << screen.group_id << "\n";
        return 0;
    }
    if (words[0] == "list" && words.size() == 1) {
        for (const auto& s : store::list_screens(db))
            io.out << s.id << "\t" << s.group_id << "\t" << s.name
                   << (s.revoked_at ? "\t(revoked)" : "") << "\n";
        return 0;
    }
    if (words[0] == "revoke" && words.size() == 2) {
        std::int64_t id = 0;
        const auto& text = words[1];
        const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
        if (ec != std::errc{} || end != text.data() + text.size())
            throw UsageError("expected a screen id, got \"" + text + "\"");
        if (!app::revoke_screen(db, id, now_seconds()))
            throw UsageError("no active screen with id " + text);
        io.out << "screen " << id << " revoked\n";
        return 0;
    }
    throw UsageError("expected: screen pair CODE | screen list | screen revoke ID");
}

} // namespace dagritme::cli
