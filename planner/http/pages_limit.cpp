// Limit overschreden: GET/POST /groep/G/limit (the form; ?kind=&tijd= from an anchorpoint that
// ended in a crossed limit), GET/POST /groep/G/limit/ID (the entry, a correction) and POST
// /groep/G/limit/ID/ongedaan. The limits register: GET /groep/G/limits for the group's staff,
// POST it (add, change text, retire) for Permission::manage_limits only.
#include "http/pages_care.hpp"

#include "app/care_log.hpp"
#include "app/limits_register.hpp"
#include "store/care_log.hpp"
#include "store/groups.hpp"
#include "store/limits.hpp"
#include "web/limit_page.hpp"
#include "web/limits_page.hpp"

#include <boost/beast/http/verb.hpp>

namespace dagritme::web {
namespace bhttp = boost::beast::http;
namespace {

std::optional<LimitViolation> read_violation(FormReader& form, Date date) {
    LimitViolation v;
    const auto child = read_child(form);
    if (form.form().value("limit").empty()) form.fail("limit", "Kies welke limit.");
    const auto limit = form.integer("limit", 1, INT64_MAX, false);
    const auto what = form.text("wat", max_note_length, false, true);
    if (what && what->empty()) form.fail("wat", "Schrijf op wat er gebeurde.");
    const auto at = read_time(form, date);
    const auto follow_up = form.text("vervolg", max_note_length, false, true);
    if (form.form().value("vastgehouden") == "ja") {
        Holding holding;
        if (form.form().value("minuten").empty())
            form.fail("minuten", "Vul in hoe lang je het kind vasthield (minuten).");
        const auto minutes = form.integer("minuten", 1, max_holding_minutes, false);
        holding.staff = form.choices<std::int64_t>("door", record_id, false)
                            .value_or(std::vector<std::int64_t>{});
        if (form.form().values("door").empty()) form.fail("door", "Kies wie het kind vasthield.");
        const auto reason = form.text("waarom", max_note_length, false, true);
        if (reason && reason->empty())
            form.fail("waarom", "Schrijf op waarom je het kind vasthield.");
        if (minutes && reason) {
            holding.minutes = static_cast<int>(*minutes);
            holding.reason = *reason;
            v.holding = holding;
        }
    } else if (form.form().value("vastgehouden") != "nee" &&
               !form.form().value("vastgehouden").empty()) {
        form.fail("vastgehouden", "Deze keuze bestaat niet.");
    }
    if (!form.ok()) return std::nullopt;
    v.child_id = *child;
    v.limit_id = *limit;
    v.what_happened = *what;
    v.at = *at;
    v.follow_up = *follow_up;
    v.named_apart = form.form().value("apart") == "ja";
    return v;
}

std::string entry_path(const std::string& group_id, std::int64_t id) {
    return "/groep/" + group_id + "/limit/" + std::to_string(id);
}

LimitViolation entry_of(PageContext& page, const std::string& group_id, const std::string& text) {
    auto entry = store::load_limit_violation(page.ctx.db, path_number(text));
    if (!entry || entry->group_id != group_id)
        throw ApiError(Status::not_found, "unknown_entry",
                       "Deze melding staat niet in het logboek van deze groep.");
    return *entry;
}

Response new_entry(PageContext& page, const std::string& group_id) {
    const auto view = care_view(page, group_id);
    if (!page.posted())
        return care_page(page, Status::ok, "Limit", Tab::limit, group_id,
                         limit_content(view, page.form, {}, page.form.value("ongedaan") == "1"),
                         limit_form(view, page.form, {}));
    FormReader form(page.form);
    auto entry = read_violation(form, view.date);
    if (entry) {
        entry->author = page.session.account.id;
        const auto result = app::log_limit_violation(page.ctx.db, group_id, *entry,
                                                     page.form.value("sleutel"), view.now_instant);
        if (const auto* problem = std::get_if<CareLogProblem>(&result))
            place_problem(form, *problem);
        else
            return redirect(page.req,
                            entry_path(group_id, std::get<std::int64_t>(result)) + "?opgeslagen=1");
    }
    return care_page(page, Status::unprocessable_entity, "Limit", Tab::limit, group_id,
                     limit_content(view, page.form, form.errors(), false),
                     limit_form(view, page.form, form.errors()));
}

Response one_entry(PageContext& page, const std::string& group_id, const std::string& id_text) {
    const auto view = care_view(page, group_id);
    const auto entry = entry_of(page, group_id, id_text);
    const auto show = [&](Status status, const Form& values, const FieldErrors& errors) {
        const auto history = store::limit_violation_history(page.ctx.db, entry.id);
        const auto content =
            limit_entry_content(view, entry, history, page.form.value("opgeslagen") == "1",
                                page.form.value("aanvullen") == "1", values, errors);
        return care_page(page, status, "Limit", Tab::limit, group_id, content,
                         limit_form(view, values, errors, &entry));
    };
    if (!page.posted()) return show(Status::ok, limit_values(entry), {});
    FormReader form(page.form);
    auto value = read_violation(form, to_local(entry.at).date);
    if (value) {
        const auto result = app::correct_limit_violation(page.ctx.db, group_id, entry.id, *value,
                                                         page.session.account.id, view.now_instant);
        if (const auto* problem = std::get_if<CareLogProblem>(&result))
            place_problem(form, *problem);
        else
            return redirect(page.req, entry_path(group_id, entry.id) + "?gecorrigeerd=1");
    }
    return show(Status::unprocessable_entity, page.form, form.errors());
}

Response undo(PageContext& page, const std::string& group_id, const std::string& id_text) {
    const auto entry = entry_of(page, group_id, id_text);
    if (const auto problem = app::undo_limit_violation(
            page.ctx.db, entry.id, page.session.account.id, Instant{page.ctx.now()})) {
        FormReader form(page.form);
        place_problem(form, *problem);
    }
    return redirect(page.req, "/groep/" + group_id + "/limit?ongedaan=1");
}

std::string limit_words(LimitProblem::Kind kind) {
    using Kind = LimitProblem::Kind;
    switch (kind) {
    case Kind::empty:
        return "Schrijf de limit op.";
    case Kind::too_long:
        return "Deze limit is te lang (hoogstens 200 tekens).";
    case Kind::duplicate:
        return "Deze limit staat al in het register.";
    case Kind::unknown_limit:
        return "Deze limit staat niet in het register.";
    case Kind::already_retired:
        return "Deze limit is al niet meer in gebruik.";
    case Kind::unknown_group:
        return "Deze groep bestaat niet.";
    case Kind::bad_order:
        return "Deze volgorde klopt niet.";
    }
    return "Dat lukte niet.";
}

} // namespace

Response route_limit_pages(ApiContext& ctx, const Request& req,
                           const std::vector<std::string>& path, const std::string& client) {
    const auto& group_id = path[1];
    const bool get = req.method() == bhttp::verb::get || req.method() == bhttp::verb::head;
    if (!get && req.method() != bhttp::verb::post) method_not_allowed();
    if (path.size() > 5 || (path.size() == 5 && (path[4] != "ongedaan" || get))) not_found();
    auto page = open_care_entry_page(ctx, req, path, client, Permission::log_care, "limit",
                                     [](store::Database& db, std::int64_t id,
                                        const std::string& group) -> std::optional<std::int64_t> {
                                         const auto entry = store::load_limit_violation(db, id);
                                         if (!entry || entry->group_id != group)
                                             return std::nullopt;
                                         return entry->child_id;
                                     });
    if (path.size() == 3) return new_entry(page, group_id);
    if (path.size() == 4) return one_entry(page, group_id, path[3]);
    return undo(page, group_id, path[3]);
}

Response route_limits_register(ApiContext& ctx, const Request& req,
                               const std::vector<std::string>& path) {
    const auto& group_id = path[1];
    if (path.size() != 3) not_found();
    const bool get = req.method() == bhttp::verb::get || req.method() == bhttp::verb::head;
    if (!get && req.method() != bhttp::verb::post) method_not_allowed();
    auto page =
        open_group_page(ctx, req, get ? Permission::read_day : Permission::manage_limits, group_id);
    LimitsView view;
    view.group_id = group_id;
    view.group_name = store::load_group(ctx.db, group_id)->name;
    view.csrf = page.session.csrf_token;
    view.may_edit = may(page.session.account.role, Permission::manage_limits);
    const auto render = [&](Status status, std::int64_t failed, const FieldErrors& errors,
                            const std::string& notice) {
        view.limits = store::limits_register(ctx.db, group_id);
        return html_response(req, status,
                             web::page(page.frame("Limits", Tab::limits, group_id),
                                       limits_content(view, failed, page.form, errors, notice)));
    };
    if (get) {
        const auto done = page.form.value("klaar");
        return render(Status::ok, -1, {},
                      done == "toegevoegd"  ? "De limit is toegevoegd."
                      : done == "gewijzigd" ? "De tekst is gewijzigd."
                      : done == "gestopt"   ? "De limit wordt niet meer gebruikt."
                                            : "");
    }

    FormReader form(page.form);
    const auto op = page.form.value("op");
    std::optional<LimitProblem> problem;
    std::int64_t id = 0;
    if (op == "toevoegen") {
        const auto added = app::add_limit(ctx.db, group_id, page.form.value("tekst"));
        if (const auto* p = std::get_if<LimitProblem>(&added)) problem = *p;
    } else if (op == "wijzigen" || op == "stoppen") {
        id = form.integer("id", 1, INT64_MAX, true).value_or(0);
        if (!form.ok()) not_found();
        problem = op == "wijzigen"
                      ? app::change_limit_text(ctx.db, group_id, id, page.form.value("tekst"))
                      : app::retire_limit(ctx.db, group_id, id, Instant{ctx.now()});
    } else {
        throw ApiError(Status::bad_request, "bad_form",
                       "Deze wijziging kwam niet goed aan; laad de pagina opnieuw.");
    }
    if (problem) {
        if (problem->kind == LimitProblem::Kind::unknown_limit ||
            problem->kind == LimitProblem::Kind::already_retired)
            throw ApiError(Status::not_found, "unknown_limit", limit_words(problem->kind));
        form.fail("tekst", limit_words(problem->kind));
        return render(Status::unprocessable_entity, id, form.errors(), "");
    }
    const std::string done = op == "toevoegen"  ? "toegevoegd"
                             : op == "wijzigen" ? "gewijzigd"
                                                : "gestopt";
    return redirect(req, "/groep/" + group_id + "/limits?klaar=" + done);
}

} // namespace dagritme::web
