// Writes to a group's settings from the pages: a new group, its name and hours, and the
// routine of its weekdays. Each applies the domain's rules (routine.hpp, routine_rules.hpp),
// the same the configuration loader applies, and writes in one transaction; a refused write
// changes nothing. Every write that changes what a board shows bumps the group's board
// revision (store::sync_group); the caller tells the boards.
#pragma once

#include "domain/group.hpp"
#include "domain/routine_rules.hpp"
#include "media/media_store.hpp"
#include "media/pictograms.hpp"
#include "store/database.hpp"

#include <optional>
#include <string>
#include <vector>

namespace dagritme::app {

// Why a new group was refused: its id is used already (by a group of the database).
struct NewGroupProblem {
    enum class Kind { id_taken };
    Kind kind = Kind::id_taken;
};

// Creates `group` (checked by the caller: valid id, name, check_settings against an empty
// group) with an empty routine and no limits. The very same group again (a double tap) is
// no problem; another group with its id is.
std::optional<NewGroupProblem> create_group(store::Database& db, const Group& group);

// Sets the name, opening hours and screen hours of the stored group `edited.id` (its routine,
// limits and time zone stay as stored). Returns every problem (check_settings); empty: saved.
std::vector<SettingsProblem> save_settings(store::Database& db, const Group& edited);

// Why a weekday's routine was refused: its blocks' order, or the day's opening hours.
struct RoutineProblem {
    int weekday = 0;
    std::optional<BlockProblem> order;
    std::optional<HoursProblem> hours;
};

// Sets the routine of each of `weekdays` (1..7) of group `group_id` to `blocks`, in order of
// start time. A block's pictogram is a name from `catalog`, or the hash of an image already in
// the media store (a block kept as it was). The first problem of the first weekday that
// refuses the blocks refuses them all.
std::optional<RoutineProblem> save_routine(store::Database& db, media::PictogramCatalog& catalog,
                                           media::MediaStore& media, const std::string& group_id,
                                           const std::vector<int>& weekdays, DayTemplate blocks);

} // namespace dagritme::app
