#include "http/api.hpp"

#include "auth/secrets.hpp"

#include <boost/beast/http/verb.hpp>

namespace dagritme::web {
namespace bhttp = boost::beast::http;

void not_found() { throw ApiError(Status::not_found, "not_found", "Deze pagina of dit onderdeel bestaat niet."); }
void method_not_allowed() {
    throw ApiError(Status::method_not_allowed, "method_not_allowed", "Deze methode kan hier niet.");
}

Api::Api(ApiContext context) : ctx_(std::move(context)) {}

std::size_t Api::body_limit(const Request& header) const {
    const auto path = path_segments(header.target());
    const bool photo = path.size() == 4 && path[0] == "api" && path[3] == "photo";
    return photo ? photo_body_limit : json_body_limit;
}

Response Api::handle(const Request& req) {
    try {
        return route(req);
    } catch (const ApiError& e) {
        auto res = error_response(req, e.status, e.code, e.what());
        if (e.status == Status::unauthorized && req.target().starts_with("/screen"))
            res.set(bhttp::field::www_authenticate, "Bearer");
        return res;
    } catch (const std::exception& e) {
        return error_response(req, Status::internal_server_error, "internal",
                              "Er ging iets mis in de planner; er is niets veranderd.");
    }
}

Response Api::route(const Request& req) {
    const auto path = path_segments(req.target());
    if (path.empty()) not_found();
    if (path == std::vector<std::string>{"healthz"}) {
        if (req.method() != bhttp::verb::get && req.method() != bhttp::verb::head) method_not_allowed();
        return json_response(req, Status::ok, {{"status", "ok"}});
    }
    if (path[0] == "media") return route_media(ctx_, req, path);
    if (path[0] == "screen") return route_screen_side(ctx_, req, path);
    if (path[0] != "api" || path.size() < 2) not_found();
    if (path[1] == "login" || path[1] == "logout" || path[1] == "me") return route_auth(ctx_, req, path);
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

store::StaffSession require_staff(ApiContext& ctx, const Request& req, Permission permission) {
    const auto token = cookie(req, session_cookie);
    if (token.empty())
        throw ApiError(Status::unauthorized, "not_logged_in", "Log eerst in.");
    auto session = store::find_session(ctx.db, auth::token_hash(token), ctx.now());
    if (!session)
        throw ApiError(Status::unauthorized, "not_logged_in", "Je sessie is verlopen; log opnieuw in.");
    const bool write = req.method() != bhttp::verb::get && req.method() != bhttp::verb::head;
    if (write) {
        const auto sent = req["X-CSRF-Token"];
        if (!auth::same_secret(std::string_view(sent.data(), sent.size()), session->csrf_token))
            throw ApiError(Status::forbidden, "csrf_failed",
                           "Deze wijziging mist het juiste CSRF-token; laad de pagina opnieuw.");
    }
    if (!may(session->account.role, permission))
        throw ApiError(Status::forbidden, "forbidden", "Dit mag je rol (" +
                                                           std::string(name_of(session->account.role)) + ") niet.");
    return *session;
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
