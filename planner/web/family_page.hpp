// The family record's pages (gezinsdossier): the list of families a user may open, and one
// family's record with its forms (phase, the record's fields, a parent's contact details and
// custody, goals, linking care log entries to a goal, the mentor account). Plain functions from
// values to HTML; the routes (http/pages_family.cpp) read the record and check the scope.
#pragma once

#include "domain/family_record.hpp"
#include "domain/goals.hpp"
#include "web/form.hpp"
#include "web/html.hpp"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace dagritme::web {

struct NamedAccount {
    std::int64_t id = 0;
    std::string name;
};

// The families a user may open.
struct FamilyListView {
    std::vector<FamilySummary> families;
    std::map<std::string, std::string> group_names; // id -> name
    bool all = false;                               // a coordinator's or admin's list
};
Html family_list_content(const FamilyListView& view);

// Which form of the record page a refused POST came from, so its problems and values show there.
enum class FamilyForm {
    none,
    phase,
    fields,
    parent,
    new_parent,
    intake,
    goal_choice,
    goal_end,
    link,
    mentor
};

struct FamilyView {
    FamilyRecord record;
    std::vector<RecordChange> changes; // the latest first
    const GoalCatalogue* catalogue = nullptr;
    std::map<std::int64_t, std::vector<MonthCount>> goal_counts; // by family goal id
    std::vector<LinkableEntry> entries;                          // recent, of its children
    std::map<std::string, std::string> group_names;
    std::vector<NamedAccount> mentors; // accounts to choose from (when may_assign_mentor)
    bool may_assign_mentor = false;
    std::string csrf;
    Date today;
    std::string notice; // after a saved change: "De fase is gewijzigd."
    // A refused form: which, for what (the parent id, the goal id), the values sent and the
    // problems per field.
    FamilyForm failed = FamilyForm::none;
    std::int64_t failed_id = 0;
    Form values;
    FieldErrors errors;
};

Html family_content(const FamilyView& view);

// --- parts (family_*.cpp) -------------------------------------------------------------------
// "Fase 3 Metapositie en werkvloer"
std::string phase_title(Phase phase);
// "Fase 3 Metapositie en werkvloer sinds 3 november 2026, gezet door fatima"
std::string phase_line(const PhaseEntry& entry);
Html phase_section(const FamilyView& view);
Html record_fields_section(const FamilyView& view);
Html parents_section(const FamilyView& view);
// The intake's own fields (name, aanmelding, plaatser and contact), to correct them.
Html intake_form(const FamilyView& view);
// Who changed what in the intake, the parents and the children, and when.
Html changes_section(const FamilyView& view);
Html goals_section(const FamilyView& view);
Html link_section(const FamilyView& view);
Html mentor_form(const FamilyView& view);
// Anchorpoints and limit violations linked to a goal, per month: a bar row and its table.
Html goal_months_svg(const std::vector<MonthCount>& months, std::string_view title);
Html goal_months_table(const std::vector<MonthCount>& months, std::string_view caption);
// "Sanne" or "ouder" for the goal's subject; its label from the catalogue.
std::string goal_label(const FamilyView& view, const FamilyGoal& goal);
std::string goal_subject(const FamilyView& view, const FamilyGoal& goal);

} // namespace dagritme::web
