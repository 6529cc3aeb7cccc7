// The link's files: the screen token (mode 0600) and the last board, both written atomically
// (temporary file, fsync, rename), and images stored by hash after checking their SHA-256.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace dagritme::link {

std::optional<std::string> read_text(const std::filesystem::path& file);
void write_atomically(const std::filesystem::path& file, std::string_view content, bool private_file = false);
// Stores `bytes` as <media_dir>/<hash> when their SHA-256 is `hash`; false otherwise.
bool store_image(const std::filesystem::path& media_dir, const std::string& hash, std::string_view bytes);

} // namespace dagritme::link
