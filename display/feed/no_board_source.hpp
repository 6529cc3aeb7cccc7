// The source when there is neither --board nor --planner: nothing arrives, the screen shows
// "even geduld". Worker thread only.
#pragma once

#include "feed/board_source.hpp"

namespace dagritme::app {

class NoBoardSource final : public BoardSource {
  public:
    std::optional<std::string> poll() override { return std::nullopt; }
    std::string describe() const override { return "no board source"; }
};

} // namespace dagritme::app
