// The family record's pages: GET /gezin (the families the user may open) and GET /gezin/ID
// (one record), both logged in the audit log; the forms' POSTs are in pages_family_forms.cpp.
// Only /gezin, /gezin/ID and the forms' own sub-paths are answered here: the workbook and the
// audit pages of a record have their own routes.
#include "http/pages_family.hpp"

#include "store/record_changes.hpp"

#include "store/accounts.hpp"
#include "store/audit.hpp"
#include "store/family_goals.hpp"
#include "store/family_record.hpp"
#include "store/groups.hpp"

#include <boost/beast/http/verb.hpp>

#include <charconv>

namespace dagritme::web {
namespace bhttp = boost::beast::http;
namespace {

// Entries of the last 60 days can be linked to a goal on the record page.
constexpr std::int64_t linkable_days = 60;
constexpr int linkable_limit = 40;

std::map<std::string, std::string> group_names(store::Database& db) {
    std::map<std::string, std::string> names;
    for (const auto& id : store::group_ids(db))
        if (const auto group = store::load_group(db, id)) names[id] = group->name;
    return names;
}

std::string notice_of(const std::string& done) {
    if (done == "fase") return "De fase is gewijzigd.";
    if (done == "dossier") return "De afspraken en notities zijn opgeslagen.";
    if (done == "ouder") return "De gegevens van de ouder zijn opgeslagen.";
    if (done == "doel") return "Het doel is gekozen.";
    if (done == "doel-klaar") return "Het doel is afgesloten.";
    if (done == "gekoppeld") return "Het doel bij deze melding is bewaard.";
    if (done == "mentor") return "De mentor is ingesteld.";
    if (done == "aanmelding") return "De gegevens van de aanmelding zijn opgeslagen.";
    if (done == "aangemeld") return "Het gezin is aangemeld; het dossier begint in fase 1.";
    return "";
}

// The list of families is family data too: every attempt is logged, a refusal as such.
Response family_list(ApiContext& ctx, const Request& req, const std::string& client) {
    auto page = open_page(ctx, req, Permission::read_day);
    const auto& account = page.session.account;
    const bool allowed = may(account.role, Permission::read_family);
    {
        store::Transaction tx{ctx.db};
        store::append_audit(ctx.db, staff_audit_entry(ctx, page.session, AuditAction::read,
                                                      "gezinnen", client, allowed));
        tx.commit();
    }
    if (!allowed)
        throw ApiError(Status::forbidden, "not_your_family",
                       "Gezinsdossiers zijn alleen voor mentoren en de coördinator. Deze poging "
                       "is vastgelegd.");
    FamilyListView view;
    view.all = account.role == Role::coordinator || account.role == Role::admin;
    view.families = store::list_families(
        ctx.db, view.all ? std::nullopt : std::optional<std::int64_t>(account.id));
    view.group_names = group_names(ctx.db);
    return html_response(
        req, Status::ok,
        web::page(page.frame("Gezinnen", Tab::families), family_list_content(view)));
}

} // namespace

Response family_record_page(PageContext& page, std::int64_t family_id, Status status,
                            const RecordPageState& state) {
    auto& db = page.ctx.db;
    auto record = store::load_family_record(db, family_id);
    if (!record) throw ApiError(Status::not_found, "unknown_family", "Dit gezin bestaat niet.");
    const Instant now{page.ctx.now()};
    FamilyView view;
    view.record = std::move(*record);
    view.catalogue = &page.ctx.goals;
    view.goal_counts = goal_counts_by_month(store::goal_links(db, family_id));
    view.entries = store::linkable_entries(
        db, family_id, Instant{now.seconds - linkable_days * 86400}, linkable_limit);
    view.group_names = group_names(db);
    view.changes = store::record_changes(db, family_id);
    const auto role = page.session.account.role;
    view.may_assign_mentor = may(role, Permission::assign_mentor);
    if (view.may_assign_mentor)
        for (const auto& a : store::list_accounts(db))
            if (a.role == Role::mentor && !a.disabled) view.mentors.push_back({a.id, a.name});
    view.csrf = page.session.csrf_token;
    view.today = to_local(now).date;
    view.notice = state.notice;
    view.failed = state.failed;
    view.failed_id = state.failed_id;
    view.values = page.form;
    view.errors = state.errors;
    return html_response(
        page.req, status,
        web::page(page.family_frame(view.record.family.name, family_id, FamilyPart::record),
                  family_content(view)));
}

Outcome route_family_pages(ApiContext& ctx, const Request& req,
                           const std::vector<std::string>& path, const std::string& client) {
    const bool get = req.method() == bhttp::verb::get || req.method() == bhttp::verb::head;
    if (path.size() == 1) {
        if (!get) method_not_allowed();
        return family_list(ctx, req, client);
    }
    const auto family_id = path_number(path[1]);
    if (path.size() == 2) {
        if (!get) method_not_allowed();
        auto page =
            open_family_page(ctx, req, client, family_id, AuditAction::read, "gezinsdossier");
        return family_record_page(
            page, family_id, Status::ok,
            RecordPageState{notice_of(page.form.value("klaar")), FamilyForm::none, 0, {}});
    }
    const auto& part = path[2];
    const bool ours =
        (path.size() == 3 && (part == "fase" || part == "dossier" || part == "aanmelding" ||
                              part == "doelen" || part == "koppelen" || part == "mentor")) ||
        (path.size() == 4 && part == "ouder");
    if (!ours) not_found();
    if (req.method() != bhttp::verb::post) method_not_allowed();
    return post_family_form(ctx, req, path, client, family_id);
}

} // namespace dagritme::web
