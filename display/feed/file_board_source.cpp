// File polling with stat(): cheap, and it notices files replaced by rename.
#include "feed/file_board_source.hpp"

#include "board/board_decoder.hpp"
#include "common/files.hpp"
#include "log/log.hpp"

#include <sys/stat.h>

namespace dagritme::app {

std::optional<std::string> read_board_file(const std::filesystem::path& file) {
    // One byte over the limit, so the decoder can say the document is too large.
    return common::read_file_if_readable(file, board::max_document_bytes + 1);
}

std::optional<std::string> FileBoardSource::poll() {
    struct stat st {};
    std::string stamp;
    if (::stat(file_.c_str(), &st) == 0)
        stamp = std::to_string(st.st_size) + ":" + std::to_string(st.st_mtim.tv_sec) + "." +
                std::to_string(st.st_mtim.tv_nsec) + ":" + std::to_string(st.st_ino);
    else
        stamp = "missing";
    if (stamp == last_stamp_) return std::nullopt;
    last_stamp_ = stamp;
    auto text = read_board_file(file_);
    if (!text) {
        log::error("cannot read " + describe() + "; keeping the last good board");
        return std::nullopt;
    }
    return text;
}

} // namespace dagritme::app
