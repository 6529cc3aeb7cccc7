// Checking and storing images by hash, with common's SHA-256 and atomic write.
#include "media/media_folder.hpp"

#include "common/files.hpp"
#include "common/sha256.hpp"

namespace dagritme::media {

bool MediaFolder::contains(const std::string& hash) const {
    std::error_code ec;
    return common::is_sha256_hex(hash) && std::filesystem::is_regular_file(path_of(hash), ec);
}

bool MediaFolder::store(const std::string& hash, std::string_view bytes) const {
    if (!common::is_sha256_hex(hash) || common::sha256_hex(bytes) != hash) return false;
    common::write_file_atomically(path_of(hash), bytes);
    return true;
}

} // namespace dagritme::media
