// POST /api/login, POST /api/logout, GET /api/me.
#include "auth/secrets.hpp"
#include "http/api.hpp"
#include "http/login.hpp"

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

NewSession start_session(ApiContext& ctx, const store::Account& account) {
    NewSession session{auth::random_token(), auth::random_token()};
    const auto now = ctx.now();
    store::Transaction tx{ctx.db};
    store::remove_expired_sessions(ctx.db, now);
    store::add_session(ctx.db, auth::token_hash(session.token), account.id, session.csrf, now,
                       now + session_lifetime);
    tx.commit();
    return session;
}

} // namespace

Outcome check_login(ApiContext& ctx, const Request& req, const std::string& client,
                    std::string name, std::string password,
                    std::function<Response(const store::Account&, const NewSession&)> done,
                    std::function<Response(const ApiError&)> refused) {
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
    // From here the try is counted as failed and in flight: finish() must follow, whatever
    // happens to the password check.
    auto account = store::find_account(ctx.db, name);
    auto finish = [&ctx, client, name](bool ok) { // on the I/O thread
        if (auto alert =
                ctx.login_throttle.finished(client, name, ok, auth::LoginThrottle::Clock::now()))
            if (ctx.log) ctx.log(*alert);
        if (!ok) record_security_event(ctx, client, "login_failed", name);
    };
    return Deferred{[&ctx, &req, account = std::move(account), password = std::move(password),
                     done = std::move(done), refused = std::move(refused),
                     finish]() -> std::function<Response()> {
        bool ok = false;
        try {
            // Verify against a dummy hash for unknown names, so timing does not tell which
            // names exist.
            static const std::string dummy = auth::hash_password("not a password of anyone");
            ok = auth::verify_password(password, account ? account->password_hash : dummy) &&
                 account;
        } catch (const std::exception& e) { // out of memory: answered as a failed try
            if (ctx.log) ctx.log(std::string("password check failed: ") + e.what());
        }
        return [&ctx, &req, ok, account, done, refused, finish] {
            finish(ok);
            return respond_safely(ctx, req, [&]() -> Response {
                if (!ok)
                    return refused(ApiError(Status::unauthorized, "login_failed",
                                            "Naam of wachtwoord klopt niet."));
                return done(*account, start_session(ctx, *account));
            });
        };
    }};
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
