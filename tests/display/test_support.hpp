// Helpers shared by the display tests: reading the example boards. Test code.
#pragma once

#include "board/board_decoder.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>

namespace dagritme::test {

inline std::string read_text(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    REQUIRE_MESSAGE(in.good(), "cannot open " << path);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

inline std::string data_path(const std::string& name) {
    return std::string(DISPLAY_TEST_DATA) + "/" + name;
}

inline board::Board example_board(const std::string& name) {
    auto result = board::decode_board(read_text(data_path(name)));
    REQUIRE_MESSAGE(result.ok(), name << ": " << (result.ok() ? "" : result.error().describe()));
    return result.board();
}

} // namespace dagritme::test
