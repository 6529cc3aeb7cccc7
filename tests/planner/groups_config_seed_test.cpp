// After the first start the database is the truth: a group edited on the page keeps its
// settings when the planner starts again with a changed configuration, and a group new in
// the configuration is seeded (app::sync_config, as init, demo and serve call it).
#include "page_checks.hpp"

#include "store/groups.hpp"

#include <doctest/doctest.h>

using namespace dagritme;
using test::ApiClient;
using test::ApiPlanner;

TEST_CASE("after the first start the database is the truth: a changed configuration only seeds "
          "new groups") {
    ApiPlanner planner;
    ApiClient cor{planner};
    REQUIRE(cor.login("cor") == 200);
    std::string form = "deel=uren&naam=De%20Zonnepit&scherm-aan=07:15&scherm-uit=18:00";
    for (const char* day : {"1", "2", "3", "4", "5"})
        form += std::string("&open-") + day + "=ja&van-" + day + "=07:30&tot-" + day + "=17:30";
    REQUIRE(cor.post_form("/groep/zonnebloem/instellingen", form).result_int() == 303);
    const auto edited = store::load_group(planner.db(), "zonnebloem");
    const auto revision = planner.revision();

    // The configuration as it is after the coordinator's edit: the group renamed there too,
    // its routine file changed, and a second group.
    test::TempDir dir;
    auto routines = test::slurp(test::source_dir / "config" / "routines" / "zonnebloem.toml");
    routines.replace(routines.find("Binnenkomen"), 11, "Goedemorgen");
    const auto routines_file = dir.write("routines.toml", routines);
    auto text = test::slurp(test::source_dir / "config" / "planner.toml");
    text.replace(text.find("goals.toml"), 10,
                 (test::source_dir / "config" / "goals.toml").string());
    text.replace(text.find("routines/zonnebloem.toml"), 24, routines_file.string());
    text.replace(text.find("name = \"De Zonnebloem\""), 22, "name = \"De Zonnebloem 2\"");
    const auto second = text.substr(text.find("[[group]]"));
    text += "\n" + second;
    text.replace(text.rfind("id = \"zonnebloem\""), 17, "id = \"madelief\"");
    const auto config = app::load_config(dir.write("planner.toml", text));
    REQUIRE(config.groups.size() == 2);

    media::MediaStore media(planner.media_dir());
    auto catalog = app::pictogram_catalog(config.own_pictograms);
    const auto sources = app::sync_config(planner.db(), config, catalog, media);
    REQUIRE(sources.size() == 2);
    CHECK(app::describe(sources[0]) ==
          "group zonnebloem: database (configuration ignored; it only seeds new groups)");
    CHECK(app::describe(sources[1]) == "group madelief: configuration (seeded the database)");
    CHECK(store::load_group(planner.db(), "zonnebloem") == edited);
    CHECK(planner.revision() == revision);
    const auto seeded = store::load_group(planner.db(), "madelief");
    REQUIRE(seeded);
    CHECK(seeded->name == "De Zonnebloem 2");
    CHECK(seeded->routines.for_weekday(1)[0].label == "Goedemorgen");
    CHECK(seeded->limits.size() == 4);
    // Once seeded, the new group is the database's too.
    CHECK_FALSE(app::sync_config(planner.db(), config, catalog, media)[1].seeded);
}
