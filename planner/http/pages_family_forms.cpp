// The forms of a family record: POST /gezin/ID/fase, /dossier, /ouder/PID, /doelen, /koppelen
// and /mentor. Each goes through the family scope check with its audit action, reads its form,
// calls one app:: function and words the domain's problems in Dutch next to their fields; a
// refused form writes nothing and answers 422 with the record page.
#include "http/pages_family.hpp"

#include "app/family_record.hpp"
#include "app/intake.hpp"
#include "store/audit.hpp"
#include "store/family_goals.hpp"
#include "store/family_record.hpp"
#include "web/care_words.hpp"

#include <limits>

namespace dagritme::web {
namespace {

std::string field_name(RecordField field) {
    switch (field) {
    case RecordField::help_plan:
        return "hulpverleningsplan";
    case RecordField::interview_phase2:
        return "gesprek_fase2";
    case RecordField::interview_phase4:
        return "gesprek_fase4";
    case RecordField::notes:
        return "notities";
    case RecordField::phone:
        return "telefoon";
    case RecordField::email:
        return "email";
    case RecordField::address:
        return "adres";
    case RecordField::custody_note:
        return "gezag_notitie";
    }
    return "notities";
}

std::string record_words(const RecordProblem& problem) {
    using Kind = RecordProblem::Kind;
    switch (problem.kind) {
    case Kind::too_long:
        return problem.field == RecordField::notes
                   ? "Deze notities zijn te lang (hoogstens 4000 tekens)."
                   : "Dit is te lang (hoogstens 200 tekens).";
    case Kind::bad_email:
        return "Vul een e-mailadres in als naam@voorbeeld.nl.";
    case Kind::bad_phone:
        return "Vul een telefoonnummer in met cijfers, zoals 06 1234 5678.";
    case Kind::interview_before_phase2:
        return "Het tweede Ouderschapsgesprek kan niet voor het eerste zijn.";
    }
    return "Dit klopt niet.";
}

// "fase 3 Metapositie en werkvloer", inside a sentence.
std::string phase_name(Phase phase) {
    return "fase " + std::to_string(static_cast<int>(phase)) + " " + std::string(name_of(phase));
}

std::string phase_words(const PhaseProblem& p) {
    using Kind = PhaseProblem::Kind;
    const auto from = p.from ? phase_name(*p.from) : std::string();
    switch (p.kind) {
    case Kind::first_not_introduction:
        return "Een gezin begint in fase 1 Kennismaking.";
    case Kind::same_phase:
        return "Het gezin is al in " + from + ".";
    case Kind::skips_phases:
        return "Een fase overslaan kan niet: na " + from + " komt " +
               phase_name(next_phases(*p.from).front()) + ".";
    case Kind::not_allowed: {
        std::string next;
        for (const auto phase : next_phases(*p.from))
            next += (next.empty() ? "" : " of ") + phase_name(phase);
        return "Van " + from + " gaat het gezin naar " + next + ".";
    }
    case Kind::after_final:
        return "Fase 5 Afbouwen en afronden is de laatste fase.";
    case Kind::before_previous:
        return "Deze datum ligt voor het begin van " + from + " (" + date_word(*p.previous) + ").";
    case Kind::in_future:
        return "Deze datum ligt in de toekomst; kies vandaag of een eerdere dag.";
    case Kind::same_day_again:
        return "Deze fase begon al op die dag.";
    }
    return "Deze fase kan niet.";
}

std::pair<std::string, std::string> goal_words(const GoalProblem& p) {
    using Kind = GoalProblem::Kind;
    switch (p.kind) {
    case Kind::unknown_goal:
        return {"doel", "Dit doel staat niet in de lijst van doelen."};
    case Kind::parent_goal_for_child:
        return {"voor", "Dit is een doel voor de ouder; kies bij Voor: de ouder(s)."};
    case Kind::child_goal_without_child:
        return {"voor", "Dit is een doel voor een kind; kies bij Voor het kind."};
    case Kind::child_not_in_family:
        return {"voor", "Dit kind hoort niet bij dit gezin."};
    case Kind::already_chosen:
        return {"doel", "Aan dit doel wordt al gewerkt."};
    case Kind::in_future:
        return {"datum", "Deze datum ligt in de toekomst; kies vandaag of een eerdere dag."};
    case Kind::ended_before_chosen:
        return {"einddatum", "Deze datum ligt voor de dag waarop het doel werd gekozen."};
    case Kind::already_ended:
        return {"einddatum", "Dit doel is al afgesloten."};
    case Kind::not_for_this_child:
        return {"doel", "Dit doel is niet gekozen voor dit kind."};
    }
    return {"doel", "Dit doel kan niet."};
}

struct FormPost {
    PageContext& page;
    std::int64_t family_id;

