// The commands of a running installation: serve, user add, screen pair/list/revoke.
#pragma once

#include "cli/args.hpp"
#include "cli/commands.hpp"

namespace dagritme::cli {

int cmd_serve(const Args& args, Io io);
int cmd_user(const Args& args, Io io);
int cmd_screen(const Args& args, Io io);

extern const char* const serve_help;
extern const char* const user_help;
extern const char* const screen_help;

} // namespace dagritme::cli
