// SQL of groups: settings, opening hours, limits, routine templates and the board revision.
#include "store/groups.hpp"

namespace dagritme::store {
namespace {

void write_settings(Database& db, const Group& g) {
    db.prepare("INSERT INTO grp (id, name, timezone, screen_on, screen_off) VALUES (?, ?, ?, ?, ?) "
               "ON CONFLICT (id) DO UPDATE SET name = excluded.name, timezone = excluded.timezone, "
               "screen_on = excluded.screen_on, screen_off = excluded.screen_off")
        .bind_all(g.id, g.name, g.timezone, g.screen_on.minutes, g.screen_off.minutes)
        .run();

    db.prepare("DELETE FROM opening_hours WHERE group_id = ?").bind_all(g.id).run();
    auto hours = db.prepare("INSERT INTO opening_hours VALUES (?, ?, ?, ?)");
    for (int day = 1; day <= 7; ++day) {
        const auto& h = g.opening[static_cast<std::size_t>(day)];
        if (!h) continue;
        hours.bind_all(g.id, day, h->open.minutes, h->close.minutes).run();
        hours.reset();
    }

    db.prepare("DELETE FROM template_block WHERE group_id = ?").bind_all(g.id).run();
    auto block = db.prepare("INSERT INTO template_block VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    for (int day = 1; day <= 7; ++day) {
        const auto& blocks = g.routines.for_weekday(day);
        for (std::size_t i = 0; i < blocks.size(); ++i) {
            const auto& b = blocks[i];
            block
                .bind_all(g.id, day, static_cast<std::int64_t>(i), b.start.minutes, b.end.minutes,
                          std::string(name_of(b.kind)), b.pictogram, b.label)
                .run();
            block.reset();
        }
    }
}

// The configured limits seed the register of a group that has none (not even retired ones);
// after that the coordinator's register wins, and a restart leaves it alone.
bool seed_limits(Database& db, const Group& g) {
    auto count = db.prepare("SELECT count(*) FROM care_limit WHERE group_id = ?");
    count.bind_all(g.id);
    count.step();
    if (count.int64(0) > 0 || g.limits.empty()) return false;
    auto limit = db.prepare("INSERT INTO care_limit (group_id, position, text) VALUES (?, ?, ?)");
    for (std::size_t i = 0; i < g.limits.size(); ++i) {
        limit.bind_all(g.id, static_cast<std::int64_t>(i), g.limits[i].text).run();
        limit.reset();
    }
    return true;
}

} // namespace

bool sync_group(Database& db, const Group& group) {
    // The limits are not the configuration's to keep (see seed_limits), nor on the board.
    auto stored = load_group(db, group.id);
    if (stored) stored->limits = group.limits;
    if (stored != group) {
        write_settings(db, group);
        db.touch_board(group.id);
    }
    return seed_limits(db, group) || stored != group;
}

std::optional<Group> load_group(Database& db, const std::string& id) {
    auto st = db.prepare("SELECT name, timezone, screen_on, screen_off FROM grp WHERE id = ?");
    st.bind_all(id);
    if (!st.step()) return std::nullopt;
    Group g;
    g.id = id;
    g.name = st.text(0);
    g.timezone = st.text(1);
    g.screen_on = TimeOfDay{st.integer(2)};
    g.screen_off = TimeOfDay{st.integer(3)};

    auto hours =
        db.prepare("SELECT weekday, open_at, close_at FROM opening_hours WHERE group_id = ?");
    hours.bind_all(id);
    while (hours.step())
        g.opening.at(static_cast<std::size_t>(hours.integer(0))) =
            OpeningHours{TimeOfDay{hours.integer(1)}, TimeOfDay{hours.integer(2)}};

    auto limits = db.prepare("SELECT id, text FROM care_limit WHERE group_id = ? AND retired_at "
                             "IS NULL ORDER BY position, id");
    limits.bind_all(id);
    while (limits.step())
        g.limits.push_back(
            Limit{.text = limits.text(1), .id = limits.int64(0), .retired_at = std::nullopt});

    auto blocks = db.prepare("SELECT weekday, start_at, end_at, kind, pictogram, label, rowid "
                             "FROM template_block WHERE group_id = ? ORDER BY weekday, position");
    blocks.bind_all(id);
    while (blocks.step()) {
        RoutineBlock b{TimeOfDay{blocks.integer(1)}, TimeOfDay{blocks.integer(2)},
                       known_value(routine_kind_from(blocks.text(3)), "template_block",
                                   blocks.int64(6), "kind", blocks.text(3)),
                       blocks.text(4), blocks.text(5)};
        g.routines.days.at(static_cast<std::size_t>(blocks.integer(0))).push_back(std::move(b));
    }
    return g;
}

std::vector<std::string> group_ids(Database& db) {
    std::vector<std::string> ids;
    auto st = db.prepare("SELECT id FROM grp ORDER BY id");
    while (st.step())
        ids.push_back(st.text(0));
    return ids;
}

std::int64_t board_revision(Database& db, const std::string& group_id) {
    auto st = db.prepare("SELECT revision FROM grp WHERE id = ?");
    st.bind_all(group_id);
    return st.step() ? st.int64(0) : 0;
}

} // namespace dagritme::store
