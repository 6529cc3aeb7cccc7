// Loading the planner config with its pictogram catalogue, and writing its groups to the store.
#include "app/config_sync.hpp"

#include "store/groups.hpp"

#include <algorithm>

namespace dagritme::app {

media::PictogramCatalog pictogram_catalog(const std::optional<std::filesystem::path>& own_folder) {
    std::vector<std::filesystem::path> folders;
    if (own_folder) folders.push_back(*own_folder);
    folders.push_back(media::default_pictogram_folder());
    return media::PictogramCatalog(std::move(folders));
}

config::PlannerConfig load_config(const std::filesystem::path& file) {
    return config::load_planner_config(file, [](const std::optional<std::filesystem::path>& own) {
        return config::PictogramExists([catalog = pictogram_catalog(own)](const std::string& name) {
            return catalog.contains(name);
        });
    });
}

std::vector<GroupSource> group_sources(store::Database& db, const config::PlannerConfig& config) {
    const auto stored = store::group_ids(db);
    std::vector<GroupSource> sources;
    for (const auto& group : config.groups)
        sources.push_back(
            {group.id, std::find(stored.begin(), stored.end(), group.id) == stored.end()});
    return sources;
}

std::vector<GroupSource> sync_config(store::Database& db, const config::PlannerConfig& config,
                                     media::PictogramCatalog& catalog, media::MediaStore& media) {
    store::Transaction tx{db};
    auto sources = group_sources(db, config);
    for (std::size_t i = 0; i < sources.size(); ++i) {
        if (!sources[i].seeded) continue;
        // Content-addressed images: imported ones left behind by a failure harm nothing.
        auto group = config.groups[i];
        for (auto& day : group.routines.days)
            for (auto& block : day)
                block.pictogram = catalog.import(block.pictogram, media);
        store::sync_group(db, group);
    }
    tx.commit();
    return sources;
}

std::string describe(const GroupSource& source, bool seeding) {
    if (!source.seeded)
        return "group " + source.id +
               ": database (configuration ignored; it only seeds new groups)";
    return "group " + source.id + ": configuration (" +
           (seeding ? "will seed the database)" : "seeded the database)");
}

} // namespace dagritme::app
