// The commands of a running installation: serve, user add, screen pair/list/revoke, family
// list/mentor (family_commands.cpp), audit verify (audit_commands.cpp), import children/staff
// (import_commands.cpp).
#pragma once

#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "store/database.hpp"

namespace dagritme::cli {

// The database of --db, or of the configuration (--config, default: the installed one),
// migrated to the latest schema. Throws UsageError when there is no such file.
store::Database open_database(const Args& args);

int cmd_serve(const Args& args, Io io);
int cmd_family(const Args& args, Io io);
int cmd_export(const Args& args, Io io);
int cmd_user(const Args& args, Io io);
int cmd_screen(const Args& args, Io io);
int cmd_audit(const Args& args, Io io);
int cmd_import(const Args& args, Io io);

// How the audit log names the command line's actions: "commandoregel (USER)", USER being the
// system user running the command.
std::string command_line_actor();

extern const char* const serve_help;
extern const char* const user_help;
extern const char* const screen_help;
extern const char* const family_help;
extern const char* const export_help;
extern const char* const audit_help;
extern const char* const import_help;

} // namespace dagritme::cli
