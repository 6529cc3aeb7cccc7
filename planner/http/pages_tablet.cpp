// The group's shared tablet: GET/POST /groep/ID/wissel (switch to oneself with a PIN; no session
// needed, throttled with the passwords) and GET/POST /pin (set or clear one's own PIN).
#include "http/login.hpp"
#include "http/pages.hpp"

#include "auth/secrets.hpp"
#include "store/groups.hpp"
#include "store/people.hpp"
#include "store/tablet.hpp"
#include "web/tablet_page.hpp"

#include <boost/beast/http/verb.hpp>

namespace dagritme::web {
namespace bhttp = boost::beast::http;
namespace {

PageFrame bare_frame(std::string title) {
    PageFrame frame;
    frame.title = std::move(title);
    frame.assets = asset_urls();
    return frame;
}

SwitchView switch_view(ApiContext& ctx, const Group& group) {
    SwitchView view;
    view.group_id = group.id;
    view.group_name = group.name;
    for (const auto& p : store::tablet_people(ctx.db, group.id))
        view.people.push_back({p.account_name, p.first_name, p.photo});
    return view;
}

Response switch_page(const Request& req, Status status, const SwitchView& view) {
    return html_response(req, status, page(bare_frame("Wie ben jij?"), switch_content(view)));
}

Outcome switch_person(ApiContext& ctx, const Request& req, const std::string& client,
                      const Group& group) {
    if (req.method() != bhttp::verb::post)
        return switch_page(req, Status::ok, switch_view(ctx, group));
    if (media_type_of(req) != "application/x-www-form-urlencoded")
        throw ApiError(Status::unsupported_media_type, "unsupported_media_type",
                       "Dit formulier kwam niet goed aan; laad de pagina opnieuw.");
    const auto form = Form::parse(req.body());
    if (!form)
        throw ApiError(Status::bad_request, "bad_form",
                       "Dit formulier bevat tekens die niet kunnen; controleer de tekst.");
    auto view = switch_view(ctx, group);
    view.chosen = form->value("naam").substr(0, 100);
    const auto pin = form->value("pin").substr(0, 100);
    if (view.chosen.empty() || pin.empty()) {
        view.error = "Kies jezelf en vul je PIN in.";
        return switch_page(req, Status::bad_request, view);
    }
    const auto group_id = group.id;
    return check_tablet_pin(
        ctx, req, client, group_id, view.chosen, pin,
        [&ctx, &req, group_id](const store::Account&, const NewSession& session) {
            // The previous person's session on this tablet ends: the next entry is this one's.
            end_session(ctx, req);
            auto res = redirect(req, "/groep/" + group_id);
            res.set(
                bhttp::field::set_cookie,
                session_cookie_header(session.token, tablet_session_lifetime, ctx.secure_cookies));
            return res;
        },
        [&req, view](const ApiError& e) mutable {
            view.error = e.what();
            auto res = switch_page(req, e.status, view);
            if (e.retry_after) res.set(bhttp::field::retry_after, std::to_string(*e.retry_after));
            return res;
        });
}

std::string pin_words(PinProblem problem) {
    switch (problem) {
    case PinProblem::not_six_digits:
        return "Een PIN is zes cijfers.";
    case PinProblem::one_digit:
    case PinProblem::sequence:
    case PinProblem::pattern:
        return "Deze PIN is te makkelijk te raden; kies zes cijfers zonder reeks of herhaling.";
    }
    return "Kies een andere PIN.";
}

Outcome own_pin(ApiContext& ctx, const Request& req) {
    auto page = std::make_shared<PageContext>(open_page(ctx, req, Permission::read_day));
    const auto account = page->session.account.id;
    const auto render = [page, account](Status status, const std::string& notice,
                                        const FieldErrors& errors) {
        PinView view;
        view.csrf = page->session.csrf_token;
        view.has_pin = store::has_pin(page->ctx.db, account);
        view.linked = store::staff_of_account(page->ctx.db, account).has_value();
        view.notice = notice;
        view.errors = errors;
        return html_response(page->req, status,
                             web::page(page->frame("PIN", Tab::none), pin_content(view)));
    };
    if (!page->posted()) return render(Status::ok, "", {});
    if (page->session.account.role == Role::admin)
        throw ApiError(Status::forbidden, "forbidden",
                       "Een beheerdersaccount krijgt geen PIN: log in met je wachtwoord.");
    if (page->form.value("op") == "wissen") {
        store::Transaction tx{ctx.db};
        store::set_pin_hash(ctx.db, account, std::nullopt);
        tx.commit();
        return render(Status::ok, "Je PIN is gewist.", {});
    }
    FormReader form(page->form);
    const auto pin = page->form.value("pin");
    if (const auto problem = check_pin(pin))
        form.fail("pin", pin_words(*problem));
    else if (page->form.value("herhaal") != pin)
        form.fail("herhaal", "De twee PIN's zijn niet gelijk.");
    if (!form.ok()) return render(Status::unprocessable_entity, "", form.errors());
    // Argon2id takes a tenth of a second: on a worker thread.
    return defer(ctx, req, [page, account, pin, render] {
        const auto hash = auth::hash_password(pin);
        return std::function<Response()>([page, account, hash, render] {
            store::Transaction tx{page->ctx.db};
            store::set_pin_hash(page->ctx.db, account, hash);
            tx.commit();
            return render(Status::ok, "Je PIN is opgeslagen.", {});
        });
    });
}

} // namespace

Outcome route_tablet_pages(ApiContext& ctx, const Request& req,
                           const std::vector<std::string>& path, const std::string& client) {
    const auto method = req.method();
    if (method != bhttp::verb::get && method != bhttp::verb::head && method != bhttp::verb::post)
        method_not_allowed();
    if (path.size() == 1) return own_pin(ctx, req);
    const auto group = store::load_group(ctx.db, path[1]);
    if (!group) throw ApiError(Status::not_found, "unknown_group", "Deze groep bestaat niet.");
    return switch_person(ctx, req, client, *group);
}

} // namespace dagritme::web
