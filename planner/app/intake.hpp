// A unit's own people: the intake of a family with its parents, a child and its placement, a
// child's leaving, and a change of photo consent. Shared by the pages, the import and the demo,
// so the demo walks the same path as a coordinator. Each checks everything first and writes in
// one transaction, keeping who changed what in the record's history; a refused entry writes
// nothing and returns its problems, worded in Dutch for the field they concern.
#pragma once

#include "app/family_record.hpp"
#include "domain/family_record.hpp"
#include "domain/people.hpp"
#include "domain/placement.hpp"
#include "store/database.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace dagritme::app {

// A problem with one field of a form or a row: `field` is the form's field name.
struct FieldProblem {
    std::string field;
    std::string message;
    bool operator==(const FieldProblem&) const = default;
};

struct FamilyIntake {
    std::string name;             // "Familie de Vries"
    std::string plaatser;         // the referring organisation
    std::string plaatser_contact; // who there, and how to reach them
    std::optional<std::int64_t> mentor_account;
    std::optional<Date> registered_on; // aanmelding; the record starts in phase 1 that day
};

struct ParentEntry {
    std::string first_name;
    std::string surname;
    RelationKind kind = RelationKind::other;
    std::string relation; // how the child says it; empty: from the kind ("mama", "papa")
    ParentContact contact;
    bool contact_order = false; // a court-ordered contact arrangement (omgangsregeling)
    bool mentor_allows = false; // the mentor allows announcing and inviting anyway
};

template <typename Id> struct Saved {
    std::optional<Id> id; // set when saved
    std::vector<FieldProblem> problems;
};

// A new family in phase 1 Kennismaking from its date of aanmelding, with its parents
// (fields "ouderN_voornaam" ... for parent N, counted from 1).
Saved<std::int64_t> intake_family(store::Database& db, const FamilyIntake& family,
                                  const std::vector<ParentEntry>& parents, const Change& change);
Saved<std::int64_t> add_parent(store::Database& db, std::int64_t family_id,
                               const ParentEntry& parent, const Change& change);
std::vector<FieldProblem> update_parent(store::Database& db, std::int64_t family_id,
                                        std::int64_t parent_id, const ParentEntry& parent,
                                        const Change& change);
std::vector<FieldProblem> update_intake(store::Database& db, std::int64_t family_id,
                                        const FamilyIntake& family, const Change& change);

struct ChildIntake {
    std::string group_id;
    std::optional<std::int64_t> family_id;
    ChildEntry fields;   // names, birth date, own-place item
    Placement placement; // first day, last day (may be empty), weekdays
};

Saved<std::int64_t> add_child(store::Database& db, const ChildIntake& child, const Change& change);
std::vector<FieldProblem> update_child(store::Database& db, std::int64_t child_id,
                                       const ChildIntake& child, const Change& change);

// The child's placement ends on `last_day` for `reason`. When every child of the family has
// left, the family moves to phase 5 Afbouwen en afronden (and may then be closed).
std::vector<FieldProblem> end_placement(store::Database& db, std::int64_t child_id, Date last_day,
                                        LeaveReason reason, const std::string& note,
                                        const Change& change);

// Photo consent given (by whom, on which day) or withdrawn; withdrawn takes the photo off every
// board at once.
std::vector<FieldProblem> set_consent(store::Database& db, std::int64_t child_id, bool consent,
                                      const std::string& given_by, std::optional<Date> given_on,
                                      const Change& change);

// The Dutch words of the domain's problems.
FieldProblem word_child_problem(const ChildProblem& problem);
FieldProblem word_absence_problem(const AbsenceProblem& problem);

} // namespace dagritme::app
