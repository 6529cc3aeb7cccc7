// dagritme-planner import children | staff: a unit that moves in. All or nothing: a file of 500
// children with one bad row names that row's line and column and writes nothing; the fixed file
// writes all 500 with their families and placements. Staff link to existing accounts.
#include "app/people_import.hpp"
#include "cli/commands.hpp"
#include "store/accounts.hpp"
#include "store/family_record.hpp"
#include "store/groups.hpp"
#include "store/migrations.hpp"
#include "store/people.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

using namespace dagritme;

namespace {

struct Result {
    int code;
    std::string out;
    std::string err;
};

Result run(std::vector<std::string> args) {
    std::ostringstream out, err;
    const int code = cli::run(args, {out, err});
    return {code, out.str(), err.str()};
}

// A database with the group "zonnebloem", open Monday to Friday, and an account "fatima".
void make_database(const std::string& file) {
    store::Database db(file);
    store::migrate(db);
    Group g;
    g.id = "zonnebloem";
    g.name = "De Zonnebloem";
    for (std::size_t d = 1; d <= 5; ++d)
        g.opening[d] = OpeningHours{TimeOfDay::at(7, 30), TimeOfDay::at(17, 30)};
    store::Transaction tx{db};
    store::sync_group(db, g);
    store::add_account(db, "fatima", Role::mentor, "x", 0);
    tx.commit();
}

void write(const std::string& file, const std::string& text) {
    std::ofstream(file, std::ios::binary) << text;
}

// 500 children in 250 families, on Monday, Tuesday and Thursday mornings; row `bad` (1-based)
// has a birth date in the future when `bad` is set.
std::string children_csv(int bad) {
    std::string csv = "\xEF\xBB\xBFvoornaam;achternaam;geboortedatum;gezin;groep;eerste_dag;"
                      "dagen;eigen_plek;ouder_voornaam;ouder_achternaam;ouder_relatie;mentor\r\n";
    for (int i = 1; i <= 500; ++i) {
        const auto family = "Familie " + std::to_string((i + 1) / 2);
        csv += "Kind" + std::to_string(i) + ";Achternaam " + std::to_string((i + 1) / 2) + ";" +
               (i == bad ? "2031-01-01" : "14-03-2022") + ";" + family +
               ";De Zonnebloem;2026-09-01;\"ma, di ochtend, do\";knuffel;Ouder;X;mama;fatima\r\n";
    }
    return csv;
}

} // namespace

TEST_CASE("import children: all or nothing, the bad row named by its line and column") {
    test::TempDir dir;
    const auto db = (dir / "unit.db").string();
    const auto csv = (dir / "kinderen.csv").string();
    make_database(db);

    write(csv, children_csv(317));
    const auto refused = run({"import", "children", csv, "--db", db});
    CHECK(refused.code == 1);
    CHECK(refused.err == csv + ":318: geboortedatum: De geboortedatum ligt in de toekomst.\n"
                               "nothing imported: 1 problem\n");
    {
        store::Database check(db);
        CHECK(store::count_children(check) == 0);
        CHECK(store::list_families(check).empty());
    }

    write(csv, children_csv(0));
    const auto done = run({"import", "children", csv, "--db", db});
    CHECK(done.err == "");
    CHECK(done.code == 0);
    CHECK(done.out == "imported 500 children (250 new families)\n");
    store::Database check(db);
    CHECK(store::count_children(check) == 500);
    const auto families = store::list_families(check);
    REQUIRE(families.size() == 250);
    const auto record = store::load_family_record(check, families.front().id);
    REQUIRE(record);
    CHECK(record->children.size() == 2);
    CHECK(record->mentor_account_name == "fatima");
    REQUIRE(record->parents.size() == 1);
    CHECK(record->parents[0].parent.relation == "mama");
    const auto& placement = record->children[0].placement;
    CHECK(placement.first_day == Date::parse("2026-09-01"));
    REQUIRE(placement.days.size() == 3);
    CHECK(placement.days[1] == PlacementDay{2, DayPart::morning});
    CHECK(record->children[0].birth_date == Date::parse("2022-03-14"));
}

