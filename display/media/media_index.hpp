// Finds image files by the sha256 of their content. Two kinds of folder:
//  - the media folder, content-addressed: flat files named <sha256> (filled by the planner link);
//  - image folders of named files (*.png, *.svg, *.jpg): the default pictograms, an
//    organisation's own pictograms, demo photos. These are hashed when indexed.
// Worker thread only (hashing reads files).
#pragma once

#include "media/media_folder.hpp"

#include <chrono>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace dagritme::media {

class MediaIndex {
  public:
    MediaIndex(std::filesystem::path media_dir, std::vector<std::filesystem::path> image_dirs);

    // The file holding the image with this hash. An unknown hash triggers a rescan of the
    // image folders at most every `rescan_interval`, so newly added files are found.
    std::optional<std::filesystem::path> find(const std::string& hash);
    void rescan();
    std::size_t indexed() const { return by_hash_.size(); }

    std::chrono::seconds rescan_interval{20};

  private:
    struct Known {
        std::filesystem::file_time_type mtime;
        std::uintmax_t size = 0;
        std::string hash;
    };

    MediaFolder media_dir_;
    std::vector<std::filesystem::path> image_dirs_;
    std::map<std::filesystem::path, Known> files_;
    std::map<std::string, std::filesystem::path> by_hash_;
    std::optional<std::chrono::steady_clock::time_point> last_scan_;
};

} // namespace dagritme::media
