// Beheer: GET /beheer, POST /beheer/accounts (add, disable), POST /beheer/schermen (pair,
// revoke). For the administrator and the coordinator (manage_accounts, manage_screens); a
// coordinator adds and disables accounts of group leaders and mentors only.
#include "http/pages.hpp"

#include "app/accounts.hpp"
#include "app/screen_pairing.hpp"
#include "auth/secrets.hpp"
#include "http/problem_words.hpp"
#include "store/accounts.hpp"
#include "store/groups.hpp"
#include "store/screens.hpp"
#include "web/admin_page.hpp"

#include <boost/beast/http/verb.hpp>

namespace dagritme::web {
namespace bhttp = boost::beast::http;
namespace {

AdminView admin_view(PageContext& page) {
    auto& db = page.ctx.db;
    AdminView view;
    view.csrf = page.session.csrf_token;
    std::map<std::string, std::string> names;
    for (const auto& id : store::group_ids(db)) {
        const auto name = store::load_group(db, id)->name;
        names[id] = name;
        view.groups.emplace_back(id, name);
    }
    for (const auto& a : store::list_accounts(db)) {
        AccountRow row{a.name, a.role, {}, a.disabled, a.name == page.session.account.name};
        for (const auto& g : a.groups)
            row.groups.push_back(names.count(g) ? names[g] : g);
        view.accounts.push_back(std::move(row));
    }
    for (const auto& s : store::list_screens(db)) {
        const auto since = to_local(Instant{s.created_at}).date;
        view.screens.push_back({s.id, s.name,
                                names.count(s.group_id) ? names[s.group_id] : s.group_id,
                                long_date(since), s.revoked_at.has_value()});
    }
    return view;
}

Response answer(PageContext& page, Status status, const Html& fragment) {
    if (page.htmx) return html_response(page.req, status, fragment);
    if (status == Status::ok) return redirect(page.req, "/beheer");
    return html_response(page.req, status, web::page(page.frame("Beheer", Tab::admin), fragment));
}

std::string account_problem(const app::AccountProblem& p) {
    switch (p.kind) {
    case app::AccountProblem::Kind::bad_name:
        return "Gebruik 1 tot 40 kleine letters, cijfers, punt, streepje of liggend streepje.";
    case app::AccountProblem::Kind::name_taken:
        return "Deze naam is al in gebruik.";
    case app::AccountProblem::Kind::unknown_group:
        return "Deze groep bestaat niet.";
    case app::AccountProblem::Kind::unknown_account:
        return "Dit account bestaat niet (meer).";
    case app::AccountProblem::Kind::self:
        return "Je eigen account kun je niet uitschakelen.";
    }
    return "";
}

// A new password for an account, given by the administrator (or by the coordinator for a group
// leader or mentor): the account's sessions end.
Outcome new_password(PageContext& page) {
    auto& ctx = page.ctx;
    FormReader form(page.form);
    const auto name = page.form.value("naam");
    const auto target = store::find_account(ctx.db, name);
    if (!target) form.fail("naam", "Dit account bestaat niet (meer).");
    if (target && !may_manage_account(page.session.account.role, target->role))
        form.fail("naam", "Alleen de beheerder geeft coördinatoren en beheerders een nieuw "
                          "wachtwoord.");
    const auto password = page.form.value("wachtwoord");
    if (password.size() < app::min_password_length)
        form.fail("wachtwoord", "Kies een wachtwoord van minstens 10 tekens.");
    if (password.size() > 1000) form.fail("wachtwoord", "Dit wachtwoord is te lang.");
    if (!form.ok())
        return answer(page, Status::unprocessable_entity,
                      accounts_section(admin_view(page), page.form, form.errors()));
    // Argon2id takes a tenth of a second: on a worker thread.
    return defer(ctx, page.req, [&page, name, password] {
        const auto hash = auth::hash_password(password);
        return std::function<Response()>([&page, name, hash] {
            store::Transaction tx{page.ctx.db};
            store::set_password(page.ctx.db, name, hash);
            tx.commit();
            auto view = admin_view(page);
            view.done = "Account " + name +
                        " heeft een nieuw wachtwoord; wie ermee was "
                        "ingelogd, moet opnieuw inloggen.";
            return answer(page, Status::ok, accounts_section(view, {}, {}));
        });
    });
}

Outcome accounts(PageContext& page) {
    auto& ctx = page.ctx;
    FormReader form(page.form);
    const auto op = page.form.value("op");
    if (op == "uitschakelen") {
        const auto name = page.form.value("naam");
        auto view = admin_view(page);
        if (const auto target = store::find_account(ctx.db, name);
            target && !may_manage_account(page.session.account.role, target->role)) {
            form.fail("naam", "Alleen de beheerder schakelt accounts van coördinatoren en "
                              "beheerders uit.");
            return answer(page, Status::unprocessable_entity,
                          accounts_section(view, page.form, form.errors()));
        }
        if (const auto problem =
                app::disable_account(ctx.db, name, page.session.account.name, ctx.now())) {
            form.fail("naam", account_problem(*problem));
            return answer(page, Status::unprocessable_entity,
                          accounts_section(view, page.form, form.errors()));
        }
        view = admin_view(page);
        view.done = "Account " + name + " is uitgeschakeld; het kan niet meer inloggen.";
        return answer(page, Status::ok, accounts_section(view, {}, {}));
    }
    if (op == "wachtwoord") return new_password(page);
    if (op != "toevoegen")
        throw ApiError(Status::bad_request, "bad_form",
                       "Dit formulier kwam niet goed aan; laad de pagina opnieuw.");
    const auto name = form.text("naam", app::max_account_name_length, true);
    if (name && !app::valid_account_name(*name))
        form.fail("naam", account_problem({app::AccountProblem::Kind::bad_name, *name}));
    const auto role = form.choice<Role>("rol", role_from, true);
    if (role && !may_manage_account(page.session.account.role, *role))
        form.fail("rol", "Alleen de beheerder maakt accounts voor coördinatoren en beheerders.");
    const auto groups = page.form.values("groep");
    const auto password = page.form.value("wachtwoord");
    if (password.size() < app::min_password_length)
        form.fail("wachtwoord", "Kies een wachtwoord van minstens 10 tekens.");
    if (password.size() > 1000) form.fail("wachtwoord", "Dit wachtwoord is te lang.");
    if (!form.ok())
        return answer(page, Status::unprocessable_entity,
                      accounts_section(admin_view(page), page.form, form.errors()));
    // Argon2id takes a tenth of a second: on a worker thread.
    return defer(ctx, page.req, [&page, name = *name, role = *role, groups, password] {
        const auto hash = auth::hash_password(password);
        return std::function<Response()>([&page, name, role, groups, hash] {
            FormReader again(page.form);
            if (const auto problem =
                    app::add_account(page.ctx.db, name, role, groups, hash, page.ctx.now())) {
                again.fail(problem->kind == app::AccountProblem::Kind::unknown_group ? "groep"
                                                                                     : "naam",
                           account_problem(*problem));
                return answer(page, Status::unprocessable_entity,
                              accounts_section(admin_view(page), page.form, again.errors()));
            }
            auto view = admin_view(page);
            view.done = "Account " + name + " is aangemaakt.";
            return answer(page, Status::ok, accounts_section(view, {}, {}));
        });
    });
}

Response screens(PageContext& page) {
    auto& ctx = page.ctx;
    FormReader form(page.form);
    const auto op = page.form.value("op");
    if (op == "intrekken") {
        const auto id = form.integer("scherm", 1, INT64_MAX, true);
        if (!id || !app::revoke_screen(ctx.db, *id, ctx.now())) {
            form.fail("scherm", "Dit scherm is al ingetrokken of bestaat niet.");
            return answer(page, Status::unprocessable_entity,
                          screens_section(admin_view(page), page.form, form.errors()));
        }
        ctx.hub.close_revoked([&](const std::string& hash) {
            return store::screen_by_token(ctx.db, hash).has_value();
        });
        return answer(page, Status::ok, screens_section(admin_view(page), {}, {}));
    }
    if (op != "koppelen")
        throw ApiError(Status::bad_request, "bad_form",
                       "Dit formulier kwam niet goed aan; laad de pagina opnieuw.");
    const auto code = form.text("code", 6, true);
    if (code && (code->size() != 6 || code->find_first_not_of("0123456789") != std::string::npos))
        form.fail("code", "De code is zes cijfers, zoals op het scherm.");
    const auto name = form.text("naam", 60, true);
    const auto group = form.text("groep", 64, true);
    if (form.ok()) {
        const auto result = app::pair(ctx.db, *code, *group, *name, ctx.now());
        if (const auto* problem = std::get_if<app::PairingProblem>(&result))
            form.fail(problem->kind == app::PairingProblem::Kind::unknown_group ? "groep" : "code",
                      refusal(*problem, *group, *code).what());
    }
    if (!form.ok())
        return answer(page, Status::unprocessable_entity,
                      screens_section(admin_view(page), page.form, form.errors()));
    return answer(page, Status::ok, screens_section(admin_view(page), {}, {}));
}

} // namespace

Outcome route_admin_pages(ApiContext& ctx, const Request& req,
                          const std::vector<std::string>& path) {
    if (path.size() == 1) {
        if (req.method() != bhttp::verb::get && req.method() != bhttp::verb::head)
            method_not_allowed();
        auto page = open_page(ctx, req, Permission::manage_accounts);
        return html_response(
            req, Status::ok,
            web::page(page.frame("Beheer", Tab::admin), admin_content(admin_view(page))));
    }
    if (path.size() != 2) not_found();
    if (req.method() != bhttp::verb::post) method_not_allowed();
    if (path[1] == "accounts") {
        // The deferred half refers to the page: it lives as long as the request.
        auto page = std::make_shared<PageContext>(open_page(ctx, req, Permission::manage_accounts));
        auto outcome = accounts(*page);
        if (auto* deferred = std::get_if<Deferred>(&outcome)) {
            return Deferred{[page, work = std::move(deferred->work)] {
                auto finish = work();
                return std::function<Response()>([page, finish] { return finish(); });
            }};
        }
        return outcome;
    }
    if (path[1] == "schermen") {
        auto page = open_page(ctx, req, Permission::manage_screens);
        return screens(page);
    }
    not_found();
}

} // namespace dagritme::web
