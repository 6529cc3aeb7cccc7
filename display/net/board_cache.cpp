// The disk cache of the last board: common's atomic write, the display's decoder as the gate.
#include "net/board_cache.hpp"

#include "board/board_decoder.hpp"
#include "common/files.hpp"

#include <system_error>

namespace dagritme::link {

std::optional<std::string> BoardCache::load() const {
    auto text = common::read_file_if_readable(file_, board::max_document_bytes + 1);
    if (!text) return std::nullopt;
    if (const auto decoded = board::decode_board(*text); !decoded.ok()) {
        log_("the cached board " + file_.string() + " is not valid (" + decoded.error().describe() +
             "); not shown");
        return std::nullopt;
    }
    return text;
}

bool BoardCache::keep(std::string_view document) {
    try {
        common::write_file_atomically(file_, document);
    } catch (const std::system_error& e) {
        // A full disk fails every board: say it once, not every few seconds.
        if (!failing_)
            log_(std::string("cannot keep the board on disk: ") + e.what() +
                 "; the screen shows it, a restart would show an older one (not repeated until it "
                 "works again)");
        failing_ = true;
        return false;
    }
    if (failing_) log_("the board is kept on disk again");
    failing_ = false;
    return true;
}

void BoardCache::forget() {
    std::error_code error;
    std::filesystem::remove(file_, error); // false without an error when there was none
    if (error) log_("cannot remove the cached board " + file_.string() + ": " + error.message());
}

} // namespace dagritme::link
