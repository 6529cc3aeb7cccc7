// From configuration to database: loads the planner config with its pictogram lookup, and
// seeds the database with the configured groups that it does not hold yet (with their
// pictograms imported into the media store), in one transaction. A group in the database is
// the coordinator's, edited on the pages: the configuration never overwrites it.
#pragma once

#include "config/planner_config.hpp"
#include "media/media_store.hpp"
#include "media/pictograms.hpp"
#include "store/database.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace dagritme::app {

// The pictogram catalog of a configuration: its own folder first, then the default set.
media::PictogramCatalog pictogram_catalog(const std::optional<std::filesystem::path>& own_folder);

// Loads and checks the configuration; throws config::ConfigError.
config::PlannerConfig load_config(const std::filesystem::path& file);

// Where a configured group's settings come from.
struct GroupSource {
    std::string id;
    bool seeded = false; // true: written from the configuration now; false: the database's
};

// Which of the configured groups the database holds already (those keep their own settings).
std::vector<GroupSource> group_sources(store::Database& db, const config::PlannerConfig& config);

// Writes the configured groups the database does not hold yet; leaves the others alone.
// Returns each configured group with where its settings come from, in the configuration's order.
std::vector<GroupSource> sync_config(store::Database& db, const config::PlannerConfig& config,
                                     media::PictogramCatalog& catalog, media::MediaStore& media);

// "group zonnebloem: database (configuration ignored; it only seeds new groups)", or
// "group zonnebloem: configuration (seeded the database)"; `seeding` for a group not seeded yet
// says "(will seed the database)" instead.
std::string describe(const GroupSource& source, bool seeding = false);

} // namespace dagritme::app
