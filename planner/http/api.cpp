// The API's front door: admission from the header, session and CSRF checks, routing.
#include "http/api.hpp"

#include "auth/secrets.hpp"
#include "http/pages.hpp"
#include "http/same_origin.hpp"
#include "store/audit.hpp"

#include <boost/beast/http/verb.hpp>

#include <charconv>

namespace dagritme::web {
namespace bhttp = boost::beast::http;

void not_found() {
    throw ApiError(Status::not_found, "not_found", "Deze pagina of dit onderdeel bestaat niet.");
}
void method_not_allowed() {
    throw ApiError(Status::method_not_allowed, "method_not_allowed", "Deze methode kan hier niet.");
}

Api::Api(ApiContext context) : ctx_(std::move(context)) {}

namespace {

bool is_photo_path(const std::vector<std::string>& path) {
    return path.size() == 4 && path[0] == "api" && path[3] == "photo";
}

Response refusal_of(const Request& req, const ApiError& e) {
    auto res = error_response(req, e.status, e.code, e.what());
    if (e.status == Status::unauthorized && req.target().starts_with("/screen"))
        res.set(bhttp::field::www_authenticate, "Bearer");
    if (e.retry_after) res.set(bhttp::field::retry_after, std::to_string(*e.retry_after));
    return res;
}

} // namespace

std::optional<Response> refusal_from(const ApiContext& ctx, const Request& req,
                                     const std::function<void()>& check) {
    try {
        check();
        return std::nullopt;
    } catch (const ApiError& e) {
        return refusal_of(req, e);
    } catch (const std::exception& e) {
        if (ctx.log)
            ctx.log(std::string(req.method_string()) + " " + std::string(path_of(req.target())) +
                    " failed: " + e.what());
        return error_response(req, Status::internal_server_error, "internal",
                              "Er ging iets mis in de planner; er is niets veranderd.");
    }
}

Response respond_safely(const ApiContext& ctx, const Request& req,
                        const std::function<Response()>& respond) {
    Response res;
    if (auto refused = refusal_from(ctx, req, [&] { res = respond(); })) return std::move(*refused);
    return res;
}

Deferred defer(const ApiContext& ctx, const Request& req,
               std::function<std::function<Response()>()> work) {
    return Deferred{[&ctx, &req, work = std::move(work)]() -> std::function<Response()> {
        std::function<Response()> finish;
        if (auto refused = refusal_from(ctx, req, [&] { finish = work(); }))
            return [refused = std::move(*refused)] { return refused; };
        return
            [&ctx, &req, finish = std::move(finish)] { return respond_safely(ctx, req, finish); };
    }};
}

std::optional<Response> Api::refuse_cross_site(const Request& req, const std::string& client) {
    const auto origin = foreign_origin(req);
    if (!origin) return std::nullopt;
    if (ctx_.log)
        ctx_.log("refused " + std::string(req.method_string()) + " " +
                 std::string(path_of(req.target())) + " from another site (" + *origin + ") for " +
                 client);
    record_security_event(ctx_, client, "origin");
    const std::string message = "Dit verzoek kwam van een andere website en is niet "
                                "uitgevoerd. Gebruik de pagina's van de planner zelf.";
    const auto path = path_segments(req.target());
    const bool page = path.empty() || (path[0] != "api" && path[0] != "media" &&
                                       path[0] != "screen" && path[0] != "healthz");
    if (page) return page_refusal(ctx_, req, Status::forbidden, message);
    return error_response(req, Status::forbidden, "cross_site", message);
}

Admission Api::admit(const Request& header, const std::string& client) {
    const auto path = path_segments(header.target());
    Admission admission{is_photo_path(path) ? photo_body_limit : json_body_limit, std::nullopt};
    // Before anything else: a form or script of another web site is never carried out, not
    // even as far as the login page (which would carry its fields).
    if ((admission.refusal = refuse_cross_site(header, client))) return admission;
    admission.refusal = refusal_from(ctx_, header, [&] {
        if (path.size() >= 2 && path[0] == "api" && path[1] != "login") {
            try {
                require_staff(ctx_, header,
                              is_photo_path(path) ? Permission::upload_photo
                                                  : Permission::read_day);
            } catch (const CsrfRefusal& e) {
                record_security_event(ctx_, client, "csrf", e.account_name);
                throw;
            }
            admission.known = true;
        } else if (header.count(bhttp::field::authorization)) {
            admission.known = screen(header).has_value();
        } else if (!cookie(header, session_cookie).empty()) {
            // A staff page: its route asks for the session itself (or shows the login), but a
            // live session earns the capacity kept for known clients here already.
            try {
                require_session(ctx_, header);
                admission.known = true;
            } catch (const ApiError&) {
            }
        }
    });
    if (admission.refusal) return admission;
    if (const auto length = header.find(bhttp::field::content_length); length != header.end()) {
        std::uint64_t declared = 0;
        const auto text = length->value();
        const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), declared);
        if (ec == std::errc{} && end == text.data() + text.size() &&
            declared > admission.body_limit)
            admission.refusal = error_response(header, Status::payload_too_large, "body_too_large",
                                               "De aanvraag is te groot.");
    }
    return admission;
}

