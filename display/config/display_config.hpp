// display.toml as typed values. Read once at start on the main thread; afterwards read-only
// and shared by both threads.
#pragma once

#include "board/board.hpp"

#include "common/config_error.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace dagritme::app {

enum class Orientation { automatic, landscape, portrait };

struct DisplayConfig {
    std::filesystem::path file; // where it was read from; empty for built-in defaults
    std::string screen_name = "Dagritme";
    Orientation orientation = Orientation::automatic;
    board::ScreenHours hours{{7 * 60}, {18 * 60 + 30}}; // until a board says otherwise
    bool burn_in_shift = true;
    std::filesystem::path data_dir;                // relative paths below resolve against it
    std::filesystem::path media_dir;               // content-addressed <sha256> files
    std::filesystem::path cache_dir;               // rasterised SVGs
    std::vector<std::filesystem::path> image_dirs; // named image files, hashed at start
    std::filesystem::path font_regular;
    std::filesystem::path font_bold;
    // The organisation's own certificate authority (PEM), for a planner over TLS whose
    // certificate it signed; the system's authorities are trusted too.
    std::optional<std::filesystem::path> planner_ca_file;
};

// Reads `file`; relative paths in it resolve against `data_dir` (from the file, else the
// given default). Throws config::ConfigError ("file:line:column: key: message").
DisplayConfig load_config(const std::filesystem::path& file,
                          const std::filesystem::path& default_data_dir);
DisplayConfig default_config(const std::filesystem::path& data_dir);

} // namespace dagritme::app
