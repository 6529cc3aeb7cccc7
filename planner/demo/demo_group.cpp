// The demo day of De Zonnebloem: children, staff, families, drawn portraits and a day.
#include "demo/demo_group.hpp"

#include "store/day.hpp"
#include "store/groups.hpp"
#include "store/people.hpp"
#include "store/sessions.hpp"
#include "store/workbook.hpp"

#include <map>
#include <stdexcept>

namespace dagritme::demo {
namespace {

struct DemoChild {
    const char* first;
    const char* birth;
    const char* portrait; // empty: no photo
    bool consent;
    const char* own_place_item;
};

struct DemoFamily {
    const char* surname;
    const char* mentor; // staff first name
    int phase;
    const char* phase_began;
    std::vector<std::pair<const char*, const char*>> parents; // first name, relation
    std::vector<DemoChild> children;
};

Instant local(Date date, int hour, int minute) {
    return to_instant({date, TimeOfDay::at(hour, minute)});
}

} // namespace

DemoSummary seed_demo(store::Database& db, const std::string& group_id, Date date,
                      media::MediaStore& media, const std::filesystem::path& portraits,
                      const std::function<std::string(const std::string&)>& pictogram) {
    auto photo = [&](const std::string& name) -> std::optional<std::string> {
        if (name.empty()) return std::nullopt;
        return media.put(media::read_file(portraits / (name + ".png")));
    };

    store::Transaction tx{db};
    if (store::count_children(db) > 0)
        throw std::runtime_error(
            "the database already holds children; the demo needs a new database file");

    DemoSummary summary;
    std::map<std::string, std::int64_t> staff, children, parents, family_ids;
    const std::vector<std::pair<const char*, const char*>> leaders{
        {"Ilse", "Bakker"}, {"Marco", "Visser"}, {"Fatima", "El Amrani"}, {"Joke", "de Boer"}};
    for (const auto& [first, surname] : leaders) {
        std::string portrait = first;
        for (auto& c : portrait)
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        staff[first] = store::add_staff(db, Staff{0, group_id, first, surname, photo(portrait)});
        ++summary.staff;
    }

    const std::vector<DemoFamily> families{
        {"Jansen",
         "Ilse",
         3,
         "2026-09-14",
         {{"Petra", "mama"}},
         {{"Sanne", "2022-03-14", "sanne", true, "knuffelkonijn"}}},
        {"de Vries",
         "Marco",
         2,
         "2026-10-26",
         {{"Lisa", "mama"}, {"Tom", "papa"}},
         {{"Daan", "2021-09-02", "", false, "brandweerauto"},
          {"Noor", "2023-05-20", "noor", true, "rammelaar"}}},
        {"Smit",
         "Fatima",
         1,
         "2026-11-16",
         {{"Kevin", "papa"}},
         {{"Sem", "2022-11-30", "sem", true, "blokken"}}},
        {"Mulder",
         "Ilse",
         3,
         "2026-06-01",
         {{"Anouk", "mama"}, {"Jeroen", "papa"}},
         {{"Fleur", "2021-06-08", "fleur", true, "prentenboek"}}},
        {"El Idrissi",
         "Fatima",
         4,
         "2026-11-02",
         {{"Samira", "mama"}},
         {{"Ayoub", "2022-01-25", "ayoub", true, "autootje"}}},
        {"Meijer",
         "Joke",
         5,
         "2026-10-05",
         {{"Kim", "mama"}},
         {{"Lotte", "2023-02-11", "lotte", true, "knuffelbeer"},
          {"Bram", "2020-10-03", "", true, "puzzel"}}},
    };
    // Every child comes on every day the group opens, placed four months ago.
    Placement placement;
    placement.first_day = Date::from_days(date.days() - 120);
    const auto group = store::load_group(db, group_id);
    if (!group) throw std::runtime_error("no group " + group_id + " for the demo");
    for (int weekday = 1; weekday <= 7; ++weekday)
        if (group->opening.at(static_cast<std::size_t>(weekday)))
            placement.days.push_back({weekday, DayPart::day});

    for (const auto& f : families) {
        Family family{0,
                      "Familie " + std::string(f.surname),
                      staff.at(f.mentor),
                      "Jeugdzorg regio Utrecht",
                      {{static_cast<Phase>(f.phase), *Date::parse(f.phase_began)}}};
        const auto family_id = store::add_family(db, family);
        family_ids[f.surname] = family_id;
        ++summary.families;
        for (const auto& [first, relation] : f.parents)
            parents[first] = store::add_parent(db, Parent{0, family_id, first, f.surname, relation,
                                                          std::string(relation) == "mama"
                                                              ? RelationKind::mother
                                                              : RelationKind::father});
        for (const auto& c : f.children) {
            Child child{0,
                        group_id,
                        family_id,
                        c.first,
                        f.surname,
                        *Date::parse(c.birth),
                        photo(c.portrait),
                        c.consent,
                        c.own_place_item};
            child.placement = placement;
            if (c.consent) {
                child.consent_given_by = f.parents.front().first + std::string(" ") + f.surname;
                child.consent_given_on = placement.first_day;
            }
            children[c.first] = store::add_child(db, child);
            ++summary.children;
        }
    }

    // The day: everyone but Bram (ill, reported by his mother) and Joke (day off) is here.
    store::add_absence(db,
                       Absence{0, children.at("Bram"), date, date, AbsenceReason::ill, std::nullopt,
                               "Koorts, mama belde om 7:30", std::nullopt, local(date, 7, 30)});
    const std::vector<std::tuple<const char*, int, int>> arrivals{
        {"Sanne", 7, 45}, {"Daan", 7, 50},  {"Noor", 7, 50}, {"Sem", 8, 5},
        {"Fleur", 8, 10}, {"Ayoub", 8, 20}, {"Lotte", 8, 30}};
    for (const auto& [name, h, m] : arrivals)
        store::record_attendance(db, group_id, PersonKind::child, children.at(name),
                                 AttendanceEvent{local(date, h, m), true});
    for (const auto& [name, h, m] : std::vector<std::tuple<const char*, int, int>>{
             {"Ilse", 7, 25}, {"Marco", 7, 30}, {"Fatima", 8, 0}})
        store::record_attendance(db, group_id, PersonKind::staff, staff.at(name),
                                 AttendanceEvent{local(date, h, m), true});

    // Today the outdoor play is a walk to the petting farm.
    store::add_change(db, group_id, date,
                      DayChange{0, ChangeOp::relabel, "b5",
                                RoutineBlock{{},
                                             {},
                                             RoutineKind::outdoor_play,
                                             pictogram("wandelen"),
                                             "Wandelen naar de kinderboerderij"}});

    store::add_activity(db, group_id, date,
                        ActivityGroup{0,
                                      TimeOfDay::at(10, 30),
                                      TimeOfDay::at(11, 15),
                                      "Naar de kinderboerderij",
                                      pictogram("wandelen"),
                                      {staff.at("Ilse"), staff.at("Marco")},
                                      {children.at("Daan"), children.at("Noor"), children.at("Sem"),
                                       children.at("Ayoub"), children.at("Lotte")}});
    store::add_activity(
        db, group_id, date,
        ActivityGroup{0,
                      TimeOfDay::at(14, 45),
                      TimeOfDay::at(15, 30),
                      "Knutselen",
                      pictogram("knutselen"),
                      {staff.at("Marco")},
                      {children.at("Daan"), children.at("Fleur"), children.at("Lotte")}});
    // The weekly parent-child sessions, begun four weeks ago; today is a Tuesday in the tests,
    // so Zingen op schoot is on today's board with the invited families' parents. Last week
    // Sanne's mother and Fleur's father came.
    const auto on_or_before = [&](int weekday) {
        return Date::from_days(date.days() - 28 - (date.weekday() - weekday + 7) % 7);
    };
    const auto singing = store::add_series(
        db, SessionSeries{0,
                          group_id,
                          SessionType::lap_singing,
                          2,
                          TimeOfDay::at(10, 30),
                          TimeOfDay::at(11, 15),
                          "speelzaal",
                          staff.at("Fatima"),
                          6,
                          on_or_before(2),
                          std::nullopt,
                          pictogram(std::string(pictogram_name_of(SessionType::lap_singing))),
                          {}});
    store::add_invitation(db, singing, {family_ids.at("Jansen"), std::nullopt});
    store::add_invitation(db, singing, {family_ids.at("Mulder"), std::nullopt});
    const auto last_week = Date::from_days(on_or_before(2).days() + 21);
    if (last_week < date)
        store::record_visits(db, singing, last_week, {parents.at("Petra"), parents.at("Jeroen")},
                             std::nullopt, local(last_week, 11, 20));
    const auto gym = store::add_series(
        db, SessionSeries{0,
                          group_id,
                          SessionType::parent_child_gym,
                          4,
                          TimeOfDay::at(15, 0),
                          TimeOfDay::at(16, 0),
                          "gymzaal",
                          staff.at("Marco"),
                          6,
                          on_or_before(4),
                          std::nullopt,
                          pictogram(std::string(pictogram_name_of(SessionType::parent_child_gym))),
                          {}});
    store::add_invitation(db, gym, {family_ids.at("de Vries"), std::nullopt});
    store::add_invitation(db, gym, {family_ids.at("El Idrissi"), std::nullopt});
    // The de Vries family's workbook this month: a parent talk that happened (a week ago, or this
    // morning on a month's first days) and a video session planned (next week, or this
    // afternoon at a month's end), so the month's overview shows a G and a P.
    const auto this_month = [&](int days) {
        const auto other = Date::from_days(date.days() + days);
        return Month::of(other) == Month::of(date) ? other : date;
    };
    const auto talk = this_month(-7);
    store::add_appointment(
        db, WorkbookAppointment{0, family_ids.at("de Vries"), WorkbookActivity::parent_talk, talk,
                                TimeOfDay::at(8, 15), std::nullopt, local(talk, 8, 0), true,
                                local(talk, 9, 0), "Haalgesprek: hoe gaat het thuis met slapen"});
    const auto video = this_month(7);
    store::add_appointment(
        db, WorkbookAppointment{0, family_ids.at("de Vries"), WorkbookActivity::video, video,
                                TimeOfDay::at(16, 0), std::nullopt, local(talk, 9, 0), false,
                                std::nullopt, "Video van het ophalen samen bekijken"});
    tx.commit();
    return summary;
}

} // namespace dagritme::demo
