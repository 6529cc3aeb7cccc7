// POST /api/login, POST /api/logout, GET /api/me.
#include "auth/secrets.hpp"
#include "http/api.hpp"
#include "http/login.hpp"
#include "store/tablet.hpp"

#include <boost/beast/http/verb.hpp>

namespace dagritme::web {
namespace bhttp = boost::beast::http;

std::string session_cookie_header(const std::string& value, std::int64_t max_age, bool secure) {
    return std::string(session_cookie) + "=" + value +
           "; Path=/; HttpOnly; SameSite=Strict; Max-Age=" + std::to_string(max_age) +
           (secure ? "; Secure" : "");
}

namespace {

std::string wait_message(std::chrono::seconds wait) {
    const auto seconds = wait.count();
    if (seconds < 120)
        return "Te veel mislukte pogingen; probeer het over " + std::to_string(seconds) +
               " seconden opnieuw.";
    return "Te veel mislukte pogingen; probeer het over " + std::to_string((seconds + 59) / 60) +
           " minuten opnieuw.";
}

// A new session of `account`: a whole one, or with `tablet_group` a short one on that group's
// tablet (opened with a PIN).
NewSession start_session(ApiContext& ctx, const store::Account& account,
                         const std::string& tablet_group = "") {
    NewSession session{auth::random_token(), auth::random_token()};
    const auto now = ctx.now();
    store::Transaction tx{ctx.db};
    store::remove_expired_sessions(ctx.db, now);
    if (tablet_group.empty())
        store::add_session(ctx.db, auth::token_hash(session.token), account.id, session.csrf, now,
                           now + session_lifetime);
    else
        store::add_tablet_session(ctx.db, auth::token_hash(session.token), account.id, session.csrf,
                                  now, now + tablet_session_lifetime, tablet_group);
    tx.commit();
    return session;
}

// The throttle, the secret checked against `stored_hash` on a worker thread (a dummy hash when
// there is none, so timing does not tell which names exist), and the session: shared by the
// password and the PIN.
Outcome check_secret(ApiContext& ctx, const Request& req, const std::string& client,
                     const std::string& name, std::string secret,
                     std::optional<store::Account> account, std::optional<std::string> stored_hash,
                     const std::string& tablet_group, const char* wrong,
                     std::function<Response(const store::Account&, const NewSession&)> done,
                     std::function<Response(const ApiError&)> refused) {
    // From here the try is counted as failed and in flight: finish() must follow, whatever
    // happens to the check.
    auto finish = [&ctx, client, name](bool ok) { // on the I/O thread
        if (auto alert =
                ctx.login_throttle.finished(client, name, ok, auth::LoginThrottle::Clock::now()))
            if (ctx.log) ctx.log(*alert);
        if (!ok) record_security_event(ctx, client, "login_failed", name);
    };
    if (!account) stored_hash.reset();
    return Deferred{[&ctx, &req, account = std::move(account), secret = std::move(secret),
                     stored_hash = std::move(stored_hash), tablet_group, wrong,
                     done = std::move(done), refused = std::move(refused),
                     finish]() -> std::function<Response()> {
        bool ok = false;
        try {
            static const std::string dummy = auth::hash_password("not a password of anyone");
            ok = auth::verify_password(secret, stored_hash.value_or(dummy)) && stored_hash;
        } catch (const std::exception& e) { // out of memory: answered as a failed try
            if (ctx.log) ctx.log(std::string("password check failed: ") + e.what());
        }
        return [&ctx, &req, ok, account, tablet_group, wrong, done, refused, finish] {
            finish(ok);
            return respond_safely(ctx, req, [&]() -> Response {
                if (!ok) return refused(ApiError(Status::unauthorized, "login_failed", wrong));
                return done(*account, start_session(ctx, *account, tablet_group));
            });
        };
    }};
}

// The throttle's refusal of a try by `name` from `client`, if it refuses.
std::optional<Response> throttled(ApiContext& ctx, const std::string& client,
                                  const std::string& name,
                                  const std::function<Response(const ApiError&)>& refused) {
    const auto admission =
        ctx.login_throttle.begin(client, name, auth::LoginThrottle::Clock::now());
    if (admission.wait.count() > 0) {
        ApiError refusal(Status::too_many_requests, "too_many_logins",
                         wait_message(admission.wait));
        refusal.retry_after = admission.wait.count();
        if (ctx.log) ctx.log("login throttled for " + client);
        record_security_event(ctx, client, "login_throttled", name);
        return refused(refusal);
    }
    if (admission.busy) {
        ApiError refusal(Status::too_many_requests, "login_busy",
                         "Er wordt al ingelogd; probeer het over een paar seconden opnieuw.");
        refusal.retry_after = 2;
        record_security_event(ctx, client, "login_throttled", name);
        return refused(refusal);
    }
    return std::nullopt;
}

} // namespace

Outcome check_login(ApiContext& ctx, const Request& req, const std::string& client,
                    std::string name, std::string password,
                    std::function<Response(const store::Account&, const NewSession&)> done,
                    std::function<Response(const ApiError&)> refused) {
    if (auto refusal = throttled(ctx, client, name, refused)) return std::move(*refusal);
    auto account = store::find_account(ctx.db, name);
    std::optional<std::string> hash;
    if (account) hash = account->password_hash;
    return check_secret(ctx, req, client, name, std::move(password), std::move(account),
                        std::move(hash), "", "Naam of wachtwoord klopt niet.", std::move(done),
                        std::move(refused));
}

Outcome check_tablet_pin(ApiContext& ctx, const Request& req, const std::string& client,
                         const std::string& group_id, std::string name, std::string pin,
                         std::function<Response(const store::Account&, const NewSession&)> done,
                         std::function<Response(const ApiError&)> refused) {
    if (auto refusal = throttled(ctx, client, name, refused)) return std::move(*refusal);
    auto account = store::find_account(ctx.db, name);
    auto hash = store::tablet_pin_hash(ctx.db, group_id, name);
    return check_secret(ctx, req, client, name, std::move(pin), std::move(account), std::move(hash),
                        group_id, "Deze PIN klopt niet.", std::move(done), std::move(refused));
}

void end_session(ApiContext& ctx, const Request& req) {
    store::Transaction tx{ctx.db};
    store::remove_session(ctx.db, auth::token_hash(cookie(req, session_cookie)));
    tx.commit();
}

namespace {

// POST /api/login {"name", "password"}: the session cookie and {"name", "role", "csrf"}.
Outcome login(ApiContext& ctx, const Request& req, const std::string& client) {
    const auto body = json_body(req);
    JsonFields fields(body);
    auto name = fields.string("name", 100);
    auto password = fields.string("password", 1000);
    fields.finish();
    return check_login(
        ctx, req, client, std::move(name), std::move(password),
        [&ctx, &req](const store::Account& account, const NewSession& session) {
            auto res = json_response(
                req, Status::ok,
                {{"name", account.name}, {"role", name_of(account.role)}, {"csrf", session.csrf}});
            res.set(bhttp::field::set_cookie,
                    session_cookie_header(session.token, session_lifetime, ctx.secure_cookies));
            return res;
        },
        [](const ApiError& e) -> Response { throw e; });
}

Response logout(ApiContext& ctx, const Request& req) {
    require_staff(ctx, req, Permission::read_day); // a logged-in session with its CSRF token
    end_session(ctx, req);
    auto res = json_response(req, Status::ok, {{"status", "logged_out"}});
    res.set(bhttp::field::set_cookie, session_cookie_header("", 0, ctx.secure_cookies));
    return res;
}

} // namespace

Outcome route_auth(ApiContext& ctx, const Request& req, const std::vector<std::string>& path,
                   const std::string& client) {
    if (path.size() != 2) not_found();
    if (path[1] == "login") {
        if (req.method() != bhttp::verb::post) method_not_allowed();
        return login(ctx, req, client);
    }
    if (path[1] == "logout") {
        if (req.method() != bhttp::verb::post) method_not_allowed();
        return logout(ctx, req);
    }
    if (req.method() != bhttp::verb::get) method_not_allowed();
    const auto session = require_staff(ctx, req, Permission::read_day);
    return json_response(req, Status::ok,
                         {{"name", session.account.name},
                          {"role", name_of(session.account.role)},
                          {"csrf", session.csrf_token}});
}

} // namespace dagritme::web
