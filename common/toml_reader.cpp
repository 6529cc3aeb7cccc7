// TableReader and ConfigError with TOML++ 3 (source positions from toml::source_region).
#include "common/toml_reader.hpp"

namespace dagritme::config {
namespace {

std::string describe(const toml::node& node) {
    switch (node.type()) {
    case toml::node_type::string:
        return '"' + node.as_string()->get() + '"';
    case toml::node_type::integer:
        return std::to_string(node.as_integer()->get());
    case toml::node_type::floating_point:
        return std::to_string(node.as_floating_point()->get());
    case toml::node_type::boolean:
        return node.as_boolean()->get() ? "true" : "false";
    case toml::node_type::table:
        return "a table";
    case toml::node_type::array:
        return "an array";
    default:
        return "a date or time";
    }
}

} // namespace

ConfigError::ConfigError(const std::string& file_, std::uint32_t line_, std::uint32_t column_,
                         std::string key_, const std::string& message)
    : std::runtime_error(file_ + ":" + std::to_string(line_) + ":" + std::to_string(column_) +
                         ": " + (key_.empty() ? "" : key_ + ": ") + message),
      file(file_), line(line_), column(column_), key(std::move(key_)) {}

toml::table parse_toml_file(const std::filesystem::path& file) {
    try {
        return toml::parse_file(file.string());
    } catch (const toml::parse_error& e) {
        const auto& begin = e.source().begin;
        throw ConfigError(file.string(), begin.line, begin.column, "",
                          std::string(e.description()));
    }
}

TableReader::TableReader(const toml::table& table, std::string path, std::string file)
    : table_(table), path_(std::move(path)), file_(std::move(file)) {}

bool TableReader::has(std::string_view key) const {
    return table_.contains(key);
}

std::string TableReader::key_path(std::string_view key) const {
    return path_.empty() ? std::string(key) : path_ + "." + std::string(key);
}

void TableReader::fail(std::string_view key, const std::string& message) const {
    const auto* node = table_.get(key);
    fail_at(node ? *node : static_cast<const toml::node&>(table_), key, message);
}

void TableReader::fail_at(const toml::node& node, std::string_view key,
                          const std::string& message) const {
    fail_at(node.source(), key, message);
}

void TableReader::fail_at(const toml::source_region& where, std::string_view key,
                          const std::string& message) const {
    throw ConfigError(file_, where.begin.line, where.begin.column, key_path(key), message);
}

const toml::node& TableReader::require(std::string_view key) {
    read_.insert(std::string(key));
    const auto* node = table_.get(key);
    if (!node) fail(key, "missing (required)");
    return *node;
}

std::string TableReader::string(std::string_view key) {
    const auto& node = require(key);
    if (!node.is_string()) fail(key, "expected a string, got " + describe(node));
    return std::string(*node.as_string());
}

std::optional<std::string> TableReader::optional_string(std::string_view key) {
    if (!has(key)) {
        read_.insert(std::string(key));
        return std::nullopt;
    }
    return string(key);
}

std::optional<bool> TableReader::optional_boolean(std::string_view key) {
    if (!has(key)) {
        read_.insert(std::string(key));
        return std::nullopt;
    }
    const auto& node = require(key);
    if (!node.is_boolean()) fail(key, "expected true or false, got " + describe(node));
    return node.as_boolean()->get();
}

std::int64_t TableReader::integer(std::string_view key, std::int64_t min, std::int64_t max) {
    const auto& node = require(key);
    const auto range = " from " + std::to_string(min) + " to " + std::to_string(max);
    if (!node.is_integer()) fail(key, "expected an integer" + range + ", got " + describe(node));
    const std::int64_t value = node.as_integer()->get();
    if (value < min || value > max)
        fail(key, "expected an integer" + range + ", got " + describe(node));
    return value;
}

TimeOfDay TableReader::time(std::string_view key) {
    return time_value(*this, require(key), key);
}

std::vector<std::string> TableReader::strings(std::string_view key) {
    const auto& items = array(key);
    std::vector<std::string> out;
    for (const auto& item : items) {
        if (!item.is_string())
            fail_at(item, key, "expected a list of strings, got " + describe(item));
        out.emplace_back(*item.as_string());
    }
    return out;
}

const toml::table& TableReader::table(std::string_view key) {
    const auto& node = require(key);
    if (!node.is_table()) fail(key, "expected a table, got " + describe(node));
    return *node.as_table();
}

const toml::array& TableReader::array(std::string_view key) {
    const auto& node = require(key);
    if (!node.is_array()) fail(key, "expected an array, got " + describe(node));
    return *node.as_array();
}

void TableReader::allow(std::initializer_list<std::string_view> keys) {
    for (const auto key : keys)
        read_.insert(std::string(key));
}

void TableReader::finish() const {
    for (const auto& [key, node] : table_)
        if (!read_.contains(key.str())) {
            std::string known;
            for (const auto& k : read_)
                known += (known.empty() ? "" : ", ") + k;
            fail_at(key.source(), key.str(), "unknown key (known here: " + known + ")");
        }
}

TimeOfDay time_value(const TableReader& owner, const toml::node& node, std::string_view key) {
    const auto* text = node.as_string();
    const auto parsed = text ? TimeOfDay::parse(text->get()) : std::nullopt;
    if (!parsed)
        owner.fail_at(node, key,
                      "expected a time \"HH:MM\" from 00:00 to 23:59, got " + describe(node));
    return *parsed;
}

} // namespace dagritme::config
