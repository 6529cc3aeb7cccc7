// The planner's HTTP API: request in, response out, no socket. Routes under /api/ need a
// staff session (except login); writes need the session's CSRF token; roles are checked
// through domain/roles.hpp. Screens use their bearer token for /screen/, /media/ and the
// WebSocket. Every refusal is {"error": code, "message": text} and changes nothing.
// Used on the server's I/O thread only; expensive work (password checks, photos) is handed
// back as a Deferred whose first part may run on a worker thread.
#pragma once

#include "auth/login_throttle.hpp"
#include "domain/audit.hpp"
#include "domain/goals.hpp"
#include "domain/roles.hpp"
#include "http/board_hub.hpp"
#include "http/message.hpp"
#include "http/rate_limit.hpp"
#include "media/media_store.hpp"
#include "media/pictograms.hpp"
#include "store/accounts.hpp"
#include "store/screens.hpp"

#include <cstddef>
#include <functional>
#include <optional>
#include <variant>

namespace dagritme::web {

struct ApiContext {
    store::Database& db;
    media::MediaStore& media;
    media::PictogramCatalog& catalog;
    BoardHub& hub;
    std::function<std::int64_t()> now; // seconds since the epoch
    bool secure_cookies = false;       // set when served over TLS
    // Where unexpected failures are reported (thread-safe; may be empty).
    std::function<void(const std::string&)> log;
    auth::LoginThrottle login_throttle;
    // The development goals families choose from (config/goals.toml).
    GoalCatalogue goals;
    // How often a calendar link and an address may fetch the feed.
    FeedLimits feed_limits;
};

inline constexpr std::size_t json_body_limit = 64 * 1024;
inline constexpr std::size_t photo_body_limit = 10 * 1024 * 1024;
inline constexpr std::int64_t session_lifetime = 12 * 3600; // at most, from login
inline constexpr std::int64_t session_idle_limit = 30 * 60; // without a request
inline constexpr const char* session_cookie = "dagritme_session";

// The answer to a request that needs expensive work (a password check, a photo to re-encode).
// `work` runs on a worker thread and touches nothing the I/O thread owns (no database, no
// hub); the function it returns runs back on the I/O thread and makes the response. Neither
// throws: refusals are already responses. The request must outlive both.
struct Deferred {
    std::function<std::function<Response()>()> work;
};
using Outcome = std::variant<Response, Deferred>;

// What the header of a request allows before its body is read.
struct Admission {
    std::size_t body_limit = json_body_limit;
    std::optional<Response> refusal; // answer this without reading the body
    bool known = false;              // carries a valid staff session or screen token
};

class Api {
  public:
    explicit Api(ApiContext context);

    // `client` is the peer's address (login throttling, pairing per address).
    Outcome handle(const Request& req, const std::string& client = "");
    // handle() with any deferred work done on this thread: for tests and fuzzing.
    Response handle_now(const Request& req, const std::string& client = "");
    // Decided from the header alone: the session and role where the route needs them, and
    // the largest body the route takes. So no body is read for someone who may not send it.
    // `client` as for handle(): a refused CSRF token is logged with it.
    Admission admit(const Request& header, const std::string& client = "");
    // The screen whose bearer token the request carries (not revoked), or nothing.
    std::optional<store::Screen> screen(const Request& req);
    ApiContext& context() { return ctx_; }