    app::Change change() const {
        const Instant now{page.ctx.now()};
        return app::Change{page.session.account.id, now, to_local(now).date};
    }
    Response done(const std::string& what) const {
        return redirect(page.req, "/gezin/" + std::to_string(family_id) + "?klaar=" + what);
    }
    Response refused(FamilyForm form, std::int64_t id, const FieldErrors& errors) {
        return family_record_page(page, family_id, Status::unprocessable_entity,
                                  RecordPageState{"", form, id, errors});
    }
};

Response post_phase(FormPost post) {
    FormReader form(post.page.form);
    std::optional<Phase> phase;
    const auto phase_text = post.page.form.value("fase");
    for (int p = 1; p <= 5; ++p)
        if (phase_text == std::to_string(p)) phase = static_cast<Phase>(p);
    if (!phase)
        form.fail("fase", phase_text.empty() ? "Kies een fase." : "Deze fase bestaat niet.");
    const auto began = form.date("datum", true);
    const auto note = form.text("notitie", 300, false);
    if (form.ok()) {
        if (const auto problem =
                app::change_phase(post.page.ctx.db, post.family_id, static_cast<Phase>(*phase),
                                  *began, *note, post.change())) {
            const bool about_date = problem->kind == PhaseProblem::Kind::before_previous ||
                                    problem->kind == PhaseProblem::Kind::in_future;
            form.fail(about_date ? "datum" : "fase", phase_words(*problem));
        } else {
            return post.done("fase");
        }
    }
    return post.refused(FamilyForm::phase, 0, form.errors());
}

Response post_fields(FormPost post) {
    FormReader form(post.page.form);
    RecordFields fields;
    fields.help_plan = form.date("hulpverleningsplan", false);
    fields.interview_phase2 = form.date("gesprek_fase2", false);
    fields.interview_phase4 = form.date("gesprek_fase4", false);
    // The length is the domain's rule; read generously here so its problem is the one shown.
    fields.notes = form.text("notities", 4 * max_record_notes_length, false, true).value_or("");
    if (form.ok()) {
        const auto problems =
            app::update_record_fields(post.page.ctx.db, post.family_id, fields, post.change());
        for (const auto& p : problems)
            form.fail(field_name(p.field), record_words(p));
        if (problems.empty()) return post.done("dossier");
    }
    return post.refused(FamilyForm::fields, 0, form.errors());
}

// The intake's own fields (POST /gezin/ID/aanmelding); each change is kept in the history.
Response post_intake(FormPost post) {
    FormReader form(post.page.form);
    const auto record = store::load_family_record(post.page.ctx.db, post.family_id);
    app::FamilyIntake intake;
    intake.name = form.text("naam", 1000, false).value_or("");
    intake.plaatser = form.text("plaatser", 1000, false).value_or("");
    intake.plaatser_contact = form.text("plaatser_contact", 1000, false).value_or("");
    intake.registered_on = form.date("aanmelding", true);
    intake.mentor_account = record->mentor_account;
    if (form.ok()) {
        const auto problems =
            app::update_intake(post.page.ctx.db, post.family_id, intake, post.change());
        for (const auto& p : problems)
            form.fail(p.field, p.message);
        if (problems.empty()) return post.done("aanmelding");
    }
    return post.refused(FamilyForm::intake, 0, form.errors());
}

// A new parent or carer of the family (POST /gezin/ID/ouder/nieuw).
Response post_new_parent(FormPost post) {
    FormReader form(post.page.form);
    app::ParentEntry entry;
    entry.first_name = form.text("voornaam", 1000, false).value_or("");
    entry.surname = form.text("achternaam", 1000, false).value_or("");
    entry.kind =
        form.choice<RelationKind>("relatie", relation_kind_of, true).value_or(RelationKind::other);
    entry.relation = form.text("noemt", 1000, false).value_or("");
    entry.contact.phone = form.text("telefoon", 1000, false).value_or("");
    entry.contact.email = form.text("email", 1000, false).value_or("");
    if (form.ok()) {
        const auto saved = app::add_parent(post.page.ctx.db, post.family_id, entry, post.change());
        for (const auto& p : saved.problems)
            form.fail(p.field, p.message);
        if (saved.id) return post.done("ouder");
    }
    return post.refused(FamilyForm::new_parent, 0, form.errors());
}

Response post_parent(FormPost post, const std::string& parent_text) {
    if (parent_text == "nieuw") return post_new_parent(post);
    const auto record = store::load_family_record(post.page.ctx.db, post.family_id);
    const ParentDetails* parent = nullptr;
    for (const auto& p : record->parents)
        if (std::to_string(p.parent.id) == parent_text) parent = &p;
    if (!parent)
        throw ApiError(Status::not_found, "unknown_parent", "Deze ouder hoort niet bij dit gezin.");
    FormReader form(post.page.form);
    // The names and relation stay; the contact details, custody and whether the parent may be
    // announced come from the form. Every change is kept in the record's history.
    app::ParentEntry entry{parent->parent.first_name,
                           parent->parent.surname,
                           parent->parent.relation_kind,
                           parent->parent.relation,
                           parent->contact,
                           false,
                           false};
    if (post.page.form.has("voornaam")) { // the names and relation too, when the form sends them
        entry.first_name = form.text("voornaam", 1000, false).value_or("");
        entry.surname = form.text("achternaam", 1000, false).value_or("");
        entry.kind = form.choice<RelationKind>("relatie", relation_kind_of, true)
                         .value_or(RelationKind::other);
        entry.relation = form.text("noemt", 1000, false).value_or("");
    }
    auto& contact = entry.contact;
    contact.phone = form.text("telefoon", 1000, false).value_or("");
    contact.email = form.text("email", 1000, false).value_or("");
    contact.address = form.text("adres", 1000, false).value_or("");
    contact.custody_note = form.text("gezag_notitie", 1000, false).value_or("");
    const auto custody = post.page.form.value("gezag");
    contact.custody = std::nullopt;
    if (custody == "ja" || custody == "nee")
        contact.custody = custody == "ja";
    else if (!custody.empty())
        form.fail("gezag", "Kies ja, nee of niet bekend.");
    entry.contact_order = post.page.form.value("omgang") == "ja";
    entry.mentor_allows = post.page.form.value("toch_aankondigen") == "ja";
    if (form.ok()) {
        const auto problems = app::update_parent(post.page.ctx.db, post.family_id,
                                                 parent->parent.id, entry, post.change());
        for (const auto& p : problems)
            form.fail(p.field, p.message);
        if (problems.empty()) {
            for (const auto& c : record->children)
                post.page.ctx.hub.publish(c.group_id); // who the board may name changed
            return post.done("ouder");
        }
    }
    return post.refused(FamilyForm::parent, parent->parent.id, form.errors());
}

Response post_goal_choice(FormPost post) {
    FormReader form(post.page.form);
    const auto code = form.text("doel", 40, false);
    if (code && code->empty()) form.fail("doel", "Kies een doel.");
    const auto date = form.date("datum", true);
    std::optional<std::int64_t> child;
    const auto subject = post.page.form.value("voor");
    if (subject != "ouder") child = form.integer("voor", 1, INT64_MAX, true);
    if (form.ok()) {
        const auto problem = app::choose_goal(post.page.ctx.db, post.page.ctx.goals, post.family_id,
                                              *code, child, *date, post.change());
        if (!problem) return post.done("doel");
        const auto [field, words] = goal_words(*problem);
        form.fail(field, words);
    }
    return post.refused(FamilyForm::goal_choice, 0, form.errors());
}

// The goal id of the form's `name`, or 404 when it is not one of the family's.
std::int64_t goal_of_form(const FormPost& post, const std::string& name) {
    const auto text = post.page.form.value(name);
    for (const auto& goal : store::family_goals(post.page.ctx.db, post.family_id))
        if (std::to_string(goal.id) == text) return goal.id;
    throw ApiError(Status::not_found, "unknown_goal", "Dit doel hoort niet bij dit gezin.");
}

Response post_goal_end(FormPost post) {
    const auto goal_id = goal_of_form(post, "doel_id");
    FormReader form(post.page.form);
    const auto date = form.date("einddatum", true);
    if (form.ok()) {
        const auto problem =
            app::end_goal(post.page.ctx.db, post.family_id, goal_id, *date, post.change());
        if (!problem) return post.done("doel-klaar");
        form.fail("einddatum", goal_words(*problem).second);
    }
    return post.refused(FamilyForm::goal_end, goal_id, form.errors());
}

Response post_link(FormPost post) {
    const auto kind_text = post.page.form.value("soort");
    if (kind_text != "ankerpunt" && kind_text != "limit")
        throw ApiError(Status::bad_request, "bad_form",
                       "Deze wijziging kwam niet goed aan; laad de pagina opnieuw.");
    const auto kind =
        kind_text == "ankerpunt" ? CareEntryKind::anchorpoint : CareEntryKind::limit_violation;
    std::int64_t entry_id = 0;
    for (const auto& e : store::linkable_entries(post.page.ctx.db, post.family_id, Instant{0},
                                                 std::numeric_limits<int>::max()))
        if (e.kind == kind && std::to_string(e.id) == post.page.form.value("id")) entry_id = e.id;
    if (entry_id == 0)
        throw ApiError(Status::not_found, "unknown_entry",
                       "Deze melding is niet van een kind van dit gezin.");
    std::optional<std::int64_t> goal;
    if (!post.page.form.value("doel").empty()) goal = goal_of_form(post, "doel");
    FormReader form(post.page.form);
    const auto problem = app::link_entry_to_goal(post.page.ctx.db, post.family_id, kind, entry_id,
                                                 goal, post.change());
    if (!problem) return post.done("gekoppeld");
    form.fail("doel", goal_words(*problem).second);
    return post.refused(FamilyForm::link, entry_id, form.errors());
}

Response post_mentor(FormPost post) {
    FormReader form(post.page.form);
    std::optional<std::int64_t> account;
    if (!post.page.form.value("account").empty())
        account = form.integer("account", 1, INT64_MAX, true);
    if (form.ok()) {
        const auto problem = app::set_mentor_account(post.page.ctx.db, post.family_id, account,
                                                     Instant{post.page.ctx.now()});
        if (!problem) return post.done("mentor");
        form.fail("account", problem->kind == app::MentorProblem::Kind::not_a_mentor
                                 ? "Dit account is geen mentor."
                                 : "Dit account bestaat niet (meer).");
    }
    return post.refused(FamilyForm::mentor, 0, form.errors());
}

} // namespace

Response post_family_form(ApiContext& ctx, const Request& req, const std::vector<std::string>& path,
                          const std::string& client, std::int64_t family_id) {
    const auto& part = path[2];
    if (part == "mentor") {
        // Only coordinators and admins choose a family's mentor: a mentor's attempt is refused
        // (and logged) even for their own family.
        auto page = open_page(ctx, req, Permission::read_day);
        const auto& account = page.session.account;
        if (!may(account.role, Permission::assign_mentor)) {
            auto entry =
                staff_audit_entry(ctx, page.session, AuditAction::update, "mentor", client, false);
            entry.family_id = family_id;
            store::append_audit(ctx.db, entry);
            throw ApiError(Status::forbidden, "forbidden",
                           "Alleen de coördinator kiest de mentor van een gezin.");
        }
        require_family_access(ctx, page.session, family_id, AuditAction::update, "mentor", client);
        return post_mentor(FormPost{page, family_id});
    }
    // Choosing a goal adds to the record; every other form changes it.
    const bool choose =
        (part == "doelen" && Form::parse(req.body()).value_or(Form{}).value("op") == "kiezen") ||
        (part == "ouder" && path[3] == "nieuw");
    const AuditAction action = choose ? AuditAction::create : AuditAction::update;
    const std::string what = part == "fase"                              ? "fase"
                             : part == "dossier" || part == "aanmelding" ? "gezinsdossier"
                             : part == "ouder"                           ? "contactgegevens ouder"
                                                                         : "doelen";
    auto page = open_family_page(ctx, req, client, family_id, action, what);
    FormPost post{page, family_id};
    if (part == "fase") return post_phase(post);
    if (part == "dossier") return post_fields(post);
    if (part == "aanmelding") return post_intake(post);
    if (part == "ouder") return post_parent(post, path[3]);
    if (part == "koppelen") return post_link(post);
    const auto op = page.form.value("op");
    if (op == "kiezen") return post_goal_choice(post);
    if (op == "beeindigen") return post_goal_end(post);
    throw ApiError(Status::bad_request, "bad_form",
                   "Deze wijziging kwam niet goed aan; laad de pagina opnieuw.");
}

} // namespace dagritme::web
