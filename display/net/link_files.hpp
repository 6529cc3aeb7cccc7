// The link's files, all private to the display's user: the screen token, the last board and
// images by hash. Writes are atomic (temporary file, fsync of the file and of its folder, rename),
// so a power cut leaves the old file or the new one, never a torn one. Network thread only.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace dagritme::link {

std::optional<std::string> read_text(const std::filesystem::path& file);

// Replaces `file` with `content` (mode 0600). Throws std::system_error naming the file when the
// disk refuses (full, read-only, over a size limit); the old file is then untouched and no
// temporary file is left behind.
void write_atomically(const std::filesystem::path& file, std::string_view content);

// Creates `folder` (and its parents) when missing; a folder it creates is private (0700).
// Throws std::filesystem::filesystem_error.
void create_private_folder(const std::filesystem::path& folder);

// Stores `bytes` as <media_dir>/<hash> when their SHA-256 is `hash`; false otherwise. Throws
// like write_atomically when they cannot be written.
bool store_image(const std::filesystem::path& media_dir, const std::string& hash,
                 std::string_view bytes);

} // namespace dagritme::link
