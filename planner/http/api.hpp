// The planner's HTTP API: request in, response out, no socket. Routes under /api/ need a
// staff session (except login); writes need the session's CSRF token; roles are checked
// through domain/roles.hpp. Screens use their bearer token for /screen/, /media/ and the
// WebSocket. Every refusal is {"error": code, "message": text} and changes nothing.
// Used on the server's I/O thread only.
#pragma once

#include "domain/roles.hpp"
#include "http/board_hub.hpp"
#include "http/message.hpp"
#include "media/media_store.hpp"
#include "media/pictograms.hpp"
#include "store/accounts.hpp"
#include "store/screens.hpp"

#include <cstddef>
#include <functional>
#include <optional>

namespace dagritme::web {

struct ApiContext {
    store::Database& db;
    media::MediaStore& media;
    media::PictogramCatalog& catalog;
    BoardHub& hub;
    std::function<std::int64_t()> now; // seconds since the epoch
    bool secure_cookies = false;       // set when served over TLS
};

inline constexpr std::size_t json_body_limit = 64 * 1024;
inline constexpr std::size_t photo_body_limit = 10 * 1024 * 1024;
inline constexpr std::int64_t session_lifetime = 12 * 3600;
inline constexpr const char* session_cookie = "dagritme_session";

class Api {
public:
    explicit Api(ApiContext context);

    Response handle(const Request& req);
    // The largest body this request may have, decided from its header alone.
    std::size_t body_limit(const Request& header) const;
    // The screen whose bearer token the request carries (not revoked), or nothing.
    std::optional<store::Screen> screen(const Request& req);
    ApiContext& context() { return ctx_; }

private:
    Response route(const Request& req);
    ApiContext ctx_;
};

// --- for the route files -------------------------------------------------------------

// The staff session of the request, allowed `permission`; for writes (not GET/HEAD) with a
// matching X-CSRF-Token. Otherwise throws ApiError 401 or 403.
store::StaffSession require_staff(ApiContext& ctx, const Request& req, Permission permission);
// The screen of the bearer token, or throws ApiError 401.
store::Screen require_screen(ApiContext& ctx, const Request& req);

Response route_auth(ApiContext& ctx, const Request& req, const std::vector<std::string>& path);
Response route_groups(ApiContext& ctx, const Request& req, const std::vector<std::string>& path);
Response route_people(ApiContext& ctx, const Request& req, const std::vector<std::string>& path);
Response route_screens(ApiContext& ctx, const Request& req, const std::vector<std::string>& path);
Response route_screen_side(ApiContext& ctx, const Request& req, const std::vector<std::string>& path);
Response route_media(ApiContext& ctx, const Request& req, const std::vector<std::string>& path);

[[noreturn]] void not_found();
[[noreturn]] void method_not_allowed();

} // namespace dagritme::web
