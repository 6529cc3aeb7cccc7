// Logging in, shared by POST /api/login and the login page: the throttle, the password check
// on a worker thread (Argon2id, about a tenth of a second), and the new session.
#pragma once

#include "domain/tablet_pin.hpp"
#include "http/api.hpp"

#include <functional>
#include <string>

namespace dagritme::web {

struct NewSession {
    std::string token; // the cookie's value
    std::string csrf;
};

// Checks `name` and `password` of a login from `client`. When they match, a session starts and
// `done` makes the response (the caller adds the cookie with session_cookie_header); a refusal
// (wrong name or password: 401 login_failed; too many attempts: 429 too_many_logins) goes to
// `refused`. Both run on the I/O thread.
Outcome check_login(ApiContext& ctx, const Request& req, const std::string& client,
                    std::string name, std::string password,
                    std::function<Response(const store::Account&, const NewSession&)> done,
                    std::function<Response(const ApiError&)> refused);

// The same for a PIN on the tablet of `group_id`: the account `name` must be a staff member of
// that group with a PIN; the session lasts tablet_session_lifetime and acts as a group leader of
// that group only. Throttled with the passwords (the same counts per address and account).
Outcome check_tablet_pin(ApiContext& ctx, const Request& req, const std::string& client,
                         const std::string& group_id, std::string name, std::string pin,
                         std::function<Response(const store::Account&, const NewSession&)> done,
                         std::function<Response(const ApiError&)> refused);
inline constexpr std::int64_t tablet_session_lifetime = tablet_session_minutes * 60;

// The Set-Cookie value of the session cookie (an empty value with max_age 0 ends it).
std::string session_cookie_header(const std::string& value, std::int64_t max_age, bool secure);

// Ends the session of the request's cookie.
void end_session(ApiContext& ctx, const Request& req);

} // namespace dagritme::web
