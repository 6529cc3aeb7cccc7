// The planner's configuration (config/planner.toml): storage, media, the listen address and
// the groups with their opening hours, screen hours, limits and routine templates.
// Loaded once at start; any error throws ConfigError with file:line:column and the key.
#pragma once

#include "common/config_error.hpp"
#include "domain/goals.hpp"
#include "domain/group.hpp"

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace dagritme::config {

struct PlannerConfig {
    std::filesystem::path file;
    std::filesystem::path database;
    std::filesystem::path media_dir;
    std::optional<std::filesystem::path> own_pictograms; // the organisation's own folder
    std::string address = "127.0.0.1";
    int port = 8080;
    // TLS: both PEM files, or neither. Without TLS only a loopback address is served, unless
    // allow_plaintext says otherwise (e.g. behind a proxy that terminates TLS).
    std::optional<std::filesystem::path> tls_certificate;
    std::optional<std::filesystem::path> tls_private_key;
    bool allow_plaintext = false;
    int max_connections = 512;
    int max_connections_per_address = 32;
    // Proxies (IP addresses, written the standard way) whose X-Forwarded-For names the client;
    // from any other peer the header is ignored.
    std::vector<std::string> trusted_proxies;
    // Routine blocks here name their pictogram ("eten"); the media import turns names into hashes.
    std::vector<Group> groups;
    // The development goals families choose from (the file of the top-level key "goals";
    // empty without it).
    GoalCatalogue goals;
};

// Tells whether a pictogram name is known (in the default set or the organisation's folder).
using PictogramExists = std::function<bool(const std::string& name)>;

// Reads and checks the whole configuration, including the routine files it names.
// Relative paths are relative to the file that contains them. `own_pictograms` of the file is
// given to `make_exists` to build the pictogram lookup.
PlannerConfig load_planner_config(
    const std::filesystem::path& file,
    const std::function<PictogramExists(const std::optional<std::filesystem::path>&)>& make_exists);

} // namespace dagritme::config
