// Strict reading of TOML tables for the configuration files of both programs (planner.toml,
// display.toml): every key must be known, every value of the right type and range, and every
// error names file:line:column and the key. Used at start (and on a config reload); any thread.
#pragma once

#include "common/config_error.hpp"
#include "domain/time.hpp"

#include <cstdint>
#include <filesystem>
#include <initializer_list>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <toml++/toml.h>

namespace dagritme::config {

// Parses a TOML file; a syntax error or an unreadable file becomes a ConfigError.
toml::table parse_toml_file(const std::filesystem::path& file);

// One table of a config file, read key by key. finish() rejects the keys not asked for.
class TableReader {
  public:
    TableReader(const toml::table& table, std::string path, std::string file);

    bool has(std::string_view key) const;
    std::string string(std::string_view key);
    std::optional<std::string> optional_string(std::string_view key);
    std::optional<bool> optional_boolean(std::string_view key);
    std::int64_t integer(std::string_view key, std::int64_t min, std::int64_t max);
    TimeOfDay time(std::string_view key);
    std::vector<std::string> strings(std::string_view key);
    const toml::table& table(std::string_view key);
    const toml::array& array(std::string_view key);
    // Names the keys this table may hold besides those read (optional keys that are absent), so
    // they count as known in finish() and are listed in its message.
    void allow(std::initializer_list<std::string_view> keys);
    // Every key of the table that was not read or allowed is an error (the first one is reported).
    void finish() const;

    std::string key_path(std::string_view key) const;
    [[noreturn]] void fail(std::string_view key, const std::string& message) const;
    [[noreturn]] void fail_at(const toml::node& node, std::string_view key,
                              const std::string& message) const;
    [[noreturn]] void fail_at(const toml::source_region& where, std::string_view key,
                              const std::string& message) const;
    const std::string& file() const { return file_; }

  private:
    const toml::node& require(std::string_view key);

    const toml::table& table_;
    std::string path_;
    std::string file_;
    std::set<std::string, std::less<>> read_;
};

// "HH:MM" from a node, or an error at the node.
TimeOfDay time_value(const TableReader& owner, const toml::node& node, std::string_view key);

} // namespace dagritme::config