Outcome Api::handle(const Request& req, const std::string& client) {
    Outcome outcome;
    if (auto refused = refusal_from(ctx_, req, [&] {
            try {
                outcome = route(req, client);
            } catch (const CsrfRefusal& e) {
                record_security_event(ctx_, client, "csrf", e.account_name);
                throw;
            }
        }))
        return std::move(*refused);
    return outcome;
}

Response Api::handle_now(const Request& req, const std::string& client) {
    auto outcome = handle(req, client);
    if (auto* deferred = std::get_if<Deferred>(&outcome)) return deferred->work()();
    return std::get<Response>(std::move(outcome));
}

Outcome Api::route(const Request& req, const std::string& client) {
    const auto path = path_segments(req.target());
    if (auto refused = refuse_cross_site(req, client)) return std::move(*refused);
    if (path.empty() ||
        (path[0] != "api" && path[0] != "media" && path[0] != "screen" && path[0] != "healthz"))
        return route_pages(ctx_, req, path, client);
    if (path == std::vector<std::string>{"healthz"}) {
        if (req.method() != bhttp::verb::get && req.method() != bhttp::verb::head)
            method_not_allowed();
        return json_response(req, Status::ok, {{"status", "ok"}});
    }
    if (path[0] == "media") return route_media(ctx_, req, path);
    if (path[0] == "screen") return route_screen_side(ctx_, req, path, client);
    if (path[0] != "api" || path.size() < 2) not_found();
    if (path[1] == "login" || path[1] == "logout" || path[1] == "me")
        return route_auth(ctx_, req, path, client);
    if (path[1] == "groups") return route_groups(ctx_, req, path);
    if (path[1] == "children" || path[1] == "staff") return route_people(ctx_, req, path);
    if (path[1] == "screens") return route_screens(ctx_, req, path);
    not_found();
}

std::optional<store::Screen> Api::screen(const Request& req) {
    try {
        return require_screen(ctx_, req);
    } catch (const ApiError&) {
        return std::nullopt;
    }
}

store::StaffSession require_session(ApiContext& ctx, const Request& req) {
    const auto token = cookie(req, session_cookie);
    if (token.empty()) throw ApiError(Status::unauthorized, "not_logged_in", "Log eerst in.");
    const auto now = ctx.now();
    const auto hash = auth::token_hash(token);
    auto session = store::find_session(ctx.db, hash, now, session_idle_limit);
    if (!session)
        throw ApiError(Status::unauthorized, "not_logged_in",
                       "Je sessie is verlopen; log opnieuw in.");
    // Written at most once a minute, so reading a page costs no disk write. A page refreshing
    // itself (X-Poll) is no activity: a tablet left on Vandaag still logs out when idle.
    if (now - session->last_seen >= 60 && req["X-Poll"] != "1") {
        store::Transaction tx{ctx.db};
        store::touch_session(ctx.db, hash, now);
        tx.commit();
    }
    return *session;
}

void require_csrf(const store::StaffSession& session, std::string_view sent) {
    if (!auth::same_secret(sent, session.csrf_token))
        throw CsrfRefusal(session.account.name,
                          "Deze wijziging mist het juiste CSRF-token; laad de pagina opnieuw.");
}

void require_permission(const store::StaffSession& session, Permission permission) {
    if (!may(session.account.role, permission))
        throw ApiError(Status::forbidden, "forbidden",
                       "Dit mag je rol (" + std::string(name_of(session.account.role)) + ") niet.");
}

store::StaffSession require_staff(ApiContext& ctx, const Request& req, Permission permission) {
    auto session = require_session(ctx, req);
    const bool write = req.method() != bhttp::verb::get && req.method() != bhttp::verb::head;
    if (write) {
        const auto sent = req["X-CSRF-Token"];
        require_csrf(session, std::string_view(sent.data(), sent.size()));
    }
    require_permission(session, permission);
    return session;
}

