// The error of a configuration file that cannot be used, for both programs' config loaders.
// Thrown at start (or on a reload) and shown to whoever wrote the file.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>

namespace dagritme::config {

// what() is "file:line:column: key: message".
class ConfigError : public std::runtime_error {
  public:
    ConfigError(const std::string& file, std::uint32_t line, std::uint32_t column, std::string key,
                const std::string& message);
    std::string file;
    std::uint32_t line;
    std::uint32_t column;
    std::string key;
};

} // namespace dagritme::config
