// The error of a wrong configuration file, with the place it was found: what() is
// "file:line:column: key: message". Thrown by the config loaders, caught where the program
// starts; free of the TOML library, so it can be caught without it.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>

namespace dagritme::config {

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
