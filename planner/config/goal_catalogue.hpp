// The catalogue of development goals (config/goals.toml): sections with their goals, each a
// code and a short plain-Dutch label. Read strictly: an unknown key, a duplicate code, a code
// outside its section or an empty label fails with file:line:column and the key.
#pragma once

#include "common/config_error.hpp"
#include "domain/goals.hpp"

#include <filesystem>

namespace dagritme::config {

GoalCatalogue load_goal_catalogue(const std::filesystem::path& file);

} // namespace dagritme::config
