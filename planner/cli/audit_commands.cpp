// dagritme-planner audit verify: walks the audit log's hash chain (store/audit_chain.hpp) and
// says whether every row still holds, or which row is the first that does not.
#include "cli/admin_commands.hpp"
#include "store/audit_chain.hpp"

#include <pwd.h>
#include <unistd.h>

#include <ostream>

namespace dagritme::cli {

std::string command_line_actor() {
    const passwd* user = ::getpwuid(::geteuid());
    const std::string name =
        user && user->pw_name ? std::string(user->pw_name) : "uid " + std::to_string(::geteuid());
    return "commandoregel (" + name + ")";
}

const char* const audit_help =
    R"(Usage: dagritme-planner audit verify [--db FILE | --config FILE]

Checks that the audit log is whole: every row carries the SHA-256 of the row before it and its
own fields, so a row deleted, changed or slipped in afterwards breaks the chain; a row dated
more than 10 minutes before the rows before it was slipped in too. Prints "OK",
the number of rows and the last row's hash (keep it elsewhere to compare later), and exits 0;
or names the first row whose hash does not hold and exits 1.
)";

int cmd_audit(const Args& args, Io io) {
    const auto& words = args.positional();
    if (words.size() != 1 || words[0] != "verify") throw UsageError("expected: audit verify");
    auto db = open_database(args);
    const auto check = store::verify_audit_chain(db);
    if (check.broken_row) {
        io.out << "BROKEN at row " << *check.broken_row << ": "
               << (check.problem == "time"
                       ? "it is dated before the rows before it, so it was added afterwards"
                       : "its hash does not follow from the row before it and its own fields")
               << "\n";
        return 1;
    }
    io.out << "OK " << check.rows << " rows, last hash " << check.head << "\n";
    return 0;
}

} // namespace dagritme::cli
