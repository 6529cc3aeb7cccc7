// Inzage: GET /inzage (every account in the audit log), /inzage/ACCOUNT (what it opened) and
// /gezin/ID/inzage (who opened a family's record). Coordinators and admins only
// (read_audit_log); opening a family's log is itself a read of that record, and logged.
#include "http/pages.hpp"

#include "store/account_names.hpp"
#include "store/audit.hpp"
#include "web/admin_page.hpp"
#include "web/audit_page.hpp"

#include <boost/beast/http/verb.hpp>

#include <map>

namespace dagritme::web {
namespace bhttp = boost::beast::http;
namespace {

std::string shown_role(const std::string& stored) {
    const auto role = role_from(stored);
    return role ? std::string(dutch_role(*role)) : stored;
}

std::vector<AuditRow> rows_of(const std::vector<AuditEntry>& entries,
                              const std::map<std::int64_t, std::string>& families) {
    std::vector<AuditRow> rows;
    rows.reserve(entries.size());
    for (const auto& e : entries) {
        AuditRow r;
        r.when = audit_time(e.at);
        r.who = e.account;
        r.role = shown_role(e.role);
        r.action = std::string(dutch_name_of(e.action));
        r.what = e.what;
        r.family_id = e.family_id.value_or(0);
        const auto family = e.family_id ? families.find(*e.family_id) : families.end();
        r.family = family != families.end()  ? family->second
                   : e.family_id.has_value() ? "gezin " + std::to_string(*e.family_id)
                                             : "";
        r.client = e.client;
        r.refused = e.outcome == AuditOutcome::refused;
        rows.push_back(std::move(r));
    }
    return rows;
}

Response family_log(ApiContext& ctx, const Request& req, const std::string& client,
                    std::int64_t family_id) {
    auto page = open_page(ctx, req, Permission::read_day);
    require_family_access(ctx, page.session, family_id, AuditAction::read, "inzage", client,
                          Permission::read_audit_log);
    const auto families = store::family_names(ctx.db);
    FamilyAuditView view;
    view.family_id = family_id;
    view.family = families.at(family_id);
    view.rows = rows_of(store::audit_of_family(ctx.db, family_id), families);
    std::map<std::string, std::size_t> index; // account -> readers row
    for (const auto& r : view.rows) {
        const auto [it, fresh] = index.try_emplace(r.who, view.readers.size());
        if (fresh) view.readers.push_back({r.who, r.role, 0, r.when}); // newest first
        ++view.readers[it->second].times;
    }
    return html_response(req, Status::ok,
                         web::page(page.family_frame("Inzage", family_id, FamilyPart::audit),
                                   family_audit_content(view)));
}

Response staff_list(ApiContext& ctx, const Request& req) {
    auto page = open_page(ctx, req, Permission::read_audit_log);
    std::vector<StaffAuditRow> rows;
    for (const auto& s : store::audit_by_account(ctx.db))
        rows.push_back({s.account_id.value_or(0), s.account, shown_role(s.role), s.entries,
                        s.refused, audit_time(s.last_at)});
    return html_response(req, Status::ok,
                         web::page(page.frame("Inzage", Tab::none), staff_audit_list(rows)));
}

Response staff_log(ApiContext& ctx, const Request& req, std::int64_t account_id) {
    auto page = open_page(ctx, req, Permission::read_audit_log);
    const auto names = store::account_names(ctx.db);
    const auto name = names.find(account_id);
    if (name == names.end()) not_found();
    const auto rows =
        rows_of(store::audit_of_account(ctx.db, account_id), store::family_names(ctx.db));
    return html_response(
        req, Status::ok,
        web::page(page.frame("Inzage", Tab::none), staff_audit_content(name->second, rows)));
}

} // namespace

Response route_audit_pages(ApiContext& ctx, const Request& req,
                           const std::vector<std::string>& path, const std::string& client) {
    if (req.method() != bhttp::verb::get && req.method() != bhttp::verb::head) method_not_allowed();
    if (path[0] == "gezin" && path.size() == 3)
        return family_log(ctx, req, client, path_id(path[1]));
    if (path[0] == "inzage" && path.size() == 1) return staff_list(ctx, req);
    if (path[0] == "inzage" && path.size() == 2) return staff_log(ctx, req, path_id(path[1]));
    not_found();
}

} // namespace dagritme::web
