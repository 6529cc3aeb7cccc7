// The pages' front door: checks, security headers, error pages and the page routing.
#include "http/pages.hpp"

#include "http/pages_care.hpp"
#include "http/pages_sessions.hpp"

#include "auth/secrets.hpp"
#include "store/groups.hpp"

#include <boost/beast/http/verb.hpp>

#include <algorithm>

namespace dagritme::web {
namespace bhttp = boost::beast::http;

bool PageContext::posted() const {
    return req.method() == bhttp::verb::post;
}

PageFrame PageContext::frame(std::string title, Tab tab, const std::string& group_id) const {
    PageFrame f;
    f.title = std::move(title);
    f.assets = asset_urls();
    f.user_name = session.account.name;
    f.role = session.account.role;
    f.csrf = session.csrf_token;
    f.group_id = group_id;
    f.tab = tab;
    for (const auto& id : store::group_ids(ctx.db))
        if (may_see_group(session.account.role, session.account.groups, id))
            if (const auto group = store::load_group(ctx.db, id))
                f.groups.push_back({id, group->name});
    return f;
}

PageFrame PageContext::family_frame(std::string title, std::int64_t family_id,
                                    FamilyPart part) const {
    auto f = frame(std::move(title), Tab::families);
    f.family_id = family_id;
    f.family_part = part;
    return f;
}

std::string PageContext::new_form_key() {
    return auth::random_token().substr(0, 32);
}

namespace {

bool is_htmx(const Request& req) {
    return req["HX-Request"] == "true";
}

Form posted_form(const Request& req) {
    if (req.method() != bhttp::verb::post)
        return Form::parse(query_of(req.target())).value_or(Form{});
    if (media_type_of(req) != "application/x-www-form-urlencoded")
        throw ApiError(Status::unsupported_media_type, "unsupported_media_type",
                       "Dit formulier kwam niet goed aan; laad de pagina opnieuw.");
    auto form = Form::parse(req.body());
    if (!form)
        throw ApiError(Status::bad_request, "bad_form",
                       "Dit formulier bevat tekens die niet kunnen; controleer de tekst.");
    return std::move(*form);
}

Html error_page_body(Status status, const std::string& message) {
    Html h;
    h << "<h1>"
      << (status == Status::forbidden   ? raw("Geen toegang")
          : status == Status::not_found ? raw("Niet gevonden")
                                        : raw("Dat lukte niet"))
      << "</h1><p class=\"melding\" role=\"alert\">" << text(message)
      << "</p><p><a class=\"knop\" href=\"/\">Naar de startpagina</a></p>";
    return h;
}

} // namespace

PageContext open_page(ApiContext& ctx, const Request& req, Permission permission) {
    auto form = posted_form(req);
    auto session = require_session(ctx, req);
    if (req.method() != bhttp::verb::get && req.method() != bhttp::verb::head) {
        const auto header = req["X-CSRF-Token"];
        require_csrf(session, form.has("csrf") ? std::string_view(form.value("csrf"))
                                               : std::string_view(header.data(), header.size()));
    }
    require_permission(session, permission);
    return PageContext{ctx, req, std::move(session), std::move(form), is_htmx(req)};
}

PageContext open_group_page(ApiContext& ctx, const Request& req, Permission permission,
                            const std::string& group_id) {
    auto page = open_page(ctx, req, permission);
    require_group_access(page.session, group_id);
    if (!store::load_group(ctx.db, group_id))
        throw ApiError(Status::not_found, "unknown_group", "Deze groep bestaat niet.");
    return page;
}

PageContext open_care_page(ApiContext& ctx, const Request& req, const std::string& client,
                           Permission permission, const CareSubject& subject, AuditAction action,
                           const std::string& what, CareRecord record) {
    auto page = open_page(ctx, req, Permission::read_day); // the session and its CSRF token
    require_care_access(ctx, page.session, permission, subject, action, what, client, record);
    if (!store::load_group(ctx.db, subject.group_id))
        throw ApiError(Status::not_found, "unknown_group", "Deze groep bestaat niet.");
    return page;
}

PageContext open_family_page(ApiContext& ctx, const Request& req, const std::string& client,
                             std::int64_t family_id, AuditAction action, const std::string& what) {
    auto page = open_page(ctx, req, Permission::read_day);
    require_family_access(ctx, page.session, family_id, action, what, client);
    return page;
}

Response html_response(const Request& req, Status status, const Html& body) {
    auto res = bytes_response(req, status, body.str(), "text/html; charset=utf-8");
    res.set("Content-Security-Policy",
            "default-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'");
    res.set("Referrer-Policy", "same-origin");
    res.set("Vary", "HX-Request");
    return res;
}

Response redirect(const Request& req, const std::string& location) {
    Response res{is_htmx(req) ? Status::ok : Status::see_other, req.version()};
    if (is_htmx(req))
        res.set("HX-Redirect", location);
    else
        res.set(bhttp::field::location, location);
    res.set(bhttp::field::cache_control, "no-store");
    res.keep_alive(req.keep_alive());
    res.prepare_payload();
    return res;
}

std::int64_t path_number(const std::string& text) {
    const auto id = record_id(text);
    if (!id) not_found();
    return *id;
}

bool is_local_path(std::string_view path) {
    // "/" alone, or "/" and a letter or digit: never "//host", "/\\host" or "/\thost" (which a
    // browser reads as "//host" once it drops the tab). Nothing below a space or a backslash
    // anywhere, and nothing is removed before the check.
    const auto starts_well = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    };
    if (!path.starts_with('/') || path.size() >= 300) return false;
    if (path.size() > 1 && !starts_well(path[1])) return false;
    return std::none_of(path.begin(), path.end(), [](char c) {
        return static_cast<unsigned char>(c) <= 0x20 || c == '\\' || c == 0x7f;
    });
}

