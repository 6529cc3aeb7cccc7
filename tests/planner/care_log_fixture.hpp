// A real SQLite file in a temp folder with two groups, their children, staff and accounts,
// for the care log's store and app tests. Test code.
#pragma once

#include "domain/care_log.hpp"
#include "store/accounts.hpp"
#include "store/database.hpp"
#include "store/groups.hpp"
#include "store/migrations.hpp"
#include "store/people.hpp"
#include "temp_dir.hpp"

#include <string>
#include <vector>

namespace dagritme::test {

inline const Date care_day = *Date::parse("2026-12-01"); // a Tuesday

inline Instant local(int hour, int minute, Date date = care_day) {
    return to_instant({date, TimeOfDay::at(hour, minute)});
}

// A group whose every day has Kring 08:30-09:00, Vrij spelen 09:00-10:00 and Buiten spelen
// 10:30-11:15, with the limits `limits` in its configuration.
inline Group care_group(const std::string& id, const std::vector<std::string>& limits) {
    Group g;
    g.id = id;
    g.name = "De " + id;
    for (int day = 1; day <= 7; ++day) {
        g.opening.at(static_cast<std::size_t>(day)) =
            OpeningHours{TimeOfDay::at(7, 30), TimeOfDay::at(17, 30)};
        g.routines.days.at(static_cast<std::size_t>(day)) = {
            {TimeOfDay::at(8, 30), TimeOfDay::at(9, 0), RoutineKind::circle, "", "Kring"},
            {TimeOfDay::at(9, 0), TimeOfDay::at(10, 0), RoutineKind::free_play, "", "Vrij spelen"},
            {TimeOfDay::at(10, 30), TimeOfDay::at(11, 15), RoutineKind::outdoor_play, "",
             "Buiten spelen"}};
    }
    for (const auto& text : limits)
        g.limits.push_back(Limit{.text = text, .id = 0, .retired_at = std::nullopt});
    return g;
}

inline const std::vector<std::string> configured_limits{"We doen elkaar geen pijn.",
                                                        "We maken geen spullen kapot."};

struct CareLogDatabase {
    TempDir dir;
    store::Database db{dir / "care.db"};
    std::int64_t ilse = 0, marco = 0; // accounts
    std::int64_t ilse_staff = 0, marco_staff = 0, other_staff = 0;
    std::int64_t sanne = 0, bram = 0, other_child = 0; // other_*: of group "klaproos"

    CareLogDatabase() {
        store::migrate(db);
        store::Transaction tx{db};
        store::sync_group(db, care_group("zonnebloem", configured_limits));
        store::sync_group(db, care_group("klaproos", {"Wij blijven binnen."}));
        ilse = store::add_account(db, "ilse", Role::group_leader, "x", 0);
        marco = store::add_account(db, "marco", Role::group_leader, "x", 0);
        ilse_staff = store::add_staff(db, Staff{0, "zonnebloem", "Ilse", "Bakker", std::nullopt});
        marco_staff = store::add_staff(db, Staff{0, "zonnebloem", "Marco", "Visser", std::nullopt});
        other_staff = store::add_staff(db, Staff{0, "klaproos", "Joke", "de Boer", std::nullopt});
        const auto family =
            store::add_family(db, Family{0, "Familie Jansen", std::nullopt, "", {}});
        const auto child = [&](const char* group, const char* name) {
            return store::add_child(db, Child{0, group, family, name, "Jansen",
                                              *Date::parse("2022-03-14"), std::nullopt, false, ""});
        };
        sanne = child("zonnebloem", "Sanne");
        bram = child("zonnebloem", "Bram");
        other_child = child("klaproos", "Noor");
        tx.commit();
    }

    std::int64_t count(const std::string& table) {
        auto st = db.prepare("SELECT count(*) FROM " + table);
        st.step();
        return st.int64(0);
    }
    // Rows in every care log table, to show that a refused write wrote nothing.
    std::vector<std::int64_t> care_rows() {
        std::vector<std::int64_t> out;
        for (const char* table : {"anchorpoint", "anchorpoint_version", "limit_violation",
                                  "limit_violation_version", "form_submission", "care_limit"})
            out.push_back(count(table));
        return out;
    }
};

} // namespace dagritme::test
