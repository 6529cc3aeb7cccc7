// Inzage: GET /inzage (every account in the audit log), /inzage/ACCOUNT (what it opened),
// /inzage/logboek[?soort=...] (the whole log, by kind) and /gezin/ID/inzage (who opened a
// family's record); lists a page at a time (?pagina=N). Coordinators and admins only
// (read_audit_log); opening a family's log is itself a read of that record, and logged.
#include "http/pages.hpp"

#include "store/account_names.hpp"
#include "store/audit.hpp"
#include "web/admin_page.hpp"
#include "web/audit_page.hpp"

#include <boost/beast/http/verb.hpp>

#include <algorithm>
#include <map>

namespace dagritme::web {
namespace bhttp = boost::beast::http;
namespace {

std::string shown_role(const std::string& stored) {
    const auto role = role_from(stored);
    return role ? std::string(dutch_role(*role)) : stored;
}

// The names a row of the log shows instead of ids.
struct LogNames {
    std::map<std::int64_t, std::string> families;
    std::map<std::int64_t, std::string> children;
};

LogNames log_names(ApiContext& ctx) {
    return {store::family_names(ctx.db), store::child_first_names(ctx.db)};
}

// Care data's subject: "zonnebloem: Sanne, Sem" (a child no longer stored by its number).
std::string care_subject(const AuditEntry& e, const LogNames& names) {
    std::string about = e.group_id.value_or("");
    std::string children;
    for (const auto id : e.children) {
        const auto name = names.children.find(id);
        children += (children.empty() ? "" : ", ") +
                    (name != names.children.end() ? name->second : "kind " + std::to_string(id));
    }
    if (!children.empty()) about += ": " + children;
    return about;
}

// A security event in Dutch, for the coordinator ("login_failed": "inloggen mislukt").
std::string security_words(const std::string& what) {
    if (what == "login_failed") return "inloggen mislukt";
    if (what == "login_throttled") return "inloggen afgeremd (te veel pogingen)";
    if (what == "csrf") return "wijziging zonder het juiste CSRF-token";
    if (what == "origin") return "verzoek van een andere website geweigerd";
    return what;
}

std::vector<AuditRow> rows_of(const std::vector<AuditEntry>& entries, const LogNames& names) {
    const auto& families = names.families;
    std::vector<AuditRow> rows;
    rows.reserve(entries.size());
    for (const auto& e : entries) {
        AuditRow r;
        r.when = audit_time(e.at);
        r.who = e.account;
        r.role = shown_role(e.role);
        r.action = std::string(dutch_name_of(e.action));
        r.what = e.kind == AuditKind::security ? security_words(e.what) : e.what;
        r.family_id = e.family_id.value_or(0);
        const auto family = e.family_id ? families.find(*e.family_id) : families.end();
        r.family = family != families.end()  ? family->second
                   : e.family_id.has_value() ? "gezin " + std::to_string(*e.family_id)
                                             : "";
        if (e.kind == AuditKind::care) r.about = care_subject(e, names);
        if (e.kind == AuditKind::security) r.about = "beveiliging";
        r.client = e.client;
        r.repeats = e.repeats;
        r.refused = e.outcome == AuditOutcome::refused;
        rows.push_back(std::move(r));
    }
    return rows;
}

// The page of a list that the request asks for (?pagina=N, from 1), and the entries on it.
store::AuditPage page_of(ApiContext& ctx, const PageContext& page, store::AuditQuery query,
                         AuditPaging& paging) {
    const auto asked = page.form.value("pagina");
    const auto number = asked.empty() ? std::optional<std::int64_t>(1) : record_id(asked);
    if (!number) throw ApiError(Status::bad_request, "bad_query", "Deze pagina bestaat niet.");
    paging.page = static_cast<int>(std::min<std::int64_t>(*number, 1'000'000));
    query.limit = audit_page_size;
    query.offset = std::int64_t{paging.page - 1} * audit_page_size;
    auto found = store::audit_page(ctx.db, query);
    paging.total = found.total;
    paging.pages = static_cast<int>(
        std::max<std::int64_t>(1, (found.total + audit_page_size - 1) / audit_page_size));
    return found;
}

Response family_log(ApiContext& ctx, const Request& req, const std::string& client,
                    std::int64_t family_id) {
    auto page = open_page(ctx, req, Permission::read_day);
    require_family_access(ctx, page.session, family_id, AuditAction::read, "inzage", client,
                          Permission::read_audit_log);
    const auto names = log_names(ctx);
    FamilyAuditView view;
    view.family_id = family_id;
    view.family = names.families.at(family_id);
    // Who read it, over the latest 500 entries; the entries themselves a page at a time.
    std::map<std::string, std::size_t> index; // account -> readers row
    for (const auto& r : rows_of(store::audit_of_family(ctx.db, family_id), names)) {
        const auto [it, fresh] = index.try_emplace(r.who, view.readers.size());
        if (fresh) view.readers.push_back({r.who, r.role, 0, r.when}); // newest first
        ++view.readers[it->second].times;
    }
    view.paging.path = "/gezin/" + std::to_string(family_id) + "/inzage";
    store::AuditQuery query;
    query.family_id = family_id;
    view.rows = rows_of(page_of(ctx, page, query, view.paging).entries, names);
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
    AuditPaging paging;
    paging.path = "/inzage/" + std::to_string(account_id);
    store::AuditQuery query;
    query.account_id = account_id;
    const auto rows = rows_of(page_of(ctx, page, query, paging).entries, log_names(ctx));
    return html_response(req, Status::ok,
                         web::page(page.frame("Inzage", Tab::none),
                                   staff_audit_content(name->second, rows, paging)));
}

Response whole_log(ApiContext& ctx, const Request& req) {
    auto page = open_page(ctx, req, Permission::read_audit_log);
    const auto shown = page.form.value("soort");
    const auto& filters = audit_filters();
    const auto filter = std::find_if(filters.begin(), filters.end(),
                                     [&](const AuditFilter& f) { return f.value == shown; });
    if (filter == filters.end())
        throw ApiError(Status::bad_request, "bad_query", "Dit soort regels bestaat niet.");
    // audit_filters() and AuditShown list the same kinds in the same order.
    store::AuditQuery query;
    query.shown = static_cast<store::AuditShown>(filter - filters.begin());
    AuditPaging paging;
    paging.path = "/inzage/logboek";
    paging.query = shown.empty() ? "" : "soort=" + shown + "&";
    const auto rows = rows_of(page_of(ctx, page, query, paging).entries, log_names(ctx));
    return html_response(
        req, Status::ok,
        web::page(page.frame("Inzage", Tab::none), whole_audit_content(shown, rows, paging)));
}

} // namespace

Response route_audit_pages(ApiContext& ctx, const Request& req,
                           const std::vector<std::string>& path, const std::string& client) {
    if (req.method() != bhttp::verb::get && req.method() != bhttp::verb::head) method_not_allowed();
    if (path[0] == "gezin" && path.size() == 3)
        return family_log(ctx, req, client, path_id(path[1]));
    if (path[0] == "inzage" && path.size() == 1) return staff_list(ctx, req);
    if (path[0] == "inzage" && path.size() == 2 && path[1] == "logboek") return whole_log(ctx, req);
    if (path[0] == "inzage" && path.size() == 2) return staff_log(ctx, req, path_id(path[1]));
    not_found();
}

} // namespace dagritme::web
