// The dagritme-planner commands: init, demo, board, check-config, serve, user, screen. Each returns
// the process exit code: 0 done, 1 failed (storage, files), 2 bad arguments or configuration.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace dagritme::cli {

struct Io {
    std::ostream& out;
    std::ostream& err;
    std::istream* in = nullptr; // passwords; standard input when not given
};

int run(const std::vector<std::string>& args, Io io);

} // namespace dagritme::cli
