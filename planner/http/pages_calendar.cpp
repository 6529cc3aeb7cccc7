// The parents' calendar: GET /agenda/TOKEN.ics (no session: the secret link is the key; an
// unknown or revoked token is a plain 404 that tells nothing more; too many fetches per link or
// per address a 429 with Retry-After) and the mentor's page
// GET/POST /gezin/ID/agenda (make the link, shown once; revoke it), behind the family record's
// one scope check, which writes the audit log.
#include "http/pages.hpp"

#include "app/calendar_feed.hpp"
#include "store/people.hpp"
#include "web/calendar_link_page.hpp"
#include "web/ical.hpp"

#include <boost/beast/http/field.hpp>
#include <boost/beast/http/verb.hpp>

namespace dagritme::web {
namespace bhttp = boost::beast::http;
namespace {

constexpr std::string_view feed_suffix = ".ics";

// Headers for a response that is no page: nothing in it may run, be framed or be kept.
Response feed_response(const Request& req, Status status, std::string body,
                       std::string_view content_type) {
    auto res = bytes_response(req, status, std::move(body), content_type);
    res.set("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'; sandbox");
    res.set("Referrer-Policy", "no-referrer");
    res.set("X-Robots-Tag", "noindex, nofollow");
    return res;
}

Response feed_not_found(const Request& req) {
    return feed_response(req, Status::not_found, "Niet gevonden.\n", "text/plain; charset=utf-8");
}

// 429 with Retry-After: a calendar app retries later by itself; a person reads why.
Response feed_too_often(const Request& req, std::int64_t retry_after) {
    auto res = feed_response(req, Status::too_many_requests,
                             "Deze agenda wordt te vaak opgehaald. Probeer het over " +
                                 std::to_string(retry_after) + " seconden opnieuw.\n",
                             "text/plain; charset=utf-8");
    res.set(bhttp::field::retry_after, std::to_string(retry_after));
    return res;
}

// The host the staff member reached the planner on, when it is a plain host name or address.
std::string host_of(const Request& req) {
    const auto host = req[bhttp::field::host];
    if (host.empty() || host.size() > 255) return "";
    for (const char c : host)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '.' || c == '-' || c == ':' || c == '[' || c == ']'))
            return "";
    return std::string(host);
}

std::string feed_url(const ApiContext& ctx, const Request& req, const std::string& token) {
    const auto host = host_of(req);
    const auto path = "/agenda/" + token + std::string(feed_suffix);
    if (host.empty()) return path;
    return std::string(ctx.secure_cookies ? "https://" : "http://") + host + path;
}

CalendarLinkView link_view(PageContext& page, std::int64_t family_id) {
    CalendarLinkView view;
    view.family_id = family_id;
    view.family_name = store::load_family(page.ctx.db, family_id)->name;
    view.csrf = page.session.csrf_token;
    if (const auto link = store::live_calendar_link(page.ctx.db, family_id)) {
        view.live = true;
        view.made_by = link->created_by_name;
        view.made_on = to_local(Instant{link->created_at}).date;
    }
    return view;
}

Response show(PageContext& page, Status status, const CalendarLinkView& view) {
    return html_response(
        page.req, status,
        web::page(page.family_frame("Agenda voor de ouders", view.family_id, FamilyPart::calendar),
                  calendar_link_content(view)));
}

} // namespace

Response route_calendar_feed(ApiContext& ctx, const Request& req,
                             const std::vector<std::string>& path, const std::string& client) {
    if (req.method() != bhttp::verb::get && req.method() != bhttp::verb::head) method_not_allowed();
    if (path.size() != 2 || !path[1].ends_with(feed_suffix)) return feed_not_found(req);
    const auto token = path[1].substr(0, path[1].size() - feed_suffix.size());
    const auto now = ctx.now();
    // Before the database: a flood costs a map lookup per request, not a read and a write.
    if (const auto wait = ctx.feed_limits.per_address.take(client, now))
        return feed_too_often(req, *wait);
    if (const auto wait = ctx.feed_limits.per_link.take(token, now))
        return feed_too_often(req, *wait);
    const auto agenda = app::agenda_of_link(ctx.db, token, client, now);
    if (!agenda) return feed_not_found(req);
    auto res = feed_response(req, Status::ok, ical_calendar(family_calendar(*agenda), Instant{now}),
                             "text/calendar; charset=utf-8");
    res.set(bhttp::field::content_disposition, "inline; filename=\"agenda.ics\"");
    return res;
}

Response route_family_calendar_page(ApiContext& ctx, const Request& req,
                                    const std::vector<std::string>& path,
                                    const std::string& client) {
    if (path.size() != 3) not_found();
    const auto family_id = path_id(path[1]);
    const bool get = req.method() == bhttp::verb::get || req.method() == bhttp::verb::head;
    if (!get && req.method() != bhttp::verb::post) method_not_allowed();
    // Which change a post asks for, so the audit log names it (the page checks it again).
    const auto asked = get ? std::string() : Form::parse(req.body()).value_or(Form{}).value("op");
    const auto action = get                ? AuditAction::read
                        : asked == "maken" ? AuditAction::create
                                           : AuditAction::update;
    auto page = open_family_page(ctx, req, client, family_id, action, "agenda-link");
    if (get) {
        auto view = link_view(page, family_id);
        if (page.form.value("klaar") == "ingetrokken")
            view.notice = "De link is ingetrokken: hij werkt niet meer.";
        return show(page, Status::ok, view);
    }
    const auto op = page.form.value("op");
    const auto now = ctx.now();
    if (op == "maken") {
        const auto token =
            app::create_calendar_link(ctx.db, family_id, page.session.account.id, now);
        auto view = link_view(page, family_id);
        if (!token) {
            view.notice = "Dit gezin heeft al een agendalink. Trek die eerst in als je een nieuwe "
                          "wilt maken.";
            return show(page, Status::conflict, view);
        }
        view.new_url = feed_url(ctx, req, *token);
        view.notice = "De link is gemaakt.";
        return show(page, Status::ok, view);
    }
    if (op == "intrekken") {
        app::revoke_calendar_link(ctx.db, family_id, now);
        return redirect(req, "/gezin/" + std::to_string(family_id) + "/agenda?klaar=ingetrokken");
    }
    throw ApiError(Status::bad_request, "bad_form",
                   "Deze wijziging kwam niet goed aan; laad de pagina opnieuw.");
}

} // namespace dagritme::web
