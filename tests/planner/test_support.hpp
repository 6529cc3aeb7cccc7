// Helpers for the planner's tests: the repository's own paths and reading files (the
// temporary folder is tests/support/temp_dir.hpp).
#pragma once

#include "temp_dir.hpp"

#include <filesystem>
#include <fstream>
#include <string>

namespace dagritme::test {

inline const std::filesystem::path source_dir{DAGRITME_SOURCE_DIR};

inline std::string slurp(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

} // namespace dagritme::test
