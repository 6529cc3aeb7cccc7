// Images stored content-addressed: the file <dir>/<sha256> holds the bytes whose SHA-256 is
// its name. Written atomically (temporary file, fsync, rename), so a stored image is whole.
// Safe to use from several threads: files are only ever added, never changed.
#pragma once

#include "common/files.hpp"
#include "common/sha256.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace dagritme::media {

// The one copy of each, in common/; named here too, where the planner's callers look for them.
using common::is_sha256_hex;
using common::read_file;
using common::sha256_hex;

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
