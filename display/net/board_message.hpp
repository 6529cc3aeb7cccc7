// A board message from the planner ({"type":"board", ...}) taken apart: the board document
// for the decoder (without "type") and the image hashes it names. Pure; any thread.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace dagritme::link {

struct BoardMessage {
    std::string document;            // the board document, as --board files hold it
    std::int64_t revision = 0;
    std::vector<std::string> images; // sha256 of every pictogram and photo, no duplicates
};

// Nothing when the text is not a board message; why, in `problem`.
std::optional<BoardMessage> parse_board_message(const std::string& text, std::string& problem);

} // namespace dagritme::link
