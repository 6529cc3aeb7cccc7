// Reading and writing whole files. Writes are atomic: a temporary file in the same folder,
// written in full, fsynced, renamed over the target, and the folder fsynced, so a crash or a
// power cut leaves the old file or the new one, never a torn one. Any thread.
#pragma once

#include <cstddef>
#include <filesystem>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <sys/types.h>

namespace dagritme::common {

// At most `max_bytes` of `file` (all of it by default); nullopt when it cannot be opened or read.
std::optional<std::string>
read_file_if_readable(const std::filesystem::path& file,
                      std::size_t max_bytes = std::numeric_limits<std::size_t>::max());

// The whole of `file`; throws std::runtime_error naming the file when it cannot be read.
std::string read_file(const std::filesystem::path& file);

// Replaces `file` with `content` (new files get `mode`). Throws std::system_error naming the
// file when the disk refuses (full, read-only, over a size limit); the old file is then
// untouched and no temporary file (*.tmp) is left behind.
void write_file_atomically(const std::filesystem::path& file, std::string_view content,
                           mode_t mode = 0600);

// Creates `folder` (and its parents) when missing; a folder it creates is private (0700).
// Throws std::filesystem::filesystem_error.
void create_private_folder(const std::filesystem::path& folder);

} // namespace dagritme::common
