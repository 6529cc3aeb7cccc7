// libFuzzer target: the display's board decoder. Any bytes give a board or an error, never a crash.
#include "board/board_decoder.hpp"

#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto result =
        dagritme::board::decode_board(std::string(reinterpret_cast<const char*>(data), size));
    if (!result.ok()) (void)result.error().describe();
    return 0;
}
