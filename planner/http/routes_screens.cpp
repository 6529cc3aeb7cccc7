// Wall screens. Staff (admin): GET /api/screens, POST /api/screens/pair, DELETE /api/screens/ID.
// The display: POST /screen/pairing, POST /screen/pairing/status, GET /screen/board.
#include "http/api.hpp"

#include "app/screen_pairing.hpp"
#include "http/problem_words.hpp"

#include <boost/beast/http/verb.hpp>

namespace dagritme::web {
namespace bhttp = boost::beast::http;
namespace {

nlohmann::json screen_json(const store::Screen& s) {
    return {{"id", s.id},
            {"group", s.group_id},
            {"name", s.name},
            {"created_at", s.created_at},
            {"revoked", s.revoked_at.has_value()}};
}

Response pair(ApiContext& ctx, const Request& req) {
    const auto body = json_body(req);
    JsonFields fields(body);
    const auto code = fields.string("code", 6);
    if (code.size() != 6 || code.find_first_not_of("0123456789") != std::string::npos)
        fields.fail("code", "verwacht zes cijfers");
    const auto group = fields.string("group", 40);
    const auto name = fields.string("name", 80);
    fields.finish();
    auto result = app::pair(ctx.db, code, group, name, ctx.now());
    if (const auto* problem = std::get_if<app::PairingProblem>(&result))
        throw refusal(*problem, group, code);
    return json_response(req, Status::created, screen_json(std::get<store::Screen>(result)));
}

Response revoke(ApiContext& ctx, const Request& req, const std::string& id_text) {
    const auto id = path_id(id_text);
    if (!app::revoke_screen(ctx.db, id, ctx.now()))
        throw ApiError(Status::not_found, "unknown_screen",
                       "Geen actief scherm met id " + id_text + ".");
    ctx.hub.close_revoked(
        [&](const std::string& hash) { return store::screen_by_token(ctx.db, hash).has_value(); });
    return json_response(req, Status::ok, {{"revoked", id}});
}

} // namespace

Response route_screens(ApiContext& ctx, const Request& req, const std::vector<std::string>& path) {
    require_staff(ctx, req, Permission::manage_screens);
    if (path.size() == 2 && req.method() == bhttp::verb::get) {
        nlohmann::json list = nlohmann::json::array();
        for (const auto& s : store::list_screens(ctx.db))
            list.push_back(screen_json(s));
        return json_response(req, Status::ok, {{"screens", list}});
    }
    if (path.size() == 3 && path[2] == "pair") {
        if (req.method() != bhttp::verb::post) method_not_allowed();
        return pair(ctx, req);
    }
    if (path.size() == 3 && req.method() == bhttp::verb::delete_) return revoke(ctx, req, path[2]);
    if (path.size() <= 3) method_not_allowed();
    not_found();
}

Response route_screen_side(ApiContext& ctx, const Request& req,
                           const std::vector<std::string>& path, const std::string& client) {
    if (path == std::vector<std::string>{"screen", "pairing"}) {
        if (req.method() != bhttp::verb::post) method_not_allowed();
        const auto request = app::request_pairing(ctx.db, client, ctx.now());
        if (!request)
            throw ApiError(
                Status::too_many_requests, "too_many_pairings",
                "Te veel schermen wachten op koppeling; probeer het over een kwartier opnieuw.");
        return json_response(req, Status::created,
                             {{"code", request->code},
                              {"secret", request->secret},
                              {"expires_in", app::pairing_lifetime}});
    }
    if (path == std::vector<std::string>{"screen", "pairing", "status"}) {
        if (req.method() != bhttp::verb::post) method_not_allowed();
        const auto body = json_body(req);
        JsonFields fields(body);
        const auto secret = fields.string("secret", 64);
        fields.finish();
        const auto status = app::collect_pairing(ctx.db, secret, ctx.now());
        if (!status)
            throw ApiError(Status::not_found, "unknown_pairing",
                           "Deze koppelcode is onbekend of verlopen.");
        if (!status->paired) return json_response(req, Status::ok, {{"status", "waiting"}});
        return json_response(req, Status::ok,
                             {{"status", "paired"},
                              {"token", status->token},
                              {"group", status->group_id},
                              {"name", status->name}});
    }
    if (path == std::vector<std::string>{"screen", "board"}) {
        if (req.method() != bhttp::verb::get) method_not_allowed();
        const auto screen = require_screen(ctx, req);
        const auto message = ctx.hub.current(screen.group_id);
        if (!message) not_found();
        return bytes_response(req, Status::ok, *message, "application/json");
    }
    not_found();
}

} // namespace dagritme::web
