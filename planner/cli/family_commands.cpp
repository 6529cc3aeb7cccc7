// dagritme-planner family list | family mentor --family ID --account NAME: the families with
// their mentor accounts, and choosing a family's mentor account (role mentor) from the command
// line, for setting up an installation or a demo. Each change is written to the audit log as
// done from the command line.
#include "app/family_record.hpp"
#include "cli/admin_commands.hpp"
#include "store/accounts.hpp"
#include "store/audit.hpp"
#include "store/family_record.hpp"

#include <charconv>
#include <chrono>
#include <ostream>

namespace dagritme::cli {
namespace {

std::int64_t now_seconds() {
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

std::int64_t family_id_option(const Args& args) {
    const auto text = args.required("family");
    std::int64_t id = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
    if (ec != std::errc{} || end != text.data() + text.size() || id < 1)
        throw UsageError("--family: expected a family id (see family list), got \"" + text + "\"");
    return id;
}

} // namespace

const char* const family_help =
    R"(Usage: dagritme-planner family list [--db FILE | --config FILE]
       dagritme-planner family mentor --family ID --account NAME [--db FILE | --config FILE]

list: every family with its id, phase and mentor account.
mentor: makes the account NAME (role mentor) the mentor of family ID: only that mentor,
coordinators and admins open the family's record.
)";

int cmd_family(const Args& args, Io io) {
    const auto& words = args.positional();
    if (words.size() == 1 && words[0] == "list") {
        auto db = open_database(args);
        for (const auto& f : store::list_families(db)) {
            io.out << f.id << "\t" << f.name << "\t";
            if (f.phase)
                io.out << "fase " << static_cast<int>(*f.phase);
            else
                io.out << "-";
            io.out << "\t" << (f.mentor_account_name.empty() ? "-" : f.mentor_account_name) << "\n";
        }
        return 0;
    }
    if (words.size() != 1 || words[0] != "mentor")
        throw UsageError("expected: family list | family mentor --family ID --account NAME");
    const auto family_id = family_id_option(args);
    const auto name = args.required("account");
    auto db = open_database(args);
    const auto account = store::find_account(db, name);
    if (!account) throw UsageError("no enabled account named \"" + name + "\"");
    const auto problem =
        app::set_mentor_account(db, family_id, account->id, Instant{now_seconds()});
    if (problem) {
        using Kind = app::MentorProblem::Kind;
        if (problem->kind == Kind::unknown_family)
            throw UsageError("no family " + std::to_string(family_id) + " (see family list)");
        throw UsageError("account \"" + name + "\" is not a mentor (role mentor needed)");
    }
    store::Transaction tx{db};
    store::append_audit(db, AuditEntry{0, now_seconds(), std::nullopt, "commandoregel", "cli",
                                       AuditAction::update, family_id, std::nullopt, "mentor",
                                       "cli", AuditOutcome::allowed});
    tx.commit();
    io.out << "family " << family_id << ": mentor " << name << "\n";
    return 0;
}

} // namespace dagritme::cli
