// What the planner benchmarks share: the example config pointed at a temporary folder, and
// running a planner command in-process.
#pragma once

#include "cli/commands.hpp"
#include "test_support.hpp"

#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace dagritme::test {

// config/planner.toml with its database and media in the working folder and its routines and
// goals by their full paths: write it into a TempDir.
inline std::string bench_planner_config() {
    auto text = slurp(source_dir / "config" / "planner.toml");
    auto replace = [&](const std::string& from, const std::string& to) {
        text.replace(text.find(from), from.size(), to);
    };
    replace("\"../var/dagritme.db\"", "\"dagritme.db\"");
    replace("\"../var/media\"", "\"media\"");
    replace("\"routines/zonnebloem.toml\"",
            "\"" + (source_dir / "config/routines/zonnebloem.toml").string() + "\"");
    replace("\"goals.toml\"", "\"" + (source_dir / "config/goals.toml").string() + "\"");
    return text;
}

// A planner command; false (its errors on stderr) when it fails.
inline bool run_cli(std::vector<std::string> args, std::istream* in = nullptr) {
    std::ostringstream out, err;
    const int code = cli::run(args, {out, err, in});
    if (code != 0) std::cerr << err.str();
    return code == 0;
}

} // namespace dagritme::test
