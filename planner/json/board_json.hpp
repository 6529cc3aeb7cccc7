// The board document (DESIGN.md; schema 2 adds the coming days, display/README.md) as JSON:
// the only encoder of it in the project.

#include "domain/board.hpp"

#include <string>

namespace dagritme {

// The board as a JSON document, keys in the order of DESIGN.md, indented by two spaces when
// `pretty`, else compact (for the wire).
std::string board_to_json(const Board& board, bool pretty = true);

// The board as sent to a screen over the WebSocket: {"type":"board", ...the document}, compact.
std::string board_message(const Board& board);

} // namespace dagritme
