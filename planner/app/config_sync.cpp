// Loading the planner config with its pictogram catalogue, and writing its groups to the store.
#include "app/config_sync.hpp"

#include "store/groups.hpp"

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

int sync_config(store::Database& db, const config::PlannerConfig& config,
                media::PictogramCatalog& catalog, media::MediaStore& media) {
    // Import first: the images are content-addressed, so a failure later leaves no wrong state.
    std::vector<Group> groups = config.groups;
    for (auto& group : groups)
        for (auto& day : group.routines.days)
            for (auto& block : day)
                block.pictogram = catalog.import(block.pictogram, media);

    int changed = 0;
    store::Transaction tx{db};
    for (const auto& group : groups)
        changed += store::sync_group(db, group) ? 1 : 0;
    tx.commit();
    return changed;
}

} // namespace dagritme::app
