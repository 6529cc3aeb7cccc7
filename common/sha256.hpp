// SHA-256 as 64 lowercase hex digits (libsodium): the names of content-addressed images and
// the hashes of screen tokens. Any thread.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace dagritme::common {

std::string sha256_hex(std::string_view bytes);
// The hash of a file's content, read in pieces; nullopt when it cannot be read.
std::optional<std::string> sha256_hex_of_file(const std::filesystem::path& file);
// 64 lowercase hex digits: the shape of a hash, as boards and media URLs carry it.
bool is_sha256_hex(std::string_view text);

} // namespace dagritme::common