  private:
    Outcome route(const Request& req, const std::string& client);
    // The answer to a request that may change something and came from another web site
    // (same_origin.hpp): 403, logged and a security event; nothing for any other request.
    std::optional<Response> refuse_cross_site(const Request& req, const std::string& client);
    ApiContext ctx_;
};

// --- for the route files -------------------------------------------------------------

// The live staff session of the request's cookie, or throws ApiError 401. The request keeps
// the session alive unless it is a page refreshing itself (header X-Poll: 1).
store::StaffSession require_session(ApiContext& ctx, const Request& req);
// What require_csrf() throws. The front doors (Api::admit, Api::handle, route_pages), which know
// the client's address, write it to the audit log as a security event before answering.
struct CsrfRefusal : ApiError {
    CsrfRefusal(std::string account_name_, const std::string& message)
        : ApiError(Status::forbidden, "csrf_failed", message),
          account_name(std::move(account_name_)) {}
    std::string account_name; // of the session that sent the form
};
// Throws CsrfRefusal (403) unless `sent` is the session's CSRF token.
void require_csrf(const store::StaffSession& session, std::string_view sent);
// Throws ApiError 403 unless the session's role may do `permission`.
void require_permission(const store::StaffSession& session, Permission permission);
// The staff session of the request, allowed `permission`; for writes (not GET/HEAD) with a
// matching X-CSRF-Token. Otherwise throws ApiError 401 or 403.
store::StaffSession require_staff(ApiContext& ctx, const Request& req, Permission permission);
// Throws ApiError 403 unless the session's account may see and work on `group` (its own groups
// for group leaders and mentors; every group for coordinators and admins). The one check of
// group scope, for the API and the pages alike.
void require_group_access(const store::StaffSession& session, const std::string& group);
// The one check of a family record's scope (DOMAIN.md "Privacy"): the family's own mentor,
// coordinators and admins, with the role's permission to read or write records. Writes the
// attempt to the audit log (`action` on `what`, from `client`) whatever the outcome, then
// throws ApiError 404 for a family that does not exist or 403 for anyone else.
// `also`: a further permission the role needs for this part of the record (read_audit_log).
void require_family_access(ApiContext& ctx, const store::StaffSession& session,
                           std::int64_t family_id, AuditAction action, const std::string& what,
                           const std::string& client, std::optional<Permission> also = {});
// Children's care data (anchorpoints, limit violations, patterns, the handover): the group whose
// page it is, and every child whose data the request shows or changes.
struct CareSubject {
    std::string group_id;
    std::vector<std::int64_t> children;
};
enum class CareRecord {
    every_attempt, // a read, export or change of care data
    refusals_only, // a page of the group that shows no care data yet (an empty form)
};
// The one check of care data (DOMAIN.md "Privacy"): the role's `permission` and the group's
// scope, as require_permission and require_group_access. Writes the attempt to the audit log,
// one row naming the group and its children (`action` on `what`, from `client`), then throws
// ApiError 403 for a role without the permission or an account outside the group.
void require_care_access(ApiContext& ctx, const store::StaffSession& session, Permission permission,
                         const CareSubject& subject, AuditAction action, const std::string& what,
                         const std::string& client, CareRecord record = CareRecord::every_attempt);
// An audit entry of what the session's account did (`action` on `what`, from `client`).
AuditEntry staff_audit_entry(ApiContext& ctx, const store::StaffSession& session,
                             AuditAction action, const std::string& what, const std::string& client,
                             bool allowed);

// How long identical security events (from one address, of one kind) count into one row of
// the audit log, so a flood of them adds a row a minute, not a row each. Security events are
// written through ctx.db: on the I/O thread (a Deferred's finishing step, not its work).
inline constexpr std::int64_t security_event_window = 60;
// Appends a security event (a failed or throttled login, a CSRF or Origin refusal) to the audit
// log.
void record_security_event(ApiContext& ctx, const std::string& client, const std::string& what,
                           const std::string& account_name = "");

// The screen of the bearer token, or throws ApiError 401.
store::Screen require_screen(ApiContext& ctx, const Request& req);

Outcome route_auth(ApiContext& ctx, const Request& req, const std::vector<std::string>& path,
                   const std::string& client);
Response route_groups(ApiContext& ctx, const Request& req, const std::vector<std::string>& path);
Outcome route_people(ApiContext& ctx, const Request& req, const std::vector<std::string>& path);
Response route_screens(ApiContext& ctx, const Request& req, const std::vector<std::string>& path);
Response route_screen_side(ApiContext& ctx, const Request& req,
                           const std::vector<std::string>& path, const std::string& client);
Response route_media(ApiContext& ctx, const Request& req, const std::vector<std::string>& path);

// What `check` throws, as the request's error response; nothing when it does not throw.
std::optional<Response> refusal_from(const ApiContext& ctx, const Request& req,
                                     const std::function<void()>& check);
// Runs `respond`, turning what it throws into the error response of the request.
Response respond_safely(const ApiContext& ctx, const Request& req,
                        const std::function<Response()>& respond);
// A Deferred whose work and finishing step both answer errors as responses.
Deferred defer(const ApiContext& ctx, const Request& req,
               std::function<std::function<Response()>()> work);

[[noreturn]] void not_found();
[[noreturn]] void method_not_allowed();

} // namespace dagritme::web