void require_group_access(const store::StaffSession& session, const std::string& group) {
    if (!may_see_group(session.account.role, session.account.groups, group))
        throw ApiError(Status::forbidden, "other_group",
                       "Deze groep hoort niet bij jouw account; vraag de coördinator.");
}

void require_family_access(ApiContext& ctx, const store::StaffSession& session,
                           std::int64_t family_id, AuditAction action, const std::string& what,
                           const std::string& client, std::optional<Permission> also) {
    const bool write = action != AuditAction::read && action != AuditAction::print &&
                       action != AuditAction::export_record;
    const auto mentor = store::family_mentor_account(ctx.db, family_id);
    const auto& account = session.account;
    const bool allowed =
        mentor && may(account.role, write ? Permission::write_family : Permission::read_family) &&
        may_open_family(account.role, account.id, *mentor) && (!also || may(account.role, *also));
    auto entry = staff_audit_entry(ctx, session, action, what, client, allowed);
    entry.family_id = family_id;
    store::append_audit(ctx.db, entry);
    if (!mentor) throw ApiError(Status::not_found, "unknown_family", "Dit gezin bestaat niet.");
    if (!allowed)
        throw ApiError(Status::forbidden, "not_your_family",
                       "Dit gezinsdossier is alleen voor de mentor van het gezin en de "
                       "coördinator. Deze poging is vastgelegd.");
}

AuditEntry staff_audit_entry(ApiContext& ctx, const store::StaffSession& session,
                             AuditAction action, const std::string& what, const std::string& client,
                             bool allowed) {
    AuditEntry entry;
    entry.at = ctx.now();
    entry.account_id = session.account.id;
    entry.account = session.account.name;
    entry.role = std::string(name_of(session.account.role));
    entry.action = action;
    entry.what = what;
    entry.client = client;
    entry.outcome = allowed ? AuditOutcome::allowed : AuditOutcome::refused;
    return entry;
}

void require_care_access(ApiContext& ctx, const store::StaffSession& session, Permission permission,
                         const CareSubject& subject, AuditAction action, const std::string& what,
                         const std::string& client, CareRecord record) {
    const auto& account = session.account;
    const bool in_group = may_see_group(account.role, account.groups, subject.group_id);
    const bool allowed = in_group && may(account.role, permission);
    if (!allowed || record == CareRecord::every_attempt) {
        auto entry = staff_audit_entry(ctx, session, action, what, client, allowed);
        entry.kind = AuditKind::care;
        entry.group_id = subject.group_id;
        entry.children = subject.children;
        if (subject.children.size() == 1) entry.child_id = subject.children.front();
        store::append_audit(ctx.db, entry);
    }
    if (!in_group)
        throw ApiError(Status::forbidden, "other_group",
                       "Deze groep hoort niet bij jouw account; vraag de coördinator. Deze "
                       "poging is vastgelegd.");
    if (!allowed)
        throw ApiError(Status::forbidden, "forbidden",
                       "Dit mag je rol (" + std::string(name_of(account.role)) +
                           ") niet. Deze poging is vastgelegd.");
}

void record_security_event(ApiContext& ctx, const std::string& client, const std::string& what,
                           const std::string& account_name) {
    AuditEntry entry;
    entry.at = ctx.now();
    entry.kind = AuditKind::security;
    entry.account = account_name;
    entry.action = AuditAction::attempt;
    entry.what = what;
    entry.client = client;
    entry.outcome = AuditOutcome::refused;
    // Per address and kind of event, not per account name: a flood of guessed names from one
    // address still adds one row a minute (naming the first).
    entry.count_key = "security\n" + client + "\n" + what;
    store::count_audit(ctx.db, entry, security_event_window);
}

store::Screen require_screen(ApiContext& ctx, const Request& req) {
    const auto header = req[bhttp::field::authorization];
    const std::string_view value(header.data(), header.size());
    constexpr std::string_view prefix = "Bearer ";
    if (!value.starts_with(prefix) || value.size() != prefix.size() + 64)
        throw ApiError(Status::unauthorized, "no_screen_token", "Dit scherm is niet gekoppeld.");
    auto screen = store::screen_by_token(ctx.db, auth::token_hash(value.substr(prefix.size())));
    if (!screen)
        throw ApiError(Status::unauthorized, "bad_screen_token",
                       "Dit scherm is niet (meer) gekoppeld; koppel het opnieuw.");
    return *screen;
}

} // namespace dagritme::web
