// dagritme-planner import children FILE.csv | import staff FILE.csv: a unit that moves in brings
// its children (with families and placements) and staff, all or nothing.
#include "app/people_import.hpp"
#include "cli/admin_commands.hpp"

#include <chrono>
#include <fstream>
#include <ostream>
#include <sstream>

namespace dagritme::cli {

const char* const import_help =
    R"(Usage: dagritme-planner import children FILE.csv [--db FILE | --config FILE]
       dagritme-planner import staff FILE.csv [--db FILE | --config FILE]

Imports a unit's children (with their families and placements) or its staff from a CSV file
(UTF-8, ';' or ',' between cells, a header row; the columns are listed in README.md). All or
nothing: when any row has a problem, each is printed as FILE:LINE: COLUMN: problem and nothing
is written (exit code 1).
)";

int cmd_import(const Args& args, Io io) {
    const auto& what = args.positional();
    if (what.size() != 2 || (what[0] != "children" && what[0] != "staff"))
        throw UsageError("expected: import children FILE.csv, or import staff FILE.csv");
    const auto& file = what[1];
    std::ifstream in(file, std::ios::binary);
    if (!in) throw UsageError("cannot read " + file);
    std::ostringstream text;
    text << in.rdbuf();
    auto db = open_database(args);
    const Instant now{std::chrono::duration_cast<std::chrono::seconds>(
                          std::chrono::system_clock::now().time_since_epoch())
                          .count()};
    const app::Change change{std::nullopt, now, to_local(now).date};
    const auto result = what[0] == "children" ? app::import_children(db, text.str(), change)
                                              : app::import_staff(db, text.str(), change);
    if (!result.problems.empty()) {
        for (const auto& p : result.problems)
            io.err << file << ":" << p.line << ": " << (p.column.empty() ? "" : p.column + ": ")
                   << p.message << "\n";
        io.err << "nothing imported: " << result.problems.size() << " problem"
               << (result.problems.size() == 1 ? "" : "s") << "\n";
        return 1;
    }
    if (what[0] == "children")
        io.out << "imported " << result.rows << " children (" << result.families
               << " new families)\n";
    else
        io.out << "imported " << result.rows << " staff members\n";
    return 0;
}

} // namespace dagritme::cli
