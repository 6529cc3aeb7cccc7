// Images stored content-addressed: the file <dir>/<sha256> holds the bytes whose SHA-256 is
// its name. Written atomically (temporary file, fsync, rename), so a stored image is whole.
// Safe to use from several threads: files are only ever added, never changed.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace dagritme::media {

std::string sha256_hex(std::string_view bytes);
bool is_sha256_hex(std::string_view text); // 64 lowercase hex digits

// Reads a whole file; throws std::runtime_error with the path when it cannot.
std::string read_file(const std::filesystem::path& file);

class MediaStore {
  public:
    explicit MediaStore(std::filesystem::path dir); // creates the folder when missing

    std::string put(std::string_view bytes); // returns the hash
    bool contains(std::string_view hash) const;
    std::filesystem::path path_of(std::string_view hash) const;
    const std::filesystem::path& dir() const { return dir_; }

  private:
    std::filesystem::path dir_;
};

} // namespace dagritme::media
