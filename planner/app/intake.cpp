// The intake's writes: check everything, then write in one transaction with the history.
#include "app/intake.hpp"

#include "store/accounts.hpp"
#include "store/family_record.hpp"
#include "store/groups.hpp"
#include "store/intake.hpp"
#include "store/people.hpp"
#include "store/record_changes.hpp"

#include <algorithm>

namespace dagritme::app {
namespace {

std::size_t characters(const std::string& text) {
    std::size_t n = 0;
    for (const char c : text)
        n += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    return n;
}

bool blank(const std::string& text) {
    return std::all_of(text.begin(), text.end(), [](char c) { return c == ' ' || c == '\t'; });
}

void check_text(std::vector<FieldProblem>& problems, const std::string& field,
                const std::string& value, std::size_t max, const char* empty_message) {
    if (empty_message && blank(value))
        problems.push_back({field, empty_message});
    else if (characters(value) > max)
        problems.push_back({field, "Dit is te lang; maak het korter."});
}

std::vector<FieldProblem> check_intake(store::Database& db, const FamilyIntake& f, Date today) {
    std::vector<FieldProblem> problems;
    check_text(problems, "naam", f.name, 80, "Vul de naam van het gezin in.");
    check_text(problems, "plaatser", f.plaatser, 200, nullptr);
    check_text(problems, "plaatser_contact", f.plaatser_contact, 200, nullptr);
    if (!f.registered_on)
        problems.push_back({"aanmelding", "Vul de datum van aanmelding in (jjjj-mm-dd)."});
    else if (*f.registered_on > today)
        problems.push_back({"aanmelding", "De datum van aanmelding ligt in de toekomst."});
    if (f.mentor_account) {
        const auto accounts = store::list_accounts(db);
        const auto it = std::find_if(accounts.begin(), accounts.end(),
                                     [&](const auto& a) { return a.id == *f.mentor_account; });
        if (it == accounts.end() || it->disabled)
            problems.push_back({"mentor", "Dit account bestaat niet (meer)."});
        else if (it->role != Role::mentor && it->role != Role::coordinator)
            problems.push_back({"mentor", "Kies een mentor of coördinator."});
    }
    return problems;
}

std::vector<FieldProblem> check_parent(const ParentEntry& p, const std::string& prefix) {
    std::vector<FieldProblem> problems;
    check_text(problems, prefix + "voornaam", p.first_name, max_name_length, "Vul de voornaam in.");
    check_text(problems, prefix + "achternaam", p.surname, max_name_length,
               "Vul de achternaam in.");
    if (p.kind == RelationKind::other && blank(p.relation))
        problems.push_back({prefix + "noemt", "Zeg hoe het kind deze ouder of verzorger noemt."});
    else
        check_text(problems, prefix + "noemt", p.relation, 30, nullptr);
    // Worded as the record's own contact form words them.
    for (const auto& r : check_parent_contact(p.contact)) {
        const char* field = r.field == RecordField::phone     ? "telefoon"
                            : r.field == RecordField::email   ? "email"
                            : r.field == RecordField::address ? "adres"
                                                              : "gezag_notitie";
        const char* message = r.kind == RecordProblem::Kind::bad_email
                                  ? "Vul een e-mailadres in als naam@voorbeeld.nl."
                              : r.kind == RecordProblem::Kind::bad_phone
                                  ? "Vul een telefoonnummer in met cijfers, zoals 06 1234 5678."
                                  : "Dit is te lang (hoogstens 200 tekens).";
        problems.push_back({prefix + field, message});
    }
    return problems;
}

ParentDetails details_of(const ParentEntry& p, std::int64_t family_id, std::int64_t id) {
    Parent parent{id,
                  family_id,
                  p.first_name,
                  p.surname,
                  p.relation.empty() ? std::string(child_word_of(p.kind)) : p.relation,
                  p.kind,
                  may_announce(p.contact.custody, p.contact_order, p.mentor_allows)};
    if (parent.relation.empty()) parent.relation = std::string(word_of(p.kind));
    return ParentDetails{parent, p.contact, p.contact_order, p.mentor_allows};
}

std::string yes_no(std::optional<bool> value) {
    return !value ? "" : *value ? "ja" : "nee";
}

std::string days_text(const Placement& p) {
    std::string out;
    for (const auto& d : p.days)
        out += (out.empty() ? "" : " ") + std::to_string(d.weekday) + std::string(word_of(d.part));
    return out;
}

std::string date_text(const std::optional<Date>& d) {
    return d ? d->str() : "";
}

void keep(store::Database& db, std::int64_t family_id, const std::string& subject,
          const std::string& field, const std::string& before, const std::string& after,
          const Change& change) {
    store::keep_change(db, family_id,
                       {subject, field, before, after, change.account_id, "", change.now});
}

std::vector<FieldProblem> check_child_intake(store::Database& db, const ChildIntake& c, Date today,
                                             std::optional<Group>& group) {
    std::vector<FieldProblem> problems;
    for (const auto& p : check_child(c.fields, today))
        problems.push_back(word_child_problem(p));
    if (!c.family_id || !store::load_family(db, *c.family_id))
        problems.push_back(word_child_problem(
            {c.family_id ? ChildProblem::Kind::unknown : ChildProblem::Kind::empty,
             ChildField::family}));
    group = store::load_group(db, c.group_id);
    if (!group)
        problems.push_back(word_child_problem(
            {c.group_id.empty() ? ChildProblem::Kind::empty : ChildProblem::Kind::unknown,
             ChildField::group}));
    else
        for (const auto& p : check_placement(c.placement, *group))
            problems.push_back(word_child_problem(p));
    return problems;
}

} // namespace

Saved<std::int64_t> intake_family(store::Database& db, const FamilyIntake& family,
                                  const std::vector<ParentEntry>& parents, const Change& change) {
    Saved<std::int64_t> out;
    out.problems = check_intake(db, family, change.today);
    for (std::size_t i = 0; i < parents.size(); ++i)
        for (auto& p : check_parent(parents[i], "ouder" + std::to_string(i + 1) + "_"))
            out.problems.push_back(std::move(p));
    if (!out.problems.empty()) return out;
    store::Transaction tx{db};
    const auto id = store::add_family_intake(db,
                                             {family.name, family.plaatser, family.plaatser_contact,
                                              family.mentor_account, family.registered_on},
                                             change.now);
    store::add_phase_entry(db, id,
                           PhaseEntry{Phase::introduction, *family.registered_on, change.account_id,
                                      "", change.now, "aanmelding"},
                           change.now);
    for (const auto& p : parents)
        store::add_parent_details(db, id, details_of(p, id, 0), change.now);
    tx.commit();
    out.id = id;
    return out;
}

std::vector<FieldProblem> update_intake(store::Database& db, std::int64_t family_id,
                                        const FamilyIntake& family, const Change& change) {
    auto problems = check_intake(db, family, change.today);
    if (!problems.empty()) return problems;
    store::Transaction tx{db};
    const auto before = store::load_family_intake(db, family_id);
    if (!before) throw store::StoreError("no family " + std::to_string(family_id));
    keep(db, family_id, "gezin", "naam", before->name, family.name, change);
    keep(db, family_id, "gezin", "plaatser", before->plaatser, family.plaatser, change);
    keep(db, family_id, "gezin", "contact plaatser", before->plaatser_contact,
         family.plaatser_contact, change);
    keep(db, family_id, "gezin", "aanmelding", date_text(before->registered_on),
         date_text(family.registered_on), change);
    store::save_family_intake(db, family_id,
                              {family.name, family.plaatser, family.plaatser_contact,
                               before->mentor_account, family.registered_on},
                              change.now);
    tx.commit();
    return {};
}

Saved<std::int64_t> add_parent(store::Database& db, std::int64_t family_id,
                               const ParentEntry& parent, const Change& change) {
    Saved<std::int64_t> out;
    out.problems = check_parent(parent, "");
    if (!out.problems.empty()) return out;
    store::Transaction tx{db};
    if (!store::load_family(db, family_id))
        throw store::StoreError("no family " + std::to_string(family_id));
    out.id = store::add_parent_details(db, family_id, details_of(parent, family_id, 0), change.now);
    keep(db, family_id, "ouder " + parent.first_name, "toegevoegd", "",
         parent.first_name + " " + parent.surname, change);
    tx.commit();
    return out;
}

std::vector<FieldProblem> update_parent(store::Database& db, std::int64_t family_id,
                                        std::int64_t parent_id, const ParentEntry& parent,
                                        const Change& change) {
    auto problems = check_parent(parent, "");
    if (!problems.empty()) return problems;
    store::Transaction tx{db};
    const auto record = store::load_family_record(db, family_id);
    if (!record) throw store::StoreError("no family " + std::to_string(family_id));
    const auto it = std::find_if(record->parents.begin(), record->parents.end(),
                                 [&](const auto& p) { return p.parent.id == parent_id; });
    if (it == record->parents.end())
        throw store::StoreError("family " + std::to_string(family_id) + " has no parent " +
                                std::to_string(parent_id));
    const auto after = details_of(parent, family_id, parent_id);
    const auto subject = "ouder " + it->parent.first_name;
    keep(db, family_id, subject, "naam", it->parent.first_name + " " + it->parent.surname,
         after.parent.first_name + " " + after.parent.surname, change);
    keep(db, family_id, subject, "relatie", std::string(word_of(it->parent.relation_kind)),
         std::string(word_of(after.parent.relation_kind)), change);
    keep(db, family_id, subject, "noemt", it->parent.relation, after.parent.relation, change);
    keep(db, family_id, subject, "telefoon", it->contact.phone, after.contact.phone, change);
    keep(db, family_id, subject, "e-mail", it->contact.email, after.contact.email, change);
    keep(db, family_id, subject, "adres", it->contact.address, after.contact.address, change);
    keep(db, family_id, subject, "gezag", yes_no(it->contact.custody),
         yes_no(after.contact.custody), change);
    keep(db, family_id, subject, "gezag toelichting", it->contact.custody_note,
         after.contact.custody_note, change);
    keep(db, family_id, subject, "omgangsregeling", yes_no(it->contact_order),
         yes_no(after.contact_order), change);
    keep(db, family_id, subject, "toch aankondigen", yes_no(it->mentor_allows),
         yes_no(after.mentor_allows), change);
    store::save_parent_details(db, family_id, after, change.now);
    // Whether the board may name the parent changed: the group's boards follow at once.
    for (const auto& c : record->children)
        db.touch_board(c.group_id);
    tx.commit();
    return {};
}

Saved<std::int64_t> add_child(store::Database& db, const ChildIntake& c, const Change& change) {
    Saved<std::int64_t> out;
    std::optional<Group> group;
    out.problems = check_child_intake(db, c, change.today, group);
    if (!out.problems.empty()) return out;
    store::Transaction tx{db};
    Child child{0,
                c.group_id,
                *c.family_id,
                c.fields.first_name,
                c.fields.surname,
                *c.fields.birth_date,
                std::nullopt,
                false,
                c.fields.own_place_item};
    child.placement = c.placement;
    out.id = store::add_child(db, child);
    keep(db, *c.family_id, "kind " + c.fields.first_name, "geplaatst", "",
         group->name + " vanaf " + date_text(c.placement.first_day) + ", " + days_text(c.placement),
         change);
    store::touch_family_record(db, *c.family_id, change.now);
    tx.commit();
    return out;
}

std::vector<FieldProblem> update_child(store::Database& db, std::int64_t child_id,
                                       const ChildIntake& c, const Change& change) {
    std::optional<Group> group;
    auto problems = check_child_intake(db, c, change.today, group);
    if (!problems.empty()) return problems;
    store::Transaction tx{db};
    auto before = store::load_child(db, child_id);
    if (!before) throw store::StoreError("no child " + std::to_string(child_id));
    if (before->family_id != *c.family_id)
        return {{"gezin", "Een kind verhuist niet naar een ander gezin."}};
    Child after = *before;
    after.group_id = c.group_id;
    after.first_name = c.fields.first_name;
    after.surname = c.fields.surname;
    after.birth_date = *c.fields.birth_date;
    after.own_place_item = c.fields.own_place_item;
    auto placement = c.placement;
    placement.leave_reason = before->placement.leave_reason;
    placement.leave_note = before->placement.leave_note;
    after.placement = placement;
    const auto subject = "kind " + before->first_name;
    const auto family = before->family_id;
    keep(db, family, subject, "naam", before->first_name + " " + before->surname,
         after.first_name + " " + after.surname, change);
    keep(db, family, subject, "geboortedatum", before->birth_date.str(), after.birth_date.str(),
         change);
    keep(db, family, subject, "groep", before->group_id, after.group_id, change);
    keep(db, family, subject, "eigen plek", before->own_place_item, after.own_place_item, change);
    keep(db, family, subject, "eerste dag", date_text(before->placement.first_day),
         date_text(after.placement.first_day), change);
    keep(db, family, subject, "laatste dag", date_text(before->placement.last_day),
         date_text(after.placement.last_day), change);
    keep(db, family, subject, "dagen", days_text(before->placement), days_text(after.placement),
         change);
    store::update_child(db, after);
    if (before->group_id != after.group_id) db.touch_board(before->group_id);
    store::touch_family_record(db, family, change.now);
    tx.commit();
    return {};
}

std::vector<FieldProblem> end_placement(store::Database& db, std::int64_t child_id, Date last_day,
                                        LeaveReason reason, const std::string& note,
                                        const Change& change) {
    if (reason == LeaveReason::none) return {{"reden", "Kies waarom de plaatsing eindigt."}};
    if (characters(note) > 240) return {{"toelichting", "Dit is te lang; maak het korter."}};
    store::Transaction tx{db};
    auto child = store::load_child(db, child_id);
    if (!child) throw store::StoreError("no child " + std::to_string(child_id));
    if (child->placement.first_day && last_day < *child->placement.first_day)
        return {{"laatste_dag", "De laatste dag ligt voor de eerste dag van de plaatsing."}};
    if (child->placement.leave_reason != LeaveReason::none)
        return {{"laatste_dag", "Deze plaatsing is al beëindigd."}};
    auto placement = child->placement;
    keep(db, child->family_id, "kind " + child->first_name, "plaatsing beëindigd", "",
         last_day.str() + " (" + std::string(word_of(reason)) + ")", change);
    placement.last_day = last_day;
    placement.leave_reason = reason;
    placement.leave_note = note;
    store::save_placement(db, child_id, placement);

    // When every child of the family has left (or leaves), the family winds down.
    const auto siblings = store::children_of_family(db, child->family_id);
    const bool all_left = std::all_of(siblings.begin(), siblings.end(), [](const Child& c) {
        return c.placement.leave_reason != LeaveReason::none;
    });
    const auto record = store::load_family_record(db, child->family_id);
    if (all_left && record && record->current_phase() != Phase::winding_down) {
        const Date began =
            std::max(std::min(last_day, change.today),
                     record->phases.empty() ? last_day : record->phases.back().began);
        store::add_phase_entry(db, child->family_id,
                               PhaseEntry{Phase::winding_down, began, change.account_id, "",
                                          change.now, "alle kinderen uitgestroomd"},
                               change.now);
    }
    store::touch_family_record(db, child->family_id, change.now);
    tx.commit();
    return {};
}

std::vector<FieldProblem> set_consent(store::Database& db, std::int64_t child_id, bool consent,
                                      const std::string& given_by, std::optional<Date> given_on,
                                      const Change& change) {
    if (consent && blank(given_by)) return {{"toestemming_van", "Vul in wie de toestemming gaf."}};
    if (characters(given_by) > 120)
        return {{"toestemming_van", "Dit is te lang; maak het korter."}};
    if (consent && (!given_on || *given_on > change.today))
        return {{"toestemming_op", "Vul in op welke dag de toestemming gegeven is."}};
    store::Transaction tx{db};
    const auto child = store::load_child(db, child_id);
    if (!child) throw store::StoreError("no child " + std::to_string(child_id));
    keep(db, child->family_id, "kind " + child->first_name, "fototoestemming",
         child->photo_consent ? "ja, " + child->consent_given_by : "nee",
         consent ? "ja, " + given_by : "nee", change);
    store::set_photo_consent(db, child_id, consent);
    store::set_consent_details(db, child_id, consent ? given_by : "",
                               consent ? given_on : std::nullopt);
    store::touch_family_record(db, child->family_id, change.now);
    tx.commit();
    return {};
}

} // namespace dagritme::app
