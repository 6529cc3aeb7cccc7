// A message from the planner ({"type":"board", ...}) taken in: the board it carries is decoded by
// the display's one strict decoder (board::decode_board), and only a board that decodes is
// accepted, to be shown and cached. The image hashes come from the decoded board. Pure; any thread.
#pragma once

#include "board/board.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace dagritme::link {

struct AcceptedBoard {
    std::string document; // the board document without "type", as --board files hold it
    board::Board board;   // the same, decoded
};

struct BoardMessage {
    std::optional<AcceptedBoard> accepted;
    std::string problem; // why not, when nothing was accepted: the decoder's message
};

BoardMessage accept_board_message(std::string_view text);

} // namespace dagritme::link
