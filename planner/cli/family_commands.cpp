// dagritme-planner family list | family mentor --family ID --account NAME: the families with
// their mentor accounts, and choosing a family's mentor account (role mentor) from the command
// line, for setting up an installation or a demo. Each change is written to the audit log as
// done from the command line.
#include "app/family_export.hpp"
#include "app/family_record.hpp"
#include "app/retention.hpp"
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

void audit_cli(store::Database& db, std::int64_t family_id, AuditAction action,
               const std::string& what) {
    AuditEntry entry;
    entry.at = now_seconds();
    entry.account = command_line_actor();
    entry.role = "cli";
    entry.action = action;
    entry.family_id = family_id;
    entry.what = what;
    entry.client = "cli";
    store::append_audit(db, entry);
}

int destroy(const Args& args, Io io) {
    const auto family_id = family_id_option(args);
    auto db = open_database(args);
    const auto problem =
        app::destroy_record(db, family_id, command_line_actor(), Instant{now_seconds()});
    if (problem) {
        using Kind = app::RetentionProblem::Kind;
        switch (problem->kind) {
        case Kind::unknown_family:
            throw UsageError("no family " + std::to_string(family_id) + " (see family list)");
        case Kind::no_request:
            throw UsageError("nobody asked to destroy family " + std::to_string(family_id) +
                             ": a coordinator asks for it on the family's page");
        default:
            throw UsageError("family " + std::to_string(family_id) +
                             " may not be destroyed yet: it must be closed and kept " +
                             std::to_string(retention_years) + " years from its last change");
        }
    }
    audit_cli(db, family_id, AuditAction::remove, "gezinsdossier vernietigd");
    io.out << "family " << family_id << ": record destroyed\n";
    return 0;
}

} // namespace

const char* const export_help =
    R"(Usage: dagritme-planner export family ID [--db FILE | --config FILE]

Writes the whole record of family ID as JSON to standard output: the family, parents and
children, phases, goals, the workbook, the children's care log and who opened the record. For
a transfer to another organisation or a parent's request to see their data. The export itself
is written to the record's audit log.
)";

int cmd_export(const Args& args, Io io) {
    const auto& words = args.positional();
    if (words.size() != 2 || words[0] != "family") throw UsageError("expected: export family ID");
    std::int64_t family_id = 0;
    const auto& text = words[1];
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), family_id);
    if (ec != std::errc{} || end != text.data() + text.size() || family_id < 1)
        throw UsageError("expected a family id (see family list), got \"" + text + "\"");
    auto db = open_database(args);
    const auto json = app::export_family(db, family_id, Instant{now_seconds()});
    if (!json) throw UsageError("no family " + std::to_string(family_id) + " (see family list)");
    audit_cli(db, family_id, AuditAction::export_record, "gezinsdossier");
    io.out << *json;
    return 0;
}

const char* const family_help =
    R"(Usage: dagritme-planner family list [--db FILE | --config FILE]
       dagritme-planner family mentor --family ID --account NAME [--db FILE | --config FILE]
       dagritme-planner family destroy --family ID [--db FILE | --config FILE]

list: every family with its id, phase and mentor account.
mentor: makes the account NAME (role mentor) the mentor of family ID: only that mentor,
coordinators and admins open the family's record.
destroy: carries out the request to destroy family ID's record, which a coordinator made on
its page once the record was closed and kept 20 years from its last change.
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
    if (words.size() == 1 && words[0] == "destroy") return destroy(args, io);
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
    audit_cli(db, family_id, AuditAction::update, "mentor");
    io.out << "family " << family_id << ": mentor " << name << "\n";
    return 0;
}

} // namespace dagritme::cli
