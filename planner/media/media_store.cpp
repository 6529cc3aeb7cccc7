// The content-addressed media folder: a new image is written once, atomically, under its hash.
#include "media/media_store.hpp"

namespace dagritme::media {

MediaStore::MediaStore(std::filesystem::path dir) : dir_(std::move(dir)) {
    std::filesystem::create_directories(dir_);
}

std::string MediaStore::put(std::string_view bytes) {
    auto hash = sha256_hex(bytes);
    const auto target = path_of(hash);
    if (std::filesystem::exists(target)) return hash;
    common::write_file_atomically(target, bytes, 0644);
    return hash;
}

bool MediaStore::contains(std::string_view hash) const {
    return is_sha256_hex(hash) && std::filesystem::exists(path_of(hash));
}

std::filesystem::path MediaStore::path_of(std::string_view hash) const {
    return dir_ / std::string(hash);
}

} // namespace dagritme::media
