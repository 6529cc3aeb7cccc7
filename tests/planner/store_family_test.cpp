// The family record as stored and changed through app/family_record: the record of a demo
// family, a phase change with who and when, goals, a care entry linked to a goal and counted,
// the mentor account, and last_changed_at after each change (nothing on a refusal).
#include "app/config_sync.hpp"
#include "app/family_record.hpp"
#include "demo/demo_group.hpp"
#include "store/accounts.hpp"
#include "store/family_goals.hpp"
#include "store/family_record.hpp"
#include "store/migrations.hpp"
#include "store/people.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace dagritme;

namespace {

struct Seeded {
    test::TempDir dir;
    store::Database db{dir / "d.db"};
    std::int64_t mentor = 0, leader = 0;
    Seeded() {
        store::migrate(db);
        media::MediaStore media(dir / "media");
        const auto config = app::load_config(test::source_dir / "config" / "planner.toml");
        auto catalog = app::pictogram_catalog(config.own_pictograms);
        app::sync_config(db, config, catalog, media);
        demo::seed_demo(db, "zonnebloem", *Date::parse("2026-12-01"), media,
                        test::source_dir / "assets" / "demo",
                        [&](const std::string& name) { return catalog.import(name, media); });
        mentor = store::add_account(db, "fatima", Role::mentor, "x", 0);
        leader = store::add_account(db, "marco", Role::group_leader, "x", 0);
    }
};

const Date today = *Date::parse("2026-12-01");
const Instant now = to_instant({today, TimeOfDay::at(10, 0)});

} // namespace

TEST_CASE("a demo family's record, a phase change, goals and a linked anchorpoint") {
    Seeded s;
    auto record = store::load_family_record(s.db, 3); // Smit: phase 1 since 2026-11-16
    REQUIRE(record);
    CHECK(record->family.name == "Familie Smit");
    REQUIRE(record->phases.size() == 1);
    CHECK(record->current_phase() == Phase::introduction);
    CHECK(record->children.at(0).first_name == "Sem");
    CHECK(record->parents.at(0).parent.first_name == "Kevin");
    CHECK_FALSE(record->last_changed_at);
    CHECK_FALSE(store::load_family_record(s.db, 99));

    const app::Change change{s.mentor, now, today};
    const auto refused =
        app::change_phase(s.db, 3, Phase::meta_position_and_floor, today, "", change);
    REQUIRE(refused);
    CHECK(refused->kind == PhaseProblem::Kind::skips_phases);
    CHECK_FALSE(store::load_family_record(s.db, 3)->last_changed_at);
    CHECK_FALSE(app::change_phase(s.db, 3, Phase::parenting_interview, today, "gepland", change));
    record = store::load_family_record(s.db, 3);
    REQUIRE(record->phases.size() == 2);
    CHECK(record->phases.back().changed_by_name == "fatima");
    CHECK(record->phases.back().changed_at == now);
    CHECK(record->phases.back().note == "gepland");
    CHECK(record->last_changed_at == now);

    const auto sem = record->children.at(0).id;
    CHECK_FALSE(app::choose_goal(
        s.db, GoalCatalogue{{{"kind.II", GoalSubject::child, "D", {{"kind.II.5", "troost"}}}}}, 3,
        "kind.II.5", sem, today, change));
    const auto goal = store::family_goals(s.db, 3).at(0);
    CHECK(goal.child_id == sem);

    s.db.exec("INSERT INTO anchorpoint (group_id, child_id, author, created_at, at, emotion, "
              "responses, ending, signs, note) VALUES ('zonnebloem', " +
              std::to_string(sem) + ", " + std::to_string(s.leader) + ", " +
              std::to_string(now.seconds) + ", " + std::to_string(now.seconds - 3600) +
              ", 'anger', 'named', 'calmed', '', '')");
    const auto entries = store::linkable_entries(s.db, 3, Instant{0}, 10);
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].what == "anger");
    CHECK(store::linkable_entries(s.db, 1, Instant{0}, 10).empty()); // not Jansen's child
    CHECK_FALSE(app::link_entry_to_goal(s.db, 3, CareEntryKind::anchorpoint, entries[0].id, goal.id,
                                        change));
    const auto counts = goal_counts_by_month(store::goal_links(s.db, 3));
    REQUIRE(counts.at(goal.id).size() == 1);
    CHECK(counts.at(goal.id)[0].anchorpoints == 1);
    CHECK(counts.at(goal.id)[0].month == 12);
    CHECK_THROWS_AS(app::link_entry_to_goal(s.db, 1, CareEntryKind::anchorpoint, entries[0].id,
                                            goal.id, change),
                    store::StoreError);
}

TEST_CASE("only an enabled mentor account becomes a family's mentor") {
    Seeded s;
    const auto later = Instant{now.seconds + 60};
    CHECK(app::set_mentor_account(s.db, 1, s.leader, later)->kind ==
          app::MentorProblem::Kind::not_a_mentor);
    CHECK(app::set_mentor_account(s.db, 1, 999, later)->kind ==
          app::MentorProblem::Kind::unknown_account);
    CHECK(app::set_mentor_account(s.db, 99, s.mentor, later)->kind ==
          app::MentorProblem::Kind::unknown_family);
    CHECK_FALSE(store::load_family_record(s.db, 1)->mentor_account);
    CHECK_FALSE(app::set_mentor_account(s.db, 1, s.mentor, later));
    const auto record = store::load_family_record(s.db, 1);
    CHECK(record->mentor_account == s.mentor);
    CHECK(record->mentor_account_name == "fatima");
    CHECK(record->last_changed_at == later);
    const auto mine = store::list_families(s.db, s.mentor);
    REQUIRE(mine.size() == 1);
    CHECK(mine[0].name == "Familie Jansen");
    CHECK(mine[0].phase == Phase::meta_position_and_floor);
    CHECK(store::list_families(s.db).size() == 6);
}
