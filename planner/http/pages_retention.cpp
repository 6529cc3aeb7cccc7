// Bewaren: GET and POST /gezin/ID/bewaren (op = afsluiten, heropenen, vernietigen). Closing is
// for whoever keeps the record; reopening and asking for destruction for coordinators and
// admins. Every attempt goes through the family scope check and its audit log.
#include "http/pages.hpp"

#include "app/retention.hpp"
#include "store/audit.hpp"
#include "web/retention_page.hpp"

#include <boost/beast/http/verb.hpp>

#include <map>

namespace dagritme::web {
namespace bhttp = boost::beast::http;
namespace {

std::string day_of(std::optional<Instant> at) {
    if (!at) return "";
    return long_date_year(to_local(*at).date);
}

RetentionView view_of(PageContext& page, std::int64_t family_id) {
    auto& ctx = page.ctx;
    const auto state = app::retention_state(ctx.db, family_id);
    if (!state) not_found();
    RetentionView view;
    view.family_id = family_id;
    view.family = store::family_names(ctx.db).at(family_id);
    view.closed = day_of(state->closed_at);
    view.last_changed = day_of(state->last_changed_at);
    if (state->kept_until) {
        view.kept_until = long_date_year(*state->kept_until);
        view.destruction_allowed = to_local(Instant{ctx.now()}).date >= *state->kept_until;
    }
    if (state->waiting)
        view.waiting = "door " + state->waiting->requester + " op " +
                       day_of(Instant{state->waiting->requested_at}) + ": " +
                       state->waiting->reason;
    view.may_close = may(page.session.account.role, Permission::write_family);
    view.may_manage = may(page.session.account.role, Permission::manage_records);
    view.csrf = page.session.csrf_token;
    static const std::map<std::string, std::string> notices{
        {"gesloten", "Het dossier is gesloten."},
        {"heropend", "Het dossier is weer open."},
        {"aangevraagd", "De vernietiging is aangevraagd."}};
    if (const auto it = notices.find(page.form.value("gedaan")); it != notices.end())
        view.notice = it->second;
    return view;
}

Response show(PageContext& page, Status status, const RetentionView& view) {
    return html_response(
        page.req, status,
        web::page(page.family_frame("Bewaren", view.family_id, FamilyPart::retention),
                  retention_content(view)));
}

std::string problem_text(const app::RetentionProblem& p) {
    using Kind = app::RetentionProblem::Kind;
    switch (p.kind) {
    case Kind::unknown_family:
        return "Dit gezin bestaat niet.";
    case Kind::already_closed:
        return "Dit dossier is al gesloten.";
    case Kind::not_closed:
        return "Dit dossier is open.";
    case Kind::already_requested:
        return "De vernietiging is al aangevraagd.";
    case Kind::no_request:
        return "Niemand heeft de vernietiging aangevraagd.";
    case Kind::destruction:
        break;
    }
    switch (p.destruction.value_or(DestructionProblem::record_open)) {
    case DestructionProblem::record_open:
        return "Sluit het dossier eerst.";
    case DestructionProblem::still_kept:
        return "Dit dossier moet nog bewaard blijven: vernietigen kan pas na de bewaartermijn.";
    case DestructionProblem::reason_missing:
        return "Schrijf op waarom het dossier vernietigd mag worden.";
    case DestructionProblem::reason_too_long:
        return "Houd de reden korter dan 500 tekens.";
    }
    return "";
}

Response change(ApiContext& ctx, const Request& req, const std::string& client,
                std::int64_t family_id) {
    auto page = open_page(ctx, req, Permission::read_day);
    const auto op = page.form.value("op");
    const Instant now{ctx.now()};
    std::optional<app::RetentionProblem> problem;
    std::string done;
    if (op == "afsluiten") {
        require_family_access(ctx, page.session, family_id, AuditAction::update, "dossier sluiten",
                              client);
        problem = app::close_record(ctx.db, family_id, now);
        done = "gesloten";
    } else if (op == "heropenen") {
        require_family_access(ctx, page.session, family_id, AuditAction::update,
                              "dossier heropenen", client, Permission::manage_records);
        problem = app::reopen_record(ctx.db, family_id, now);
        done = "heropend";
    } else if (op == "vernietigen") {
        require_family_access(ctx, page.session, family_id, AuditAction::update,
                              "vernietiging aanvragen", client, Permission::manage_records);
        const auto& account = page.session.account;
        problem = app::request_destruction(ctx.db, family_id, account.id, account.name,
                                           page.form.value("reden"), now);
        done = "aangevraagd";
    } else {
        throw ApiError(Status::bad_request, "bad_op", "Deze handeling bestaat niet.");
    }
    if (!problem)
        return redirect(req, "/gezin/" + std::to_string(family_id) + "/bewaren?gedaan=" + done);
    auto view = view_of(page, family_id);
    view.values = page.form;
    view.errors[op == "vernietigen" ? "reden" : "op"] = problem_text(*problem);
    return show(page, Status::unprocessable_entity, view);
}

} // namespace

Response route_retention_pages(ApiContext& ctx, const Request& req,
                               const std::vector<std::string>& path, const std::string& client) {
    if (path.size() != 3) not_found();
    const auto family_id = path_id(path[1]);
    if (req.method() == bhttp::verb::post) return change(ctx, req, client, family_id);
    if (req.method() != bhttp::verb::get && req.method() != bhttp::verb::head) method_not_allowed();
    auto page = open_family_page(ctx, req, client, family_id, AuditAction::read, "bewaren");
    return show(page, Status::ok, view_of(page, family_id));
}

} // namespace dagritme::web
