// A group's settings and weekday routine, checked by the domain and written in one transaction.
#include "app/group_settings.hpp"

#include "store/groups.hpp"

#include <stdexcept>

namespace dagritme::app {

std::optional<NewGroupProblem> create_group(store::Database& db, const Group& group) {
    store::Transaction tx{db};
    // A double tap makes one group: the same group again is no problem.
    if (const auto stored = store::load_group(db, group.id))
        return *stored == group ? std::nullopt : std::optional(NewGroupProblem{});
    store::sync_group(db, group);
    tx.commit();
    return std::nullopt;
}

std::vector<SettingsProblem> save_settings(store::Database& db, const Group& edited) {
    store::Transaction tx{db};
    auto group = store::load_group(db, edited.id);
    if (!group) throw std::invalid_argument("no group " + edited.id);
    const auto stored = *group;
    group->name = edited.name;
    group->opening = edited.opening;
    group->screen_on = edited.screen_on;
    group->screen_off = edited.screen_off;
    auto problems = check_settings(stored, *group);
    if (!problems.empty()) return problems;
    store::sync_group(db, *group);
    tx.commit();
    return problems;
}

std::optional<RoutineProblem> save_routine(store::Database& db, media::PictogramCatalog& catalog,
                                           media::MediaStore& media, const std::string& group_id,
                                           const std::vector<int>& weekdays, DayTemplate blocks) {
    // Content-addressed images: importing before the checks leaves nothing wrong behind.
    for (auto& block : blocks)
        if (!(media::is_sha256_hex(block.pictogram) && media.contains(block.pictogram)))
            block.pictogram = catalog.import(block.pictogram, media);
    store::Transaction tx{db};
    auto group = store::load_group(db, group_id);
    if (!group) throw std::invalid_argument("no group " + group_id);
    for (const int day : weekdays) {
        if (auto order = check_blocks(blocks)) return RoutineProblem{day, std::move(order), {}};
        if (auto hours = check_hours(blocks, group->opening.at(static_cast<std::size_t>(day))))
            return RoutineProblem{day, {}, std::move(hours)};
        group->routines.days.at(static_cast<std::size_t>(day)) = blocks;
    }
    store::sync_group(db, *group);
    tx.commit();
    return std::nullopt;
}

} // namespace dagritme::app
