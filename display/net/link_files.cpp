#include "net/link_files.hpp"

#include <fcntl.h>
#include <sodium.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <system_error>
#include <utility>

namespace dagritme::link {
namespace {

[[noreturn]] void fail(const std::string& what, int error) {
    throw std::system_error(error, std::generic_category(), what);
}

// Closes the descriptor on every path; a failed close of a written file is a failed write (NFS,
// some full disks report it only there), so close() is checked where it matters.
class File {
  public:
    explicit File(int fd) : fd_(fd) {}
    ~File() {
        if (fd_ >= 0) ::close(fd_);
    }
    File(const File&) = delete;
    File& operator=(const File&) = delete;
    int fd() const { return fd_; }
    int close() { return ::close(std::exchange(fd_, -1)); }

  private:
    int fd_;
};

void write_all(int fd, std::string_view content, const std::string& name) {
    std::size_t done = 0;
    while (done < content.size()) {
        const auto n = ::write(fd, content.data() + done, content.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) fail("cannot write " + name, errno);
        done += static_cast<std::size_t>(n);
    }
}

void write_new_file(const std::string& temp, std::string_view content) {
    File file(::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600));
    if (file.fd() < 0) fail("cannot create " + temp, errno);
    write_all(file.fd(), content, temp);
    if (::fsync(file.fd()) != 0) fail("cannot sync " + temp, errno);
    if (file.close() != 0) fail("cannot write " + temp, errno);
}

} // namespace

std::optional<std::string> read_text(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

void write_atomically(const std::filesystem::path& file, std::string_view content) {
    const auto temp = file.string() + ".tmp";
    try {
        write_new_file(temp, content);
        if (std::rename(temp.c_str(), file.c_str()) != 0)
            fail("cannot replace " + file.string(), errno);
    } catch (...) {
        ::unlink(temp.c_str()); // a half-written temporary file only takes space
        throw;
    }
    // The rename itself is durable only once the folder is synced.
    const auto folder =
        file.parent_path().empty() ? std::filesystem::path(".") : file.parent_path();
    File dir(::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (dir.fd() < 0 || ::fsync(dir.fd()) != 0)
        fail("cannot sync the folder " + folder.string(), errno);
}

void create_private_folder(const std::filesystem::path& folder) {
    if (std::filesystem::create_directories(folder))
        std::filesystem::permissions(folder, std::filesystem::perms::owner_all,
                                     std::filesystem::perm_options::replace);
}

bool store_image(const std::filesystem::path& media_dir, const std::string& hash,
                 std::string_view bytes) {
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
    char hex[crypto_hash_sha256_BYTES * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
    if (hash != hex) return false;
    write_atomically(media_dir / hash, bytes);
    return true;
}

} // namespace dagritme::link
