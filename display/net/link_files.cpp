#include "net/link_files.hpp"

#include <fcntl.h>
#include <sodium.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace dagritme::link {

std::optional<std::string> read_text(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

void write_atomically(const std::filesystem::path& file, std::string_view content, bool private_file) {
    std::filesystem::create_directories(file.parent_path());
    const auto temp = file.string() + ".tmp";
    const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, private_file ? 0600 : 0644);
    if (fd < 0) throw std::runtime_error("cannot write " + temp);
    std::size_t done = 0;
    while (done < content.size()) {
        const auto n = ::write(fd, content.data() + done, content.size() - done);
        if (n < 0) {
            ::close(fd);
            throw std::runtime_error("cannot write " + temp);
        }
        done += static_cast<std::size_t>(n);
    }
    ::fsync(fd);
    ::close(fd);
    if (std::rename(temp.c_str(), file.c_str()) != 0) throw std::runtime_error("cannot replace " + file.string());
}

bool store_image(const std::filesystem::path& media_dir, const std::string& hash, std::string_view bytes) {
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
    char hex[crypto_hash_sha256_BYTES * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
    if (hash != hex) return false;
    write_atomically(media_dir / hash, bytes);
    return true;
}

} // namespace dagritme::link
