// The display's content-addressed media folder: the image whose SHA-256 is <hash> is the file
// <folder>/<hash>, filled from the planner by the link and read by the media index. A file
// is only ever stored whole (atomic write) and only when its bytes match its name. Any thread.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace dagritme::media {

class MediaFolder {
  public:
    explicit MediaFolder(std::filesystem::path folder) : folder_(std::move(folder)) {}

    std::filesystem::path path_of(const std::string& hash) const { return folder_ / hash; }
    bool contains(const std::string& hash) const;
    // Stores `bytes` as the image `hash` when their SHA-256 is `hash`; false otherwise. Throws
    // std::system_error when the disk refuses them (the folder is then unchanged).
    bool store(const std::string& hash, std::string_view bytes) const;

    const std::filesystem::path& folder() const { return folder_; }

  private:
    std::filesystem::path folder_;
};

} // namespace dagritme::media
