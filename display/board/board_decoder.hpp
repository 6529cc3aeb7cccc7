// The one decoder of the board JSON (DESIGN.md, "The board"). Strict: a document is either
// fully valid and becomes a Board, or it is rejected with a message naming the field path
// (e.g. `blocks[3].start: expected "HH:MM", got "25:00"`). Dates, times and hashes are checked
// by the planner's domain and common parsers, so both programs accept the same values. Schema 1
// and 2 (schema 1 with the coming opening days); each schema is a decode function that yields
// the same Board. Pure; any thread.
#pragma once

#include "board/board.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <variant>

namespace dagritme::board {

// Largest document accepted; a real board is a few kilobytes.
inline constexpr std::size_t max_document_bytes = 1024 * 1024;

struct DecodeError {
    std::string path; // "" for the document as a whole
    std::string message;

    std::string describe() const { return path.empty() ? message : path + ": " + message; }
};

class DecodeResult {
  public:
    DecodeResult(Board board) : value_(std::move(board)) {}
    DecodeResult(DecodeError error) : value_(std::move(error)) {}

    bool ok() const { return std::holds_alternative<Board>(value_); }
    const Board& board() const { return std::get<Board>(value_); }
    Board& board() { return std::get<Board>(value_); }
    const DecodeError& error() const { return std::get<DecodeError>(value_); }

  private:
    std::variant<Board, DecodeError> value_;
};

DecodeResult decode_board(std::string_view document);

} // namespace dagritme::board
