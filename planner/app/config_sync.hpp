// From configuration to database: loads the planner config with its pictogram lookup, and
// writes the configured groups (with their pictograms imported into the media store) into
// the database in one transaction.
#pragma once

#include "config/planner_config.hpp"
#include "media/media_store.hpp"
#include "media/pictograms.hpp"
#include "store/database.hpp"

#include <filesystem>

namespace dagritme::app {

// The pictogram catalog of a configuration: its own folder first, then the default set.
media::PictogramCatalog pictogram_catalog(const std::optional<std::filesystem::path>& own_folder);

// Loads and checks the configuration; throws config::ConfigError.
config::PlannerConfig load_config(const std::filesystem::path& file);

// Writes the configured groups into the database; returns how many groups changed.
int sync_config(store::Database& db, const config::PlannerConfig& config,
                media::PictogramCatalog& catalog, media::MediaStore& media);

} // namespace dagritme::app
