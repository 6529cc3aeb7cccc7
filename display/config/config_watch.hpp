// Reads display.toml again when it changes, so staff can change screen hours, orientation or
// the burn-in shift without a restart. A config that no longer reads is logged and the last
// good one stays. (Folders and fonts are taken at start only.) Worker thread only.
#pragma once

#include "config/display_config.hpp"

#include <filesystem>
#include <optional>
#include <string>

namespace dagritme::app {

class ConfigWatch {
  public:
    ConfigWatch(std::filesystem::path file, std::filesystem::path default_data_dir);
    // A new good config when the file changed and reads well; nullopt otherwise.
    std::optional<DisplayConfig> poll();
    // What went wrong with the last change, "" when it read well.
    const std::string& problem() const { return problem_; }

  private:
    std::string stamp() const;

    std::filesystem::path file_;
    std::filesystem::path data_dir_;
    std::string last_stamp_;
    std::string problem_;
};

} // namespace dagritme::app
