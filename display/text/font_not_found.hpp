// The error when the board's font cannot be used: the display refuses to show a board
// without readable text. Any thread.
#pragma once

#include <stdexcept>

namespace dagritme::text {

class FontNotFound : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

} // namespace dagritme::text
