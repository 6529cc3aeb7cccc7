// The intake pages: GET/POST /gezin/nieuw (a new family with its parents), and a family's child
// with its placement: GET/POST /gezin/ID/kind/nieuw, /gezin/ID/kind/CID, and POST
// /gezin/ID/kind/CID/toestemming and /einde. Each goes through the family scope check with its
// audit action; a refused form writes nothing and answers 422 with the problems per field.
#include "http/pages.hpp"

#include "app/intake.hpp"
#include "store/accounts.hpp"
#include "store/audit.hpp"
#include "store/groups.hpp"
#include "store/people.hpp"
#include "web/intake_page.hpp"

#include <boost/beast/http/verb.hpp>

namespace dagritme::web {
namespace bhttp = boost::beast::http;
namespace {

app::Change change_of(const PageContext& page) {
    const Instant now{page.ctx.now()};
    return app::Change{page.session.account.id, now, to_local(now).date};
}

void fail_all(FormReader& form, const std::vector<app::FieldProblem>& problems) {
    for (const auto& p : problems)
        form.fail(p.field, p.message);
}

std::optional<bool> custody_of(FormReader& form, const std::string& name) {
    const auto value = form.form().value(name);
    if (value == "ja") return true;
    if (value == "nee") return false;
    if (!value.empty()) form.fail(name, "Kies ja, nee of niet bekend.");
    return std::nullopt;
}

app::ParentEntry parent_of(FormReader& form, const std::string& p) {
    app::ParentEntry e;
    // Lengths are the app's rules; read generously so its problem is the one shown.
    e.first_name = form.text(p + "voornaam", 1000, false).value_or("");
    e.surname = form.text(p + "achternaam", 1000, false).value_or("");
    e.kind = form.choice<RelationKind>(p + "relatie", relation_kind_of, true)
                 .value_or(RelationKind::other);
    e.relation = form.text(p + "noemt", 1000, false).value_or("");
    e.contact.phone = form.text(p + "telefoon", 1000, false).value_or("");
    e.contact.email = form.text(p + "email", 1000, false).value_or("");
    e.contact.custody = custody_of(form, p + "gezag");
    e.contact_order = form.form().value(p + "omgang") == "ja";
    return e;
}

bool parent_left_empty(const Form& form, const std::string& p) {
    for (const auto* field : {"voornaam", "achternaam", "noemt", "telefoon", "email", "gezag"})
        if (!form.value(p + field).empty()) return false;
    return true;
}

Response intake_page(PageContext& page, Status status, const FieldErrors& errors) {
    IntakeFormView view;
    view.csrf = page.session.csrf_token;
    view.today = change_of(page).today;
    for (const auto& a : store::list_accounts(page.ctx.db))
        if (!a.disabled && (a.role == Role::mentor || a.role == Role::coordinator))
            view.mentors.push_back({std::to_string(a.id), a.name});
    if (status != Status::ok) view.values = page.form;
    view.errors = errors;
    return html_response(
        page.req, status,
        web::page(page.frame("Nieuw gezin", Tab::families), intake_form_content(view)));
}

Response new_family(ApiContext& ctx, const Request& req, const std::string& client) {
    auto page = open_page(ctx, req, Permission::write_family);
    if (!page.posted()) return intake_page(page, Status::ok, {});
    FormReader form(page.form);
    app::FamilyIntake family;
    family.name = form.text("naam", 1000, false).value_or("");
    family.plaatser = form.text("plaatser", 1000, false).value_or("");
    family.plaatser_contact = form.text("plaatser_contact", 1000, false).value_or("");
    family.registered_on = form.date("aanmelding", true);
    if (!page.form.value("mentor").empty())
        family.mentor_account = form.integer("mentor", 1, INT64_MAX, true);
    std::vector<app::ParentEntry> parents{parent_of(form, "ouder1_")};
    if (!parent_left_empty(page.form, "ouder2_")) parents.push_back(parent_of(form, "ouder2_"));
    if (form.ok()) {
        const auto saved = app::intake_family(ctx.db, family, parents, change_of(page));
        fail_all(form, saved.problems);
        if (saved.id) {
            auto entry = staff_audit_entry(ctx, page.session, AuditAction::create, "aanmelding",
                                           client, true);
            entry.family_id = *saved.id;
            store::append_audit(ctx.db, entry);
            return redirect(req, "/gezin/" + std::to_string(*saved.id) + "?klaar=aangemeld");
        }
    }
    return intake_page(page, Status::unprocessable_entity, form.errors());
}

std::vector<Group> visible_groups(const PageContext& page) {
    std::vector<Group> out;
    for (const auto& id : store::group_ids(page.ctx.db))
        if (may_see_group(page.session.account.role, page.session.account.groups, id))
            if (auto g = store::load_group(page.ctx.db, id)) out.push_back(std::move(*g));
    return out;
}

Response child_page(PageContext& page, std::int64_t family_id, std::optional<Child> child,
                    Status status, const FieldErrors& errors, std::string notice = "") {
    ChildFormView view;
    view.csrf = page.session.csrf_token;
    view.family_id = family_id;
    if (const auto family = store::load_family(page.ctx.db, family_id))
        view.family_name = family->name;
    view.child = std::move(child);
    view.groups = visible_groups(page);
    view.today = change_of(page).today;
    view.refused = status != Status::ok;
    if (view.refused) view.values = page.form;
    view.errors = errors;
    view.notice = std::move(notice);
    view.may_set_consent = may(page.session.account.role, Permission::set_consent);
    const auto title = view.child ? view.child->first_name : std::string("Kind plaatsen");
    return html_response(page.req, status,
                         web::page(page.family_frame(title, family_id, FamilyPart::record),
                                   child_form_content(view)));
}

app::ChildIntake child_of_form(FormReader& form, std::int64_t family_id) {
    app::ChildIntake c;
    c.family_id = family_id;
    c.group_id = form.form().value("groep");
    c.fields.first_name = form.text("voornaam", 1000, false).value_or("");
    c.fields.surname = form.text("achternaam", 1000, false).value_or("");
    c.fields.birth_date = form.date("geboortedatum", false);
    c.fields.own_place_item = form.text("eigen_plek", 1000, false).value_or("");
    c.placement.first_day = form.date("eerste_dag", false);
    c.placement.last_day = form.date("laatste_dag", false);
    for (int d = 1; d <= 7; ++d) {
        const auto name = "dag" + std::to_string(d);
        if (const auto part = form.choice<DayPart>(name, day_part_of, false))
            c.placement.days.push_back({d, *part});
    }
    return c;
}

Response post_child(PageContext& page, std::int64_t family_id, std::optional<Child> child) {
    FormReader form(page.form);
    const auto entry = child_of_form(form, family_id);
    if (form.ok()) {
        if (child) {
            const auto problems = app::update_child(page.ctx.db, child->id, entry, change_of(page));
            fail_all(form, problems);
            if (problems.empty()) {
                page.ctx.hub.publish(child->group_id);
                if (entry.group_id != child->group_id) page.ctx.hub.publish(entry.group_id);
                return redirect(page.req, "/gezin/" + std::to_string(family_id) + "/kind/" +
                                              std::to_string(child->id) + "?klaar=opgeslagen");
            }
        } else {
            const auto saved = app::add_child(page.ctx.db, entry, change_of(page));
            fail_all(form, saved.problems);
            if (saved.id) {
                page.ctx.hub.publish(entry.group_id);
                return redirect(page.req, "/gezin/" + std::to_string(family_id) + "/kind/" +
                                              std::to_string(*saved.id) + "?klaar=geplaatst");
            }
        }
    }
    return child_page(page, family_id, child, Status::unprocessable_entity, form.errors());
}

Response post_consent(PageContext& page, std::int64_t family_id, const Child& child) {
    require_permission(page.session, Permission::set_consent);
    FormReader form(page.form);
    const auto consent = page.form.value("toestemming");
    if (consent != "ja" && consent != "nee")
        throw ApiError(Status::bad_request, "bad_form",
                       "Deze wijziging kwam niet goed aan; laad de pagina opnieuw.");
    const auto by = form.text("toestemming_van", 1000, false).value_or("");
    const auto on = form.date("toestemming_op", false);
    if (form.ok()) {
        const auto problems =
            app::set_consent(page.ctx.db, child.id, consent == "ja", by, on, change_of(page));
        fail_all(form, problems);
        if (problems.empty()) {
            page.ctx.hub.publish(child.group_id); // a withdrawn consent leaves every screen now
            return redirect(page.req, "/gezin/" + std::to_string(family_id) + "/kind/" +
                                          std::to_string(child.id) + "?klaar=toestemming");
        }
    }
    return child_page(page, family_id, child, Status::unprocessable_entity, form.errors());
}

Response post_leaving(PageContext& page, std::int64_t family_id, const Child& child) {
    FormReader form(page.form);
    const auto last = form.date("einde_dag", true);
    const auto reason = form.choice<LeaveReason>("reden", leave_reason_of, true);
    const auto note = form.text("toelichting", 1000, false).value_or("");
    if (form.ok()) {
        const auto problems =
            app::end_placement(page.ctx.db, child.id, *last, *reason, note, change_of(page));
        fail_all(form, problems);
        if (problems.empty()) {
            page.ctx.hub.publish(child.group_id);
            return redirect(page.req, "/gezin/" + std::to_string(family_id) + "/kind/" +
                                          std::to_string(child.id) + "?klaar=beeindigd");
        }
    }
    return child_page(page, family_id, child, Status::unprocessable_entity, form.errors());
}

std::string notice_of(const std::string& done) {
    if (done == "geplaatst") return "Het kind is geplaatst.";
    if (done == "opgeslagen") return "De gegevens zijn opgeslagen.";
    if (done == "toestemming") return "De fototoestemming is vastgelegd.";
    if (done == "beeindigd") return "De plaatsing is beëindigd.";
    return "";
}

} // namespace

Response route_intake_pages(ApiContext& ctx, const Request& req,
                            const std::vector<std::string>& path, const std::string& client) {
    const bool get = req.method() == bhttp::verb::get || req.method() == bhttp::verb::head;
    if (!get && req.method() != bhttp::verb::post) method_not_allowed();
    if (path.size() == 2) return new_family(ctx, req, client);
    // /gezin/ID/kind/(nieuw|CID)[/toestemming|/einde]
    const auto family_id = path_number(path[1]);
    if (path.size() < 4 || path.size() > 5) not_found();
    const bool is_new = path[3] == "nieuw";
    if (is_new && path.size() != 4) not_found();
    const auto action = get      ? AuditAction::read
                        : is_new ? AuditAction::create
                                 : AuditAction::update;
    auto page = open_family_page(ctx, req, client, family_id, action, "plaatsing kind");
    if (!get) require_permission(page.session, Permission::write_family);
    if (is_new) {
        if (get) return child_page(page, family_id, std::nullopt, Status::ok, {});
        return post_child(page, family_id, std::nullopt);
    }
    auto child = store::load_child(ctx.db, path_number(path[3]));
    if (!child || child->family_id != family_id)
        throw ApiError(Status::not_found, "unknown_child", "Dit kind hoort niet bij dit gezin.");
    if (path.size() == 4) {
        if (get)
            return child_page(page, family_id, child, Status::ok, {},
                              notice_of(page.form.value("klaar")));
        return post_child(page, family_id, child);
    }
    if (get) method_not_allowed();
    if (path[4] == "toestemming") return post_consent(page, family_id, *child);
    if (path[4] == "einde") return post_leaving(page, family_id, *child);
    not_found();
}

} // namespace dagritme::web
