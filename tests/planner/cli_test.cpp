#include "cli/commands.hpp"
#include "store/database.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <pwd.h>
#include <sstream>
#include <sys/wait.h>
#include <unistd.h>

using namespace dagritme;

namespace {

struct Result {
    int code;
    std::string out;
    std::string err;
};

Result run(std::vector<std::string> args) {
    std::ostringstream out, err;
    const int code = cli::run(args, {out, err});
    return {code, out.str(), err.str()};
}

// The real executable, for what main() adds: exit codes as the shell sees them.
int run_binary(const std::string& args) {
    const int status =
        std::system((std::string(DAGRITME_PLANNER_BIN) + " " + args + " >/dev/null 2>&1").c_str());
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::string first_line(const std::string& text) {
    return text.substr(0, text.find('\n'));
}

} // namespace

TEST_CASE("help: for the program and every command, exit 0") {
    CHECK(run({"--help"}).code == 0);
    CHECK(run({"--help"}).out.find("Commands:") != std::string::npos);
    for (const char* command : {"init", "demo", "board", "check-config"}) {
        CAPTURE(command);
        const auto r = run({command, "--help"});
        CHECK(r.code == 0);
        CHECK(r.out.rfind(std::string("Usage: dagritme-planner ") + command, 0) == 0);
    }
}

TEST_CASE("bad arguments: a clear message and exit code 2") {
    CHECK(run({}).code == 2);
    CHECK(first_line(run({"plan"}).err) == "dagritme-planner: unknown command \"plan\"");
    CHECK(first_line(run({"board", "--db"}).err) ==
          "dagritme-planner board: option --db needs a value");
    CHECK(first_line(run({"board", "--colour", "red"}).err) ==
          "dagritme-planner board: unknown option --colour");
    CHECK(first_line(run({"board", "--group", "x", "--date", "2026-12-01"}).err) ==
          "dagritme-planner board: missing option --db");
    CHECK(first_line(run({"board", "--db", "a", "--db", "b"}).err) ==
          "dagritme-planner board: option --db given twice");
    CHECK(first_line(run({"board", "--db=", "--group", "x"}).err) ==
          "dagritme-planner board: option --db needs a value");
    CHECK(first_line(run({"init", "--db", "x.db", "extra"}).err) ==
          "dagritme-planner init: unexpected argument \"extra\"");
    CHECK(first_line(run({"check-config"}).err) ==
          "dagritme-planner check-config: check-config needs exactly one FILE");
    CHECK(first_line(run({"check-config", "/no/such/file.toml"}).err) ==
          "dagritme-planner check-config: no such file: /no/such/file.toml");
    for (const auto& args : std::vector<std::vector<std::string>>{
             {}, {"plan"}, {"board", "--db"}, {"board", "--colour", "red"}, {"check-config"}})
        CHECK(run(args).code == 2);
}

TEST_CASE("board: missing database, bad date, unknown group") {
    test::TempDir dir;
    const auto db = (dir / "x.db").string();
    const auto missing =
        run({"board", "--db", db, "--group", "zonnebloem", "--date", "2026-12-01"});
    CHECK(missing.code == 2);
    CHECK(first_line(missing.err) == "dagritme-planner board: no database at " + db +
                                         " (create one with: dagritme-planner init --db " + db +
                                         ")");
    CHECK_FALSE(std::filesystem::exists(db)); // reading never creates a database

    REQUIRE(run({"init", "--db", db}).code == 0);
    const auto bad_date =
        run({"board", "--db", db, "--group", "zonnebloem", "--date", "2026-02-30"});
    CHECK(bad_date.code == 2);
    CHECK(first_line(bad_date.err) ==
          "dagritme-planner board: --date: expected a date YYYY-MM-DD, got \"2026-02-30\"");
    const auto unknown = run({"board", "--db", db, "--group", "regenboog", "--date", "2026-12-01"});
    CHECK(unknown.code == 2);
    CHECK(first_line(unknown.err) ==
          "dagritme-planner board: unknown group \"regenboog\" (groups in this database: none)");
}

TEST_CASE("demo then board: the full day of De Zonnebloem") {
    test::TempDir dir;
    const auto db = (dir / "x.db").string();
    const auto demo = run({"demo", "--db", db, "--date", "2026-12-02"});
    REQUIRE(demo.code == 0);
    CHECK(first_line(demo.out) ==
          "demo database " + db +
              ": group \"De Zonnebloem\", 8 children, 4 group leaders, 6 families; day 2026-12-02");
    CHECK(std::filesystem::is_directory(dir / "x-media"));

    const auto board = run({"board", "--db", db, "--group", "zonnebloem", "--date", "2026-12-02"});
    REQUIRE(board.code == 0);
    const auto doc = nlohmann::json::parse(board.out);
    CHECK(doc["schema"] == 2);
    CHECK(doc["blocks"].size() == 12);
    CHECK(doc["blocks"][9]["label"] == "Gym"); // Wednesday's own template
    CHECK(doc["present"]["children"].size() == 7);
    CHECK(doc["present"]["staff"].size() == 3);
    // Two activity groups; the parent-child sessions are on Tuesdays and Thursdays.
    CHECK(doc["activities"].size() == 2);
    // The coming opening days: Thursday, Friday, and Monday to Wednesday of the next week.
    REQUIRE(doc["coming"].size() == 5);
    CHECK(doc["coming"][0]["date"] == "2026-12-03");
    CHECK(doc["coming"][2]["date"] == "2026-12-07");
    CHECK(doc["coming"][4]["date"] == "2026-12-09");
    CHECK(doc["coming"][4]["blocks"][9]["label"] == "Gym");
    CHECK_FALSE(doc["coming"][0].contains("present"));

    const auto again = run({"demo", "--db", db});
    CHECK(again.code == 2);
    CHECK(first_line(again.err) ==
          "dagritme-planner demo: the demo needs a new database file; " + db + " exists");
}

TEST_CASE("init seeds a database from the configuration once; check-config --db says which wins") {
    test::TempDir dir;
    auto text = test::slurp(test::source_dir / "config" / "planner.toml");
    const auto replace = [&](const std::string& from, const std::string& to) {
        text.replace(text.find(from), from.size(), to);
    };
    replace("\"../var/dagritme.db\"", "\"x.db\"");
    replace("\"../var/media\"", "\"media\"");
    replace("routines/zonnebloem.toml",
            (test::source_dir / "config" / "routines" / "zonnebloem.toml").string());
    replace("\"goals.toml\"", "\"" + (test::source_dir / "config" / "goals.toml").string() + "\"");
    const auto config = dir.write("planner.toml", text).string();
    const auto db = (dir / "x.db").string();

    const auto fresh = run({"check-config", config, "--db", db});
    CHECK(fresh.code == 2); // no database yet
    CHECK(first_line(fresh.err) == "dagritme-planner check-config: no database at " + db);
    const auto first = run({"init", "--db", db, "--config", config});
    REQUIRE(first.code == 0);
    CHECK(first_line(first.out) == "group zonnebloem: configuration (seeded the database)");
    const auto again = run({"init", "--db", db, "--config", config});
    REQUIRE(again.code == 0);
    CHECK(first_line(again.out) ==
          "group zonnebloem: database (configuration ignored; it only seeds new groups)");

    const auto check = run({"check-config", config, "--db", db});
    CHECK(check.code == 0);
    CHECK(check.out == "ok: " + config +
                           " (1 group)\ngroup zonnebloem: database (configuration ignored; it only "
                           "seeds new groups)\n");
    const auto other = dir / "other.db";
    REQUIRE(run({"init", "--db", other.string()}).code == 0);
    CHECK(run({"check-config", config, "--db", other.string()}).out ==
          "ok: " + config +
              " (1 group)\ngroup zonnebloem: configuration (will seed the database)\n");
    CHECK(run({"check-config", config}).out ==
          "ok: " + config +
              " (1 group)\nthe configuration seeds only the groups a database does not hold yet "
              "(--db DATABASE says which)\n");
}

TEST_CASE("a broken config: file:line:column and exit code 2, also from the real executable") {
    test::TempDir dir;
    const auto file = dir.write("planner.toml", "[database]\npath = 12\n");
    const auto r = run({"check-config", file.string()});
    CHECK(r.code == 2);
    CHECK(first_line(r.err) == file.string() + ":2:8: database.path: expected a string, got 12");
    CHECK(run_binary("check-config " + file.string()) == 2);
    CHECK(run_binary("check-config " + (test::source_dir / "config" / "planner.toml").string()) ==
          0);
    CHECK(run_binary("") == 2);
    CHECK(run_binary("board --help") == 0);
}

TEST_CASE("what the planner creates is private to its user") {
    test::TempDir dir;
    const auto db = dir / "dagritme.db";
    const auto media = dir / "photos";
    REQUIRE(run_binary("demo --db " + db.string() + " --media " + media.string() +
                       " --date 2026-12-01") == 0);
    namespace fs = std::filesystem;
    const auto others = fs::perms::group_all | fs::perms::others_all;
    CHECK((fs::status(db).permissions() & others) == fs::perms::none);
    CHECK((fs::status(media).permissions() & others) == fs::perms::none);
    for (const auto& photo : fs::directory_iterator(media))
        CHECK((fs::status(photo.path()).permissions() & others) == fs::perms::none);
}

TEST_CASE("user passwd and user disable name an existing account") {
    test::TempDir dir;
    const auto db = (dir / "dagritme.db").string();
    REQUIRE(run({"init", "--db", db}).code == 0);
    const auto missing = run({"user", "disable", "niemand", "--db", db});
    CHECK(missing.code == 2);
    CHECK(missing.err.find("no enabled account named \"niemand\"") != std::string::npos);
    const auto bad = run({"user", "remove", "x", "--db", db});
    CHECK(bad.code == 2);
    CHECK(bad.err.find(
              "expected: user add NAME --role ROLE | user passwd NAME | user disable NAME") !=
          std::string::npos);
}

TEST_CASE("family list and family mentor: a mentor account for a demo family") {
    test::TempDir dir;
    const auto db = (dir / "x.db").string();
    REQUIRE(run({"demo", "--db", db, "--date", "2026-12-02"}).code == 0);
    std::istringstream password("een-lang-wachtwoord\n");
    std::ostringstream out, err;
    REQUIRE(cli::run({"user", "add", "anna", "--role", "mentor", "--db", db},
                     {out, err, &password}) == 0);
    std::istringstream password2("een-lang-wachtwoord\n");
    REQUIRE(cli::run({"user", "add", "gijs", "--role", "groepsleider", "--db", db},
                     {out, err, &password2}) == 0);

    // The line of family 1 in `family list` (sorted by name).
    const auto jansen = [&] {
        const auto list = run({"family", "list", "--db", db});
        REQUIRE(list.code == 0);
        const auto at = list.out.find("1\tFamilie Jansen");
        REQUIRE(at != std::string::npos);
        return first_line(list.out.substr(at));
    };
    CHECK(jansen() == "1\tFamilie Jansen\tfase 3\t-");
    CHECK(first_line(run({"family", "list", "--db", db}).out) ==
          "5\tFamilie El Idrissi\tfase 4\t-");

    const auto set = run({"family", "mentor", "--family", "1", "--account", "anna", "--db", db});
    CHECK(set.code == 0);
    CHECK(set.out == "family 1: mentor anna\n");
    CHECK(jansen() == "1\tFamilie Jansen\tfase 3\tanna");

    const auto not_mentor =
        run({"family", "mentor", "--family", "1", "--account", "gijs", "--db", db});
    CHECK(not_mentor.code == 2);
    CHECK(first_line(not_mentor.err) ==
          "dagritme-planner family: account \"gijs\" is not a mentor (role mentor needed)");
    const auto no_family =
        run({"family", "mentor", "--family", "99", "--account", "anna", "--db", db});
    CHECK(first_line(no_family.err) == "dagritme-planner family: no family 99 (see family list)");
    const auto bad_id =
        run({"family", "mentor", "--family", "een", "--account", "anna", "--db", db});
    CHECK(first_line(bad_id.err) ==
          "dagritme-planner family: --family: expected a family id (see family list), got \"een\"");
    const auto no_account =
        run({"family", "mentor", "--family", "1", "--account", "niemand", "--db", db});
    CHECK(first_line(no_account.err) ==
          "dagritme-planner family: no enabled account named \"niemand\"");
    CHECK(run({"family", "remove", "--db", db}).code == 2);
    CHECK(jansen() == "1\tFamilie Jansen\tfase 3\tanna"); // nothing changed by the refusals
    CHECK(run({"family", "--help"}).out.rfind("Usage: dagritme-planner family list", 0) == 0);
}

TEST_CASE("export family ID: the whole record as JSON, and destroy needs a request") {
    test::TempDir dir;
    const auto db = (dir / "x.db").string();
    REQUIRE(run({"demo", "--db", db, "--date", "2026-12-02"}).code == 0);
    const auto out = run({"export", "family", "1", "--db", db});
    REQUIRE(out.code == 0);
    const auto doc = nlohmann::json::parse(out.out);
    CHECK(doc["family"]["name"] == "Familie Jansen");
    CHECK(doc["audit_log"].empty()); // the export's own entry comes after it was written
    const auto again = nlohmann::json::parse(run({"export", "family", "1", "--db", db}).out);
    REQUIRE(again["audit_log"].size() == 1);
    // The system user who ran the command is on record.
    CHECK(again["audit_log"][0]["account"] ==
          "commandoregel (" + std::string(::getpwuid(::geteuid())->pw_name) + ")");
    CHECK(again["audit_log"][0]["action"] == "export");

    CHECK(first_line(run({"export", "family", "99", "--db", db}).err) ==
          "dagritme-planner export: no family 99 (see family list)");
    CHECK(first_line(run({"export", "gezin", "1", "--db", db}).err) ==
          "dagritme-planner export: expected: export family ID");
    const auto destroy = run({"family", "destroy", "--family", "1", "--db", db});
    CHECK(destroy.code == 2);
    CHECK(first_line(destroy.err) == "dagritme-planner family: nobody asked to destroy family 1: "
                                     "a coordinator asks for it on the family's page");
}

TEST_CASE("audit verify: OK with the row count, or the first broken row and exit 1") {
    test::TempDir dir;
    const auto db = (dir / "x.db").string();
    REQUIRE(run({"demo", "--db", db, "--date", "2026-12-02"}).code == 0);
    for (int i = 0; i < 3; ++i)
        REQUIRE(run({"export", "family", "1", "--db", db}).code == 0);
    const auto ok = run({"audit", "verify", "--db", db});
    CHECK(ok.code == 0);
    CHECK(ok.out.rfind("OK 3 rows, last hash ", 0) == 0);
    CHECK(run({"audit", "--help"}).out.rfind("Usage: dagritme-planner audit verify", 0) == 0);
    CHECK(first_line(run({"audit", "check", "--db", db}).err) ==
          "dagritme-planner audit: expected: audit verify");

    {
        // Behind the planner's back: the triggers dropped, a row edited.
        store::Database hand{db};
        hand.exec("DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;"
                  "UPDATE audit_log SET what = 'niets' WHERE id = 2");
    }
    const auto edited = run({"audit", "verify", "--db", db});
    CHECK(edited.code == 1);
    CHECK(first_line(edited.out) == "BROKEN at row 2: its hash does not follow from the row "
                                    "before it and its own fields");
    CHECK(run_binary("audit verify --db " + db) == 1);
}