TEST_CASE("import children: each class of bad file and row") {
    test::TempDir dir;
    const auto db = (dir / "unit.db").string();
    const auto csv = (dir / "kinderen.csv").string();
    make_database(db);
    const auto refused = [&](const std::string& text) {
        write(csv, text);
        const auto r = run({"import", "children", csv, "--db", db});
        CHECK(r.code == 1);
        return r.err.substr(csv.size() + 1, r.err.find('\n') - csv.size() - 1);
    };
    const std::string header = "voornaam,achternaam,geboortedatum,gezin,groep,eerste_dag,dagen\n";
    CHECK(refused("") == "1: Dit bestand is leeg.");
    CHECK(refused("voornaam;schoenmaat\n") == "1: schoenmaat: Deze kolom kent de planner niet.");
    CHECK(refused("voornaam\nSanne\n") == "1: achternaam: Deze kolom ontbreekt.");
    CHECK(refused(header + "Sanne,Jansen,2022-03-14,Familie Jansen,zonnebloem,2026-09-01,\"ma\n") ==
          "2: Een aanhalingsteken (\") staat niet goed: een cel tussen aanhalingstekens moet er "
          "ook mee eindigen.");
    CHECK(refused(header + "Sanne,Jansen,14 maart,Familie Jansen,zonnebloem,2026-09-01,ma\n") ==
          "2: geboortedatum: Schrijf een datum als 2022-03-14.");
    CHECK(refused(header + "Sanne,Jansen,2022-03-14,Familie Jansen,regenboog,2026-09-01,ma\n") ==
          "2: groep: Deze groep bestaat niet.");
    CHECK(refused(header + "Sanne,Jansen,2022-03-14,Familie Jansen,zonnebloem,2026-09-01,za\n") ==
          "2: dagen: De groep is op zaterdag dicht.");
    CHECK(refused(header + "Sanne,Jansen,2022-03-14,Familie Jansen,zonnebloem,2026-09-01,"
                           "\"ma, nacht\"\n") ==
          "2: dagen: Schrijf de dagen als \"ma, di ochtend, do middag\".");
    CHECK(refused(header + ",Jansen,2022-03-14,Familie Jansen,zonnebloem,2026-09-01,ma\n") ==
          "2: voornaam: Vul de voornaam in.");
    store::Database check(db);
    CHECK(store::count_children(check) == 0);
    CHECK(store::list_families(check).empty());
}

TEST_CASE("import staff: linked to their accounts; an unknown account writes nothing") {
    test::TempDir dir;
    const auto db = (dir / "unit.db").string();
    const auto csv = (dir / "leiding.csv").string();
    make_database(db);
    write(csv, "voornaam;achternaam;groep;account\nIlse;Bakker;zonnebloem;\nFatima;El "
               "Amrani;zonnebloem;fatma\n");
    const auto refused = run({"import", "staff", csv, "--db", db});
    CHECK(refused.code == 1);
    CHECK(refused.err ==
          csv + ":3: account: Dit account bestaat niet.\nnothing imported: 1 problem\n");
    {
        store::Database check(db);
        CHECK(store::staff_of_group(check, "zonnebloem").empty());
    }
    write(csv, "voornaam;achternaam;groep;account\nIlse;Bakker;zonnebloem;\nFatima;El "
               "Amrani;De Zonnebloem;fatima\n");
    const auto done = run({"import", "staff", csv, "--db", db});
    CHECK(done.code == 0);
    CHECK(done.out == "imported 2 staff members\n");
    store::Database check(db);
    const auto staff = store::staff_of_group(check, "zonnebloem");
    REQUIRE(staff.size() == 2);
    CHECK_FALSE(staff[0].account_id);
    REQUIRE(staff[1].account_id);
    CHECK(store::staff_of_account(check, *staff[1].account_id)->first_name == "Fatima");
}

TEST_CASE("the days of a placement as a spreadsheet writes them") {
    CHECK(app::parse_days("ma, di ochtend, do middag") ==
          std::vector<PlacementDay>{
              {1, DayPart::day}, {2, DayPart::morning}, {4, DayPart::afternoon}});
    CHECK(app::parse_days("Maandag/Woensdag") ==
          std::vector<PlacementDay>{{1, DayPart::day}, {3, DayPart::day}});
    CHECK_FALSE(app::parse_days(""));
    CHECK_FALSE(app::parse_days("ochtend"));
    CHECK_FALSE(app::parse_days("ma ma"));
    CHECK_FALSE(app::parse_days("zondagmiddag"));
}
