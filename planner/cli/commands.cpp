// The command line's dispatch and its commands init, demo, board, check-config and serve.
#include "cli/commands.hpp"

#include "app/config_sync.hpp"
#include "cli/admin_commands.hpp"
#include "cli/args.hpp"
#include "demo/demo_group.hpp"
#include "store/board_query.hpp"
#include "store/groups.hpp"
#include "store/migrations.hpp"
#include "json/board_json.hpp"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <functional>
#include <map>
#include <ostream>
#include <set>

namespace dagritme::cli {
namespace {

namespace fs = std::filesystem;

constexpr const char* usage =
    R"(dagritme-planner: the planner of Dagritme, the day board of a day-treatment group.

Usage: dagritme-planner COMMAND [OPTIONS]

Commands:
  init          create or upgrade a database
  demo          create a demo database: the group "De Zonnebloem" and its day
  board         print the day board of a group on a date (JSON)
  check-config  check a configuration file
  serve         serve the staff pages, the API and the wall screens
  user          staff accounts: add, new password, disable
  screen        pair, list and revoke wall screens
  family        list the families, choose a family's mentor account, destroy a record
  export        write a family's whole record as JSON (export family ID)
  audit         check that the audit log is whole (audit verify)
  import        a unit's children or staff from a CSV file, all or nothing

Run "dagritme-planner COMMAND --help" for the options of a command.
)";

const std::map<std::string, std::string> help_texts{
    {"init", R"(Usage: dagritme-planner init --db FILE [--config FILE]

Creates the database FILE, or brings an existing one to the latest schema.
With --config, also writes the configured groups, routines and limits into it:
only the groups it does not hold yet. After that the database is the truth (a
group's name, hours and routine are edited on the pages), and the configuration
only seeds new groups.
)"},
    {"demo",
     R"(Usage: dagritme-planner demo --db FILE [--config FILE] [--media DIR] [--date YYYY-MM-DD]

Creates a demo database in the new file FILE: the fictional group "De Zonnebloem"
(8 children, 4 group leaders, 6 families) from the configuration (default: the
installed config/planner.toml), with the day DATE (default: today): attendance,
a changed block, two activity groups and a Zingen op schoot session.
Images go to DIR (default: FILE's name with "-media", next to it).
)"},
    {"board", R"(Usage: dagritme-planner board --db FILE --group ID --date YYYY-MM-DD

Prints the day board document (JSON, schema 2) of group ID on that date: the
same document the wall screens show.
)"},
    {"check-config", R"(Usage: dagritme-planner check-config FILE [--db DATABASE]

Checks the configuration FILE and the routine files it names. Prints "ok" and
exits 0 when it is valid; otherwise prints file:line:column, the key and what
was expected, and exits 2.
The configuration only seeds groups the database does not hold yet; a group in
the database keeps its settings (edited on the pages). With --db, says per group
which wins.
)"},
};

Date parse_date_option(const Args& args) {
    const auto text = args.required("date");
    const auto date = Date::parse(text);
    if (!date) throw UsageError("--date: expected a date YYYY-MM-DD, got \"" + text + "\"");
    return *date;
}

Date today() {
    const auto now = std::chrono::system_clock::now().time_since_epoch();
    return to_local(Instant{std::chrono::duration_cast<std::chrono::seconds>(now).count()}).date;
}

fs::path default_config() {
    return media::data_dir() / "config" / "planner.toml";
}

// Opens a database that must exist already (reading commands never create one).
store::Database open_existing(const fs::path& file) {
    if (!fs::is_regular_file(file))
        throw UsageError("no database at " + file.string() +
                         " (create one with: dagritme-planner init --db " + file.string() + ")");
    store::Database db(file);
    store::migrate(db);
    return db;
}

int cmd_init(const Args& args, Io io) {
    const fs::path file = args.required("db");
    store::Database db(file);
    store::migrate(db);
    if (const auto config_file = args.get("config")) {
        const auto config = app::load_config(*config_file);
        auto catalog = app::pictogram_catalog(config.own_pictograms);
        media::MediaStore media(config.media_dir);
        for (const auto& source : app::sync_config(db, config, catalog, media))
            io.out << app::describe(source) << "\n";
    }
    io.out << "database " << file.string() << " at schema version " << db.user_version() << "\n";
    return 0;
}

int cmd_demo(const Args& args, Io io) {
    const fs::path file = args.required("db");
    const fs::path config_file = args.get("config").value_or(default_config().string());
    const Date date = args.get("date") ? parse_date_option(args) : today();
    const fs::path media_dir = args.get("media").value_or(
        (file.parent_path() / (file.stem().string() + "-media")).string());
    if (fs::exists(file))
        throw UsageError("the demo needs a new database file; " + file.string() + " exists");

    const auto config = app::load_config(config_file);
    const auto group = std::find_if(config.groups.begin(), config.groups.end(),
                                    [](const Group& g) { return g.id == "zonnebloem"; });
    if (group == config.groups.end())
        throw UsageError(config_file.string() + " has no group \"zonnebloem\" for the demo");

    store::Database db(file);
    store::migrate(db);
    auto catalog = app::pictogram_catalog(config.own_pictograms);
    media::MediaStore media(media_dir);
    app::sync_config(db, config, catalog, media);
    const auto summary =
        demo::seed_demo(db, group->id, date, media, media::data_dir() / "assets" / "demo",
                        [&](const std::string& name) { return catalog.import(name, media); });
    io.out << "demo database " << file.string() << ": group \"" << group->name << "\", "
           << summary.children << " children, " << summary.staff << " group leaders, "
           << summary.families << " families; day " << date.str() << "\n"
           << "images in " << media_dir.string() << "\n";
    return 0;
}

int cmd_board(const Args& args, Io io) {
    const fs::path file = args.required("db");
    const auto group = args.required("group");
    const Date date = parse_date_option(args);
    auto db = open_existing(file);
    const auto board = store::load_board(db, group, date);
    if (!board) {
        std::string known;
        for (const auto& id : store::group_ids(db))
            known += (known.empty() ? "" : ", ") + id;
        throw UsageError("unknown group \"" + group +
                         "\" (groups in this database: " + (known.empty() ? "none" : known) + ")");
    }
    io.out << board_to_json(*board);
    return 0;
}

int cmd_check_config(const Args& args, Io io) {
    if (args.positional().size() != 1) throw UsageError("check-config needs exactly one FILE");
    const fs::path file = args.positional().front();
    if (!fs::is_regular_file(file)) throw UsageError("no such file: " + file.string());
    const auto config = app::load_config(file);
    io.out << "ok: " << file.string() << " (" << config.groups.size() << " group"
           << (config.groups.size() == 1 ? "" : "s") << ")\n";
    if (const auto db_file = args.get("db")) {
        // Read only: a check never creates or upgrades a database.
        if (!fs::is_regular_file(*db_file)) throw UsageError("no database at " + *db_file);
        store::Database db(*db_file);
        for (const auto& source : app::group_sources(db, config))
            io.out << app::describe(source, true) << "\n";
    } else if (!config.groups.empty()) {
        io.out << "the configuration seeds only the groups a database does not hold yet "
                  "(--db DATABASE says which)\n";
    }
    return 0;
}

struct Command {
    std::set<std::string> options;
    std::function<int(const Args&, Io)> run;
    bool positional = false;
};

const std::map<std::string, Command>& commands() {
    static const std::map<std::string, Command> all{
        {"init", {{"db", "config"}, cmd_init}},
        {"demo", {{"db", "config", "media", "date"}, cmd_demo}},
        {"board", {{"db", "group", "date"}, cmd_board}},
        {"check-config", {{"db"}, cmd_check_config, true}},
        {"serve", {{"config", "port"}, cmd_serve}},
        {"user", {{"role", "group", "db", "config"}, cmd_user, true}},
        {"screen", {{"group", "name", "db", "config"}, cmd_screen, true}},
        {"family", {{"family", "account", "db", "config"}, cmd_family, true}},
        {"export", {{"db", "config"}, cmd_export, true}},
        {"audit", {{"db", "config"}, cmd_audit, true}},
        {"import", {{"db", "config"}, cmd_import, true}},
    };
    return all;
}

} // namespace

int run(const std::vector<std::string>& args, Io io) {
    if (args.empty()) {
        io.err << usage;
        return 2;
    }
    if (args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
        io.out << usage;
        return 0;
    }
    const auto it = commands().find(args[0]);
    if (it == commands().end()) {
        io.err << "dagritme-planner: unknown command \"" << args[0] << "\"\n\n" << usage;
        return 2;
    }
    try {
        const Args parsed({args.begin() + 1, args.end()}, it->second.options);
        if (parsed.help()) {
            const std::map<std::string, const char*> admin_help{
                {"serve", serve_help},   {"user", user_help},     {"screen", screen_help},
                {"family", family_help}, {"export", export_help}, {"audit", audit_help},
                {"import", import_help}};
            io.out << (admin_help.contains(it->first) ? admin_help.at(it->first)
                                                      : help_texts.at(it->first));
            return 0;
        }
        if (!it->second.positional && !parsed.positional().empty())
            throw UsageError("unexpected argument \"" + parsed.positional().front() + "\"");
        return it->second.run(parsed, io);
    } catch (const UsageError& e) {
        io.err << "dagritme-planner " << it->first << ": " << e.what() << "\n"
               << "Run \"dagritme-planner " << it->first << " --help\" for its options.\n";
        return 2;
    } catch (const config::ConfigError& e) {
        io.err << e.what() << "\n";
        return 2;
    } catch (const std::exception& e) {
        io.err << "dagritme-planner " << it->first << ": " << e.what() << "\n";
        return 1;
    }
}

} // namespace dagritme::cli
