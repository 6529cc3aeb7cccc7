// The goal catalogue (config/goals.toml): the shipped file, and each bad file with its exact
// message (file:line:column, the key, what is wrong).
#include "app/config_sync.hpp"
#include "config/goal_catalogue.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace dagritme;

namespace {

const std::string base_goals = R"([[section]]
code = "ouder.I"
name = "Metapositie"

[[section.goal]]
code = "ouder.I.1"
label = "Denkt na over het eigen ouderschap"

[[section]]
code = "kind.II"
name = "Differentiatie"

[[section.goal]]
code = "kind.II.5"
label = "Laat zich troosten zonder boos te worden"
)";

std::string replace(std::string text, const std::string& from, const std::string& to) {
    const auto at = text.find(from);
    REQUIRE_MESSAGE(at != std::string::npos, from);
    return text.replace(at, from.size(), to);
}

std::string error_of(const std::string& goals_text) {
    test::TempDir dir;
    const auto file = dir.write("goals.toml", goals_text);
    try {
        config::load_goal_catalogue(file);
    } catch (const config::ConfigError& e) {
        std::string message = e.what();
        const auto prefix = dir.path().string() + "/";
        for (auto at = message.find(prefix); at != std::string::npos; at = message.find(prefix))
            message.replace(at, prefix.size(), "DIR/");
        return message;
    }
    return "no error";
}

} // namespace

TEST_CASE("the shipped goal catalogue holds the method's goals, each once") {
    const auto config = app::load_config(test::source_dir / "config" / "planner.toml");
    const auto& goals = config.goals;
    REQUIRE(goals.sections.size() == 8);
    std::size_t parent = 0, child = 0;
    for (const auto& section : goals.sections)
        (section.subject == GoalSubject::parent ? parent : child) += section.goals.size();
    CHECK(parent == 14); // I 2, II 4, III A 2, B 3, C 3
    CHECK(child == 17);  // I 4, II 8, III 5
    REQUIRE(goals.find("kind.II.5"));
    CHECK(goals.find("kind.II.5")->label ==
          "Laat zich troosten zonder boos te worden op wie troost");
    CHECK(goals.section_of("ouder.III.B.2")->name == "Leiding en bescherming");
    CHECK(goals.find("kind.IV.1") == nullptr);
}

TEST_CASE("a good catalogue reads into sections and goals") {
    test::TempDir dir;
    const auto catalogue = config::load_goal_catalogue(dir.write("goals.toml", base_goals));
    REQUIRE(catalogue.sections.size() == 2);
    CHECK(catalogue.sections[0].subject == GoalSubject::parent);
    CHECK(catalogue.sections[1].subject == GoalSubject::child);
    CHECK(catalogue.sections[1].goals.at(0).code == "kind.II.5");
}

TEST_CASE("a bad catalogue fails with file, line, column, key and what is wrong") {
    CHECK(error_of(replace(base_goals, "label = \"Denkt", "kleur = \"rood\"\nlabel = \"Denkt")) ==
          "DIR/goals.toml:7:1: section[0].goal[0].kleur: unknown key (known here: code, label)");
    CHECK(error_of(replace(base_goals, "code = \"kind.II.5\"", "code = \"ouder.I.1\"")) ==
          "DIR/goals.toml:14:8: section[1].goal[0].code: expected a code in section kind.II such "
          "as \"kind.II.1\", got \"ouder.I.1\"");
    CHECK(
        error_of(base_goals + "\n[[section.goal]]\ncode = \"kind.II.5\"\nlabel = \"Nog eens\"\n") ==
        "DIR/goals.toml:18:8: section[1].goal[1].code: duplicate code \"kind.II.5\"");
    CHECK(error_of(replace(base_goals, "label = \"Laat zich troosten zonder boos te worden\"",
                           "label = \"\"")) ==
          "DIR/goals.toml:15:9: section[1].goal[0].label: must not be empty");
    CHECK(error_of(replace(base_goals, "code = \"kind.II\"", "code = \"baby.II\"")) ==
          "DIR/goals.toml:10:8: section[1].code: expected \"ouder.\" or \"kind.\" and a part "
          "such as \"II\" or \"III.A\", got \"baby.II\"");
    CHECK(error_of(replace(base_goals, "name = \"Metapositie\"", "name = \"\"")) ==
          "DIR/goals.toml:3:8: section[0].name: must not be empty");
    CHECK(error_of("colour = \"blauw\"\n" + base_goals) ==
          "DIR/goals.toml:1:1: colour: unknown key (known here: section)");
    CHECK(error_of("") == "DIR/goals.toml:1:1: section: missing (required)");
    CHECK(error_of(replace(base_goals, "label = \"Denkt", "label = 3 #")) ==
          "DIR/goals.toml:7:9: section[0].goal[0].label: expected a string, got 3");
}

TEST_CASE("planner.toml names its goal file; a missing one is an error") {
    test::TempDir dir;
    const auto planner = dir.write("planner.toml", "goals = \"nergens.toml\"\n[database]\npath = "
                                                   "\"d.db\"\n[media]\ndir = \"m\"\n[server]\n");
    try {
        app::load_config(planner);
        FAIL("no error");
    } catch (const config::ConfigError& e) {
        const std::string message = e.what();
        CHECK(message.find("planner.toml:1:9: goals: no such file: ") != std::string::npos);
        CHECK(message.find("nergens.toml") != std::string::npos);
    }
}
