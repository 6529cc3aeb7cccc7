// File polling with stat(): cheap, and it notices files replaced by rename.
#include "app/file_board_source.hpp"

#include "board/board_decoder.hpp"
#include "log/log.hpp"

#include <sys/stat.h>

#include <fstream>
#include <iterator>

namespace dagritme::app {

std::optional<std::string> read_board_file(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return std::nullopt;
    std::string text;
    text.resize(board::max_document_bytes + 1);
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    text.resize(static_cast<std::size_t>(in.gcount()));
    if (in.bad()) return std::nullopt;
    return text;
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
