// Indexing image folders by the SHA-256 of their files (common's hashing). Worker thread only.
#include "media/media_index.hpp"

#include "common/sha256.hpp"
#include "log/log.hpp"

#include <algorithm>

namespace dagritme::media {

namespace fs = std::filesystem;

MediaIndex::MediaIndex(fs::path media_dir, std::vector<fs::path> image_dirs)
    : media_dir_(std::move(media_dir)), image_dirs_(std::move(image_dirs)) {}

void MediaIndex::rescan() {
    last_scan_ = std::chrono::steady_clock::now();
    std::map<fs::path, Known> seen;
    for (const auto& dir : image_dirs_) {
        std::error_code ec;
        fs::directory_iterator it(dir, ec), end;
        if (ec) {
            log::warn("image folder " + dir.string() + " unreadable: " + ec.message());
            continue;
        }
        for (; it != end; it.increment(ec)) {
            if (ec) break;
            const fs::path& file = it->path();
            std::string ext = file.extension().string();
            std::transform(ext.begin(), ext.end(), ext.begin(),
                           [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
            if (ext != ".png" && ext != ".svg" && ext != ".jpg" && ext != ".jpeg") continue;
            std::error_code stat_ec;
            const auto mtime = fs::last_write_time(file, stat_ec);
            const auto size = fs::file_size(file, stat_ec);
            if (stat_ec) continue;
            auto old = files_.find(file);
            if (old != files_.end() && old->second.mtime == mtime && old->second.size == size) {
                seen[file] = old->second;
                continue;
            }
            if (auto hash = common::sha256_hex_of_file(file))
                seen[file] = Known{mtime, size, *hash};
        }
    }
    files_ = std::move(seen);
    by_hash_.clear();
    for (const auto& [file, known] : files_)
        by_hash_.emplace(known.hash, file);
}

std::optional<fs::path> MediaIndex::find(const std::string& hash) {
    if (!media_dir_.folder().empty() && media_dir_.contains(hash)) return media_dir_.path_of(hash);
    auto it = by_hash_.find(hash);
    if (it != by_hash_.end()) return it->second;
    const auto now = std::chrono::steady_clock::now();
    if (!last_scan_ || now - *last_scan_ >= rescan_interval) {
        rescan();
        it = by_hash_.find(hash);
        if (it != by_hash_.end()) return it->second;
    }
    return std::nullopt;
}

} // namespace dagritme::media
