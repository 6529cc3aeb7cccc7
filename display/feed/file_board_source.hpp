// A board document read from a file and read again whenever the file changes (also when an
// editor or a deploy script replaces it). Worker thread only.
#pragma once

#include "feed/board_source.hpp"

#include <filesystem>

namespace dagritme::app {

class FileBoardSource final : public BoardSource {
  public:
    explicit FileBoardSource(std::filesystem::path file) : file_(std::move(file)) {}
    std::optional<std::string> poll() override;
    std::string describe() const override { return "board file " + file_.string(); }

  private:
    std::filesystem::path file_;
    std::string last_stamp_; // size, mtime and inode of the last read
};

// Reads the whole file (at most the decoder's limit + 1 byte); nullopt when unreadable.
std::optional<std::string> read_board_file(const std::filesystem::path& file);

} // namespace dagritme::app
