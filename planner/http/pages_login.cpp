// GET/POST /login, POST /uitloggen and the start page "/" (to the user's group).
#include "auth/secrets.hpp"
#include "http/login.hpp"
#include "http/pages.hpp"
#include "store/accounts.hpp"
#include "store/groups.hpp"
#include "web/login_page.hpp"

#include <boost/beast/http/verb.hpp>

namespace dagritme::web {
namespace bhttp = boost::beast::http;
namespace {

PageFrame login_frame() {
    PageFrame frame;
    frame.title = "Inloggen";
    frame.assets = asset_urls();
    return frame;
}

Response login_page(const Request& req, Status status, const LoginView& view) {
    return html_response(req, status, page(login_frame(), login_content(view)));
}

// The request again, now with the new session: the form that was posted when the session of
// the same account had ended, or a redirect to the page the user came for. A carried form of
// another account is not carried out: the next person on a shared tablet never becomes the
// author of the previous one's entry.
Response after_login(ApiContext& ctx, const Request& req, const std::string& client,
                     const std::string& next, const LoginView& view, const store::Account& account,
                     const NewSession& session) {
    Response res;
    const bool own = !view.carried.empty() && !view.carried_key.empty() &&
                     store::account_of_csrf(ctx.db, view.carried_key) == account.id;
    if (own) {
        Request again{bhttp::verb::post, next, 11};
        again.set(bhttp::field::cookie, std::string(session_cookie) + "=" + session.token);
        again.set(bhttp::field::content_type, "application/x-www-form-urlencoded");
        again.body() = view.carried + "&csrf=" + session.csrf;
        again.prepare_payload();
        auto outcome = route_pages(ctx, again, path_segments(next), client);
        if (auto* done = std::get_if<Response>(&outcome)) {
            res = std::move(*done);
            res.version(req.version());
            res.keep_alive(req.keep_alive());
        } else {
            res = redirect(req, next); // work for a worker thread is not made again here
        }
    } else {
        // A carried form's target is a POST route: go to the start page instead.
        res = redirect(req, view.carried.empty() ? next : "/");
    }
    res.set(bhttp::field::set_cookie,
            session_cookie_header(session.token, session_lifetime, ctx.secure_cookies));
    return res;
}

Outcome post_login(ApiContext& ctx, const Request& req, const std::string& client) {
    if (media_type_of(req) != "application/x-www-form-urlencoded")
        throw ApiError(Status::unsupported_media_type, "unsupported_media_type",
                       "Dit formulier kwam niet goed aan; laad de pagina opnieuw.");
    const auto form = Form::parse(req.body());
    if (!form)
        throw ApiError(Status::bad_request, "bad_form",
                       "Dit formulier bevat tekens die niet kunnen; controleer de tekst.");
    LoginView view;
    view.name = form->value("name").substr(0, 100);
    const auto password = form->value("password");
    const auto next = form->value("volgende");
    view.next = is_local_path(next) ? next : "";
    if (!view.next.empty() && form->has("bewaard")) {
        view.carried = form->value("bewaard");
        view.carried_key = form->value("bewaard_sleutel").substr(0, 200);
        view.carried_by = form->value("bewaard_van").substr(0, 100);
    }
    if (view.name.empty() || password.empty()) {
        view.error = "Vul je naam en je wachtwoord in.";
        return login_page(req, Status::bad_request, view);
    }
    return check_login(
        ctx, req, client, view.name, password.substr(0, 1000),
        [&ctx, &req, client, view](const store::Account& account, const NewSession& session) {
            return after_login(ctx, req, client, view.next.empty() ? "/" : view.next, view, account,
                               session);
        },
        [&req, view](const ApiError& e) mutable {
            view.error = e.what();
            auto res = login_page(req, e.status, view);
            if (e.retry_after) res.set(bhttp::field::retry_after, std::to_string(*e.retry_after));
            return res;
        });
}

Response get_login(ApiContext& ctx, const Request& req) {
    const auto next = query_param(req.target(), "volgende");
    LoginView view;
    view.next = is_local_path(next) ? next : "";
    try {
        require_session(ctx, req);
        return redirect(req, view.next.empty() ? "/" : view.next);
    } catch (const ApiError&) {
    }
    if (!query_param(req.target(), "uitgelogd").empty()) view.notice = "Je bent uitgelogd.";
    return login_page(req, Status::ok, view);
}

Response post_logout(ApiContext& ctx, const Request& req) {
    try {
        open_page(ctx, req, Permission::read_day);
    } catch (const ApiError& e) {
        if (e.status != Status::unauthorized) throw;
        return redirect(req, "/login"); // already logged out
    }
    end_session(ctx, req);
    auto res = redirect(req, "/login?uitgelogd=1");
    res.set(bhttp::field::set_cookie, session_cookie_header("", 0, ctx.secure_cookies));
    return res;
}

} // namespace

Response login_needed(ApiContext& ctx, const Request& req, const std::string& message) {
    const bool htmx = req["HX-Request"] == "true";
    const auto target = std::string(req.target());
    if (req.method() != bhttp::verb::post) {
        std::string from = target;
        if (htmx) { // the page the user looks at, not the fragment's URL
            const auto current = std::string(req["HX-Current-URL"]);
            const auto scheme = current.find("://");
            const auto slash =
                scheme == std::string::npos ? std::string::npos : current.find('/', scheme + 3);
            from = slash == std::string::npos ? "/" : current.substr(slash);
        }
        return redirect(req, "/login?volgende=" + form_encode(is_local_path(from) ? from : "/"));
    }
    LoginView view;
    view.notice = message;
    view.next = is_local_path(path_of(target)) ? target : "/";
    // Carried only when it holds the CSRF token of the session that ended (the cookie's): so it
    // came from that session's own page, and says whose entry it is.
    const auto form = Form::parse(req.body());
    const auto token = cookie(req, session_cookie);
    const auto ended =
        token.empty() ? std::nullopt : store::session_of_token(ctx.db, auth::token_hash(token));
    const auto header = req["X-CSRF-Token"];
    const std::string sent =
        form && form->has("csrf") ? form->value("csrf") : std::string(header.data(), header.size());
    if (form && ended && !sent.empty() && auth::same_secret(sent, ended->csrf_token)) {
        view.carried = form->encoded({"csrf"});
        view.carried_key = ended->csrf_token;
        view.carried_by = ended->account_name;
        view.name = ended->account_name;
    }
    if (!htmx) return login_page(req, Status::unauthorized, view);
    auto res = html_response(req, Status::unauthorized, login_content(view));
    res.set("HX-Retarget", "#inhoud");
    res.set("HX-Reswap", "innerHTML");
    return res;
}

Outcome route_login_pages(ApiContext& ctx, const Request& req, const std::vector<std::string>& path,
                          const std::string& client) {
    if (path.size() != 1) not_found();
    const auto method = req.method();
    if (path[0] == "login") {
        if (method == bhttp::verb::get || method == bhttp::verb::head) return get_login(ctx, req);
        if (method == bhttp::verb::post) return post_login(ctx, req, client);
        method_not_allowed();
    }
    if (method != bhttp::verb::post) method_not_allowed();
    return post_logout(ctx, req);
}

Response page_home(ApiContext& ctx, const Request& req) {
    const auto page_ctx = open_page(ctx, req, Permission::read_day);
    const auto frame = page_ctx.frame("Start", Tab::none);
    if (!frame.groups.empty()) return redirect(req, "/groep/" + frame.groups.front().id);
    // A coordinator of a new unit starts by setting up its first group.
    if (may(page_ctx.session.account.role, Permission::manage_groups))
        return redirect(req, "/groepen");
    if (may(page_ctx.session.account.role, Permission::manage_accounts))
        return redirect(req, "/beheer");
    Html main;
    main
        << "<h1>Welkom, " << text(page_ctx.session.account.name) << "</h1>"
        << "<p class=\"melding\">Je account hoort nog bij geen groep. Vraag de beheerder om je aan "
           "je groep te koppelen.</p>";
    return html_response(req, Status::ok, page(frame, main));
}

} // namespace dagritme::web
