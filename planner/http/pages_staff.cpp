// Medewerkers (coordinator, admin): GET /medewerkers, POST /medewerkers (a new staff member),
// POST /medewerkers/ID (name, group, account) and /medewerkers/ID/vertrek (leaves).
#include "http/pages.hpp"

#include "app/staff.hpp"
#include "store/accounts.hpp"
#include "store/groups.hpp"
#include "store/people.hpp"
#include "web/staff_page.hpp"

#include <boost/beast/http/verb.hpp>

namespace dagritme::web {
namespace bhttp = boost::beast::http;
namespace {

app::Change change_of(const PageContext& page) {
    const Instant now{page.ctx.now()};
    return app::Change{page.session.account.id, now, to_local(now).date};
}

Response staff_page(PageContext& page, Status status, StaffPageView view) {
    auto& db = page.ctx.db;
    view.csrf = page.session.csrf_token;
    std::map<std::int64_t, std::string> account_names;
    for (const auto& a : store::list_accounts(db)) {
        if (a.disabled) continue;
        account_names[a.id] = a.name;
        view.accounts.push_back(
            {std::to_string(a.id), a.name + " (" + std::string(name_of(a.role)) + ")"});
    }
    for (const auto& id : store::group_ids(db)) {
        const auto group = store::load_group(db, id);
        if (!group) continue;
        view.groups.push_back({id, group->name});
        for (auto& s : store::staff_of_group(db, id)) {
            StaffRow row{std::move(s), group->name, ""};
            if (row.staff.account_id) row.account_name = account_names[*row.staff.account_id];
            view.staff.push_back(std::move(row));
        }
    }
    return html_response(
        page.req, status,
        web::page(page.frame("Medewerkers", Tab::staff), staff_page_content(view)));
}

app::StaffEntry entry_of(FormReader& form) {
    app::StaffEntry e;
    e.first_name = form.text("voornaam", 1000, false).value_or("");
    e.surname = form.text("achternaam", 1000, false).value_or("");
    e.group_id = form.form().value("groep");
    if (!form.form().value("account").empty())
        e.account_id = form.integer("account", 1, INT64_MAX, true);
    return e;
}

Response refused(PageContext& page, std::int64_t id, const FieldErrors& errors) {
    StaffPageView view;
    view.failed_id = id;
    view.values = page.form;
    view.errors = errors;
    return staff_page(page, Status::unprocessable_entity, std::move(view));
}

std::string notice_of(const std::string& done) {
    if (done == "toegevoegd") return "De medewerker is toegevoegd.";
    if (done == "opgeslagen") return "De gegevens zijn opgeslagen.";
    if (done == "vertrokken") return "De medewerker staat niet meer op de lijsten.";
    return "";
}

} // namespace

Response route_staff_pages(ApiContext& ctx, const Request& req,
                           const std::vector<std::string>& path) {
    const bool get = req.method() == bhttp::verb::get || req.method() == bhttp::verb::head;
    if (!get && req.method() != bhttp::verb::post) method_not_allowed();
    if (path.size() > 3) not_found();
    auto page = open_page(ctx, req, Permission::manage_staff);
    if (path.size() == 1) {
        if (get) {
            StaffPageView view;
            view.notice = notice_of(page.form.value("klaar"));
            return staff_page(page, Status::ok, std::move(view));
        }
        FormReader form(page.form);
        const auto entry = entry_of(form);
        if (form.ok()) {
            const auto saved = app::add_staff_member(ctx.db, entry, change_of(page));
            for (const auto& p : saved.problems)
                form.fail(p.field, p.message);
            if (saved.id) {
                ctx.hub.publish(entry.group_id);
                return redirect(req, "/medewerkers?klaar=toegevoegd");
            }
        }
        return refused(page, 0, form.errors());
    }
    if (get) method_not_allowed();
    const auto id = path_number(path[1]);
    const auto before = store::load_staff(ctx.db, id);
    if (!before)
        throw ApiError(Status::not_found, "unknown_staff", "Deze medewerker bestaat niet.");
    if (path.size() == 3) {
        if (path[2] != "vertrek") not_found();
        app::staff_member_leaves(ctx.db, id, change_of(page));
        ctx.hub.publish(before->group_id);
        return redirect(req, "/medewerkers?klaar=vertrokken");
    }
    FormReader form(page.form);
    const auto entry = entry_of(form);
    if (form.ok()) {
        const auto problems = app::update_staff_member(ctx.db, id, entry, change_of(page));
        for (const auto& p : problems)
            form.fail(p.field, p.message);
        if (problems.empty()) {
            ctx.hub.publish(before->group_id);
            if (entry.group_id != before->group_id) ctx.hub.publish(entry.group_id);
            return redirect(req, "/medewerkers?klaar=opgeslagen");
        }
    }
    return refused(page, id, form.errors());
}

} // namespace dagritme::web