Response page_refusal(ApiContext& ctx, const Request& req, Status status,
                      const std::string& message) {
    if (status == Status::unauthorized) return login_needed(ctx, req, message);
    if (is_htmx(req)) {
        // Shown in place of the page's content, whatever part the request meant to swap.
        auto res = html_response(req, status, error_page_body(status, message));
        res.set("HX-Retarget", "#inhoud");
        res.set("HX-Reswap", "innerHTML");
        return res;
    }
    PageFrame frame;
    frame.title = status == Status::forbidden   ? "Geen toegang"
                  : status == Status::not_found ? "Niet gevonden"
                                                : "Dat lukte niet";
    frame.assets = asset_urls();
    return html_response(req, status, page(frame, error_page_body(status, message)));
}

namespace {

Outcome dispatch(ApiContext& ctx, const Request& req, const std::vector<std::string>& path,
                 const std::string& client) {
    if (path.empty()) {
        if (req.method() != bhttp::verb::get && req.method() != bhttp::verb::head)
            method_not_allowed();
        return page_home(ctx, req);
    }
    if (path[0] == "login" || path[0] == "uitloggen")
        return route_login_pages(ctx, req, path, client);
    if (path[0] == "beheer") return route_admin_pages(ctx, req, path);
    if (path[0] == "medewerkers") return route_staff_pages(ctx, req, path);
    if ((path[0] == "pin" && path.size() == 1) ||
        (path[0] == "groep" && path.size() == 3 && path[2] == "wissel"))
        return route_tablet_pages(ctx, req, path, client);
    if (path[0] == "groepen") return route_group_pages(ctx, req, path);
    // The parents' calendar feed: no session, the secret link is the key.
    if (path[0] == "agenda") return route_calendar_feed(ctx, req, path, client);
    if (path[0] == "gezin" && path.size() == 3 && path[2] == "agenda")
        return route_family_calendar_page(ctx, req, path, client);
    if (path[0] == "inzage" || (path[0] == "gezin" && path.size() == 3 && path[2] == "inzage"))
        return route_audit_pages(ctx, req, path, client);
    if (path[0] == "gezin" && path.size() >= 3 && path[2] == "bewaren")
        return route_retention_pages(ctx, req, path, client);
    if (path[0] == "gezin" && path.size() >= 3 && path[2] == "werkboek")
        return route_workbook_pages(ctx, req, path, client);
    if (path[0] == "gezin" &&
        ((path.size() == 2 && path[1] == "nieuw") || (path.size() >= 4 && path[2] == "kind")))
        return route_intake_pages(ctx, req, path, client);
    if (path[0] == "gezin") return route_family_pages(ctx, req, path, client);
    if (path[0] == "groep" && path.size() >= 2) {
        const std::string part = path.size() > 2 ? path[2] : "";
        if (part.empty() || part == "bord" || part == "aanwezig" || part == "afwezig" ||
            part == "begeleider" || part == "plan" || part == "groepjes")
            return route_today_pages(ctx, req, path);
        if (part == "patronen" || part == "kind" || part == "overdracht")
            return route_pattern_pages(ctx, req, path, client);
        if (part == "ankerpunt") return route_anchorpoint_pages(ctx, req, path, client);
        if (part == "limit") return route_limit_pages(ctx, req, path, client);
        if (part == "limits") return route_limits_register(ctx, req, path);
        if (part == "instellingen") return route_group_pages(ctx, req, path);
        if (part == "sessies") return route_session_pages(ctx, req, path);
    }
    not_found();
}

} // namespace

Outcome route_pages(ApiContext& ctx, const Request& req, const std::vector<std::string>& path,
                    const std::string& client) {
    if (!path.empty() && path[0] == "static") return route_static(req, path);
    try {
        try {
            return dispatch(ctx, req, path, client);
        } catch (const CsrfRefusal& e) {
            record_security_event(ctx, client, "csrf", e.account_name);
            throw;
        }
    } catch (const ApiError& e) {
        return page_refusal(ctx, req, e.status, e.what());
    } catch (const std::exception& e) {
        if (ctx.log)
            ctx.log(std::string(req.method_string()) + " " + std::string(path_of(req.target())) +
                    " failed: " + e.what());
        return page_refusal(ctx, req, Status::internal_server_error,
                            "Er ging iets mis in de planner; er is niets veranderd.");
    }
}

} // namespace dagritme::web
