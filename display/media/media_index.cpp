// Hashing and indexing image folders with libsodium's sha256. Worker thread only.
#include "media/media_index.hpp"

#include "log/log.hpp"

#include <sodium.h>

#include <algorithm>
#include <array>
#include <fstream>

namespace dagritme::media {

namespace fs = std::filesystem;

std::optional<std::string> sha256_of_file(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return std::nullopt;
    crypto_hash_sha256_state state;
    crypto_hash_sha256_init(&state);
    std::array<char, 64 * 1024> buffer;
    while (in) {
        in.read(buffer.data(), buffer.size());
        const auto got = in.gcount();
        if (got > 0)
            crypto_hash_sha256_update(&state, reinterpret_cast<const unsigned char*>(buffer.data()),
                                      static_cast<unsigned long long>(got));
    }
    if (in.bad()) return std::nullopt;
    std::array<unsigned char, crypto_hash_sha256_BYTES> digest;
    crypto_hash_sha256_final(&state, digest.data());
    static constexpr char hex[] = "0123456789abcdef";
    std::string out;
    for (unsigned char byte : digest) {
        out += hex[byte >> 4];
        out += hex[byte & 0x0f];
    }
    return out;
}

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
            if (auto hash = sha256_of_file(file)) seen[file] = Known{mtime, size, *hash};
        }
    }
    files_ = std::move(seen);
    by_hash_.clear();
    for (const auto& [file, known] : files_)
        by_hash_.emplace(known.hash, file);
}

std::optional<fs::path> MediaIndex::find(const std::string& hash) {
    if (!media_dir_.empty()) {
        std::error_code ec;
        const fs::path file = media_dir_ / hash;
        if (fs::is_regular_file(file, ec)) return file;
    }
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
