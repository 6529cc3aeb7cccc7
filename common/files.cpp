// Whole-file reads and atomic writes with POSIX calls (open, write, fsync, rename).
#include "common/files.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <fstream>
#include <stdexcept>
#include <system_error>
#include <utility>

namespace dagritme::common {
namespace {

[[noreturn]] void fail(const std::string& what, int error) {
    throw std::system_error(error, std::generic_category(), what);
}

// Closes the descriptor on every path; a failed close of a written file is a failed write (NFS,
// some full disks report it only there), so close() is checked where it matters.
class Descriptor {
  public:
    explicit Descriptor(int fd) : fd_(fd) {}
    ~Descriptor() {
        if (fd_ >= 0) ::close(fd_);
    }
    Descriptor(const Descriptor&) = delete;
    Descriptor& operator=(const Descriptor&) = delete;
    int fd() const { return fd_; }
    int close() { return ::close(std::exchange(fd_, -1)); }

  private:
    int fd_;
};

void write_all(int fd, std::string_view content, const std::string& name) {
    while (!content.empty()) {
        const auto n = ::write(fd, content.data(), content.size());
        if (n < 0 && errno == EINTR) continue; // interrupted by a signal: try again
        if (n < 0) fail("cannot write " + name, errno);
        content.remove_prefix(static_cast<std::size_t>(n));
    }
}

void write_new_file(const std::string& temp, std::string_view content, mode_t mode) {
    Descriptor file(::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode));
    if (file.fd() < 0) fail("cannot create " + temp, errno);
    write_all(file.fd(), content, temp);
    if (::fsync(file.fd()) != 0) fail("cannot sync " + temp, errno);
    if (file.close() != 0) fail("cannot write " + temp, errno);
}

// A name no other writer uses at the same time, in the target's folder (so rename is atomic).
std::string temporary_name(const std::filesystem::path& file) {
    static std::atomic<unsigned> counter{0};
    return file.string() + "." + std::to_string(::getpid()) + "-" + std::to_string(++counter) +
           ".tmp";
}

} // namespace

std::optional<std::string> read_file_if_readable(const std::filesystem::path& file,
                                                 std::size_t max_bytes) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return std::nullopt;
    std::string text;
    char buffer[64 * 1024];
    while (text.size() < max_bytes && in) {
        in.read(buffer,
                static_cast<std::streamsize>(std::min(sizeof buffer, max_bytes - text.size())));
        text.append(buffer, static_cast<std::size_t>(in.gcount()));
    }
    if (in.bad()) return std::nullopt;
    return text;
}

std::string read_file(const std::filesystem::path& file) {
    auto text = read_file_if_readable(file);
    if (!text) throw std::runtime_error("cannot read " + file.string());
    return std::move(*text);
}

void write_file_atomically(const std::filesystem::path& file, std::string_view content,
                           mode_t mode) {
    const auto temp = temporary_name(file);
    try {
        write_new_file(temp, content, mode);
        if (std::rename(temp.c_str(), file.c_str()) != 0)
            fail("cannot replace " + file.string(), errno);
    } catch (...) {
        ::unlink(temp.c_str()); // a half-written temporary file only takes space
        throw;
    }
    // The rename itself is durable only once the folder is synced.
    const auto folder =
        file.parent_path().empty() ? std::filesystem::path(".") : file.parent_path();
    Descriptor dir(::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (dir.fd() < 0 || ::fsync(dir.fd()) != 0)
        fail("cannot sync the folder " + folder.string(), errno);
}

void create_private_folder(const std::filesystem::path& folder) {
    if (std::filesystem::create_directories(folder))
        std::filesystem::permissions(folder, std::filesystem::perms::owner_all,
                                     std::filesystem::perm_options::replace);
}

} // namespace dagritme::common
