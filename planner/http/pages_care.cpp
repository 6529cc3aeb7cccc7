// The care log's shared page pieces, and Ankerpunt: GET /groep/G/ankerpunt (the four-tap
// form), POST it (log), GET /groep/G/ankerpunt/ID (the entry, its confirmation and history),
// POST it (a correction) and POST /groep/G/ankerpunt/ID/ongedaan (undo, within the window).
// Each write calls one app:: function; none touches a board.
#include "http/pages_care.hpp"

#include "app/care_log.hpp"
#include "domain/attendance.hpp"
#include "store/account_names.hpp"
#include "store/board_query.hpp"
#include "store/care_log.hpp"
#include "store/limits.hpp"
#include "web/anchorpoint_page.hpp"

#include <boost/beast/http/verb.hpp>

#include <algorithm>
#include <map>

namespace dagritme::web {
namespace bhttp = boost::beast::http;

CareView care_view(PageContext& page, const std::string& group_id) {
    auto& db = page.ctx.db;
    const Instant now{page.ctx.now()};
    const auto local = to_local(now);
    const auto day = store::load_group_day(db, group_id, local.date);
    if (!day) throw ApiError(Status::not_found, "unknown_group", "Deze groep bestaat niet.");
    CareView view;
    view.group_id = group_id;
    view.group_name = day->group.name;
    view.csrf = page.session.csrf_token;
    view.form_key = PageContext::new_form_key();
    view.date = local.date;
    view.now = local.time;
    view.now_instant = now;
    for (const auto& c : day->children) {
        const auto events = day->child_events.find(c.id);
        view.children.push_back({c.id, c.first_name, c.photo,
                                 events != day->child_events.end() && is_present(events->second)});
    }
    std::stable_partition(view.children.begin(), view.children.end(),
                          [](const ChildChoice& c) { return c.present; });
    for (const auto& s : day->staff) {
        view.staff.push_back({s.id, s.first_name});
        if (s.account_id == page.session.account.id) view.me = s.id;
    }
    view.limits = store::limits_register(db, group_id);
    view.plan = day_plan(day->group, local.date, day->changes);
    view.accounts = store::author_names(db);
    view.account = page.session.account.id;
    return view;
}

std::optional<Instant> read_time(FormReader& form, Date date) {
    const auto time = form.time("tijd", true);
    if (!time) return std::nullopt;
    return to_instant({date, *time});
}

std::optional<std::int64_t> read_child(FormReader& form) {
    if (form.form().value("kind").empty()) {
        form.fail("kind", "Kies het kind.");
        return std::nullopt;
    }
    return form.integer("kind", 1, INT64_MAX, true);
}

void place_problem(FormReader& form, const CareLogProblem& problem) {
    using Kind = CareLogProblem::Kind;
    static const std::map<std::string, std::string> fields{{"responses", "aanpak"},
                                                           {"signs", "signalen"},
                                                           {"note", "notitie"},
                                                           {"at", "tijd"},
                                                           {"limit", "limit"},
                                                           {"what_happened", "wat"},
                                                           {"holding_minutes", "minuten"},
                                                           {"holding_staff", "door"},
                                                           {"holding_reason", "waarom"},
                                                           {"follow_up", "vervolg"}};
    const auto field = fields.find(problem.field);
    const auto name = field == fields.end() ? std::string("tijd") : field->second;
    switch (problem.kind) {
    case Kind::child_not_in_group:
        throw ApiError(Status::not_found, "unknown_child", "Dit kind hoort niet bij deze groep.");
    case Kind::unknown_entry:
        throw ApiError(Status::not_found, "unknown_entry",
                       "Dit staat niet in het logboek van deze groep.");
    case Kind::not_author:
        throw ApiError(
            Status::forbidden, "not_author",
            "Alleen wie het logde kan het ongedaan maken; corrigeer het in plaats daarvan.");
    case Kind::undo_window_passed:
        throw ApiError(
            Status::conflict, "undo_window_passed",
            "Ongedaan maken kan alleen in de eerste 15 seconden; corrigeer het in plaats "
            "daarvan.");
    case Kind::submission_undone:
        throw ApiError(Status::conflict, "submission_undone",
                       "Dit formulier is al eens opgeslagen en daarna ongedaan gemaakt; vul het "
                       "opnieuw in.");
    case Kind::bad_idempotency_key:
        throw ApiError(Status::bad_request, "bad_form",
                       "Dit formulier kwam niet goed aan; laad de pagina opnieuw.");
    case Kind::no_response:
        return form.fail(name, "Kies wat je deed (een of meer).");
    case Kind::repeated_choice:
        return form.fail(name, "Een keuze staat er twee keer in; kies opnieuw.");
    case Kind::text_empty:
        return form.fail(name, name == "waarom" ? "Schrijf op waarom je het kind vasthield."
                                                : "Schrijf op wat er gebeurde.");
    case Kind::text_too_long:
        return form.fail(name, "Deze tekst is te lang (hoogstens 2000 tekens).");
    case Kind::at_in_future:
        return form.fail("tijd", "Deze tijd ligt in de toekomst.");
    case Kind::unknown_limit:
        return form.fail("limit", "Deze limit staat niet in het register van de groep.");
    case Kind::retired_limit:
        return form.fail("limit", "Deze limit is niet meer in gebruik.");
    case Kind::holding_minutes:
        return form.fail("minuten", "Vul in hoe lang: 1 tot 120 minuten.");
    case Kind::holding_without_staff:
        return form.fail("door", "Kies wie het kind vasthield.");
    case Kind::staff_not_in_group:
        return form.fail("door", "Deze persoon hoort niet bij de leiding van de groep.");
    }
}

PageContext open_care_entry_page(ApiContext& ctx, const Request& req,
                                 const std::vector<std::string>& path, const std::string& client,
                                 Permission permission, const std::string& noun,
                                 const ChildOfEntry& child_of_entry) {
    const auto& group_id = path.at(1);
    if (path.size() == 3)
        return open_care_page(ctx, req, client, permission, {group_id, {}}, AuditAction::create,
                              noun, CareRecord::refusals_only);
    const auto id = path_number(path.at(3));
    CareSubject subject{group_id, {}};
    if (const auto child = child_of_entry(ctx.db, id, group_id)) subject.children = {*child};
    const bool get = req.method() == bhttp::verb::get || req.method() == bhttp::verb::head;
    const auto action = get                ? AuditAction::read
                        : path.size() == 5 ? AuditAction::remove
                                           : AuditAction::update;
    return open_care_page(ctx, req, client, permission, subject, action,
                          noun + " " + std::to_string(id));
}

Response care_page(PageContext& page, Status status, const std::string& title, Tab tab,
                   const std::string& group_id, const Html& content, const Html& fragment) {
    if (page.htmx) return html_response(page.req, status, fragment);
    return html_response(page.req, status, web::page(page.frame(title, tab, group_id), content));
}

namespace {

// The anchorpoint of a form, or nothing (every problem recorded).
std::optional<Anchorpoint> read_anchorpoint(FormReader& form, Date date, bool needs_ending) {
    Anchorpoint a;
    const auto child = read_child(form);
    const auto emotion = form.choice<Emotion>("emotie", emotion_from, false);
    if (form.form().value("emotie").empty()) form.fail("emotie", "Kies welke emotie je benoemde.");
    const auto responses = form.choices<CareResponse>("aanpak", care_response_from, false);
    if (responses && responses->empty()) form.fail("aanpak", "Kies wat je deed (een of meer).");
    const auto ending = form.choice<Ending>("einde", ending_from, false);
    if (form.form().value("einde").empty())
        form.fail("einde",
                  needs_ending ? "Tik op hoe het afliep om op te slaan." : "Kies hoe het afliep.");
    const auto signs = form.choices<Sign>("signalen", sign_from, false);
    const auto note = form.text("notitie", max_note_length, false, true);
    const auto at = read_time(form, date);
    if (!form.ok()) return std::nullopt;
    a.child_id = *child;
    a.emotion = *emotion;
    a.responses = *responses;
    a.ending = *ending;
    a.signs = *signs;
    a.note = *note;
    a.at = *at;
    return a;
}

std::string entry_path(const std::string& group_id, std::int64_t id) {
    return "/groep/" + group_id + "/ankerpunt/" + std::to_string(id);
}

// The entry `id` of this group, or 404.
Anchorpoint entry_of(PageContext& page, const std::string& group_id, const std::string& id_text) {
    auto entry = store::load_anchorpoint(page.ctx.db, path_number(id_text));
    if (!entry || entry->group_id != group_id)
        throw ApiError(Status::not_found, "unknown_entry",
                       "Dit ankerpunt staat niet in het logboek van deze groep.");
    return *entry;
}

Response new_entry(PageContext& page, const std::string& group_id) {
    const auto view = care_view(page, group_id);
    if (!page.posted()) {
        const auto undone = page.form.value("ongedaan") == "1";
        return care_page(page, Status::ok, "Ankerpunt", Tab::anchorpoint, group_id,
                         anchorpoint_content(view, Form{}, {}, undone),
                         anchorpoint_form(view, Form{}, {}));
    }
    FormReader form(page.form);
    auto entry = read_anchorpoint(form, view.date, true);
    if (entry) {
        entry->author = page.session.account.id;
        const auto result = app::log_anchorpoint(page.ctx.db, group_id, *entry,
                                                 page.form.value("sleutel"), view.now_instant);
        if (const auto* problem = std::get_if<CareLogProblem>(&result)) {
            place_problem(form, *problem);
        } else {
            const auto id = std::get<std::int64_t>(result);
            if (entry->ending == Ending::limit_crossed)
                return redirect(page.req, "/groep/" + group_id +
                                              "/limit?kind=" + std::to_string(entry->child_id) +
                                              "&tijd=" + form_encode(page.form.value("tijd")) +
                                              "&ankerpunt=" + std::to_string(id));
            return redirect(page.req, entry_path(group_id, id) + "?opgeslagen=1");
        }
    }
    return care_page(page, Status::unprocessable_entity, "Ankerpunt", Tab::anchorpoint, group_id,
                     anchorpoint_content(view, page.form, form.errors(), false),
                     anchorpoint_form(view, page.form, form.errors()));
}

Response one_entry(PageContext& page, const std::string& group_id, const std::string& id_text) {
    const auto view = care_view(page, group_id);
    auto entry = entry_of(page, group_id, id_text);
    const auto show = [&](Status status, const Anchorpoint& e, const Form& values,
                          const FieldErrors& errors) {
        const auto history = store::anchorpoint_history(page.ctx.db, e.id);
        const auto content =
            anchorpoint_entry_content(view, e, history, page.form.value("opgeslagen") == "1",
                                      page.form.value("aanvullen") == "1", values, errors);
        return care_page(page, status, "Ankerpunt", Tab::anchorpoint, group_id, content,
                         anchorpoint_form(view, values, errors, &e));
    };
    if (!page.posted()) return show(Status::ok, entry, anchorpoint_values(entry), {});
    FormReader form(page.form);
    auto value = read_anchorpoint(form, to_local(entry.at).date, false);
    if (value) {
        const auto result = app::correct_anchorpoint(page.ctx.db, group_id, entry.id, *value,
                                                     page.session.account.id, view.now_instant);
        if (const auto* problem = std::get_if<CareLogProblem>(&result))
            place_problem(form, *problem);
        else
            return redirect(page.req, entry_path(group_id, entry.id) + "?gecorrigeerd=1");
    }
    return show(Status::unprocessable_entity, entry, page.form, form.errors());
}

Response undo(PageContext& page, const std::string& group_id, const std::string& id_text) {
    const auto entry = entry_of(page, group_id, id_text);
    if (const auto problem = app::undo_anchorpoint(page.ctx.db, entry.id, page.session.account.id,
                                                   Instant{page.ctx.now()})) {
        FormReader form(page.form);
        place_problem(form, *problem);
    }
    return redirect(page.req, "/groep/" + group_id + "/ankerpunt?ongedaan=1");
}

} // namespace

Response route_anchorpoint_pages(ApiContext& ctx, const Request& req,
                                 const std::vector<std::string>& path, const std::string& client) {
    const auto& group_id = path[1];
    const bool get = req.method() == bhttp::verb::get || req.method() == bhttp::verb::head;
    if (!get && req.method() != bhttp::verb::post) method_not_allowed();
    if (path.size() > 5 || (path.size() == 5 && (path[4] != "ongedaan" || get))) not_found();
    auto page = open_care_entry_page(ctx, req, path, client, Permission::log_care, "ankerpunt",
                                     [](store::Database& db, std::int64_t id,
                                        const std::string& group) -> std::optional<std::int64_t> {
                                         const auto entry = store::load_anchorpoint(db, id);
                                         if (!entry || entry->group_id != group)
                                             return std::nullopt;
                                         return entry->child_id;
                                     });
    if (path.size() == 3) return new_entry(page, group_id);
    if (path.size() == 4) return one_entry(page, group_id, path[3]);
    return undo(page, group_id, path[3]);
}

} // namespace dagritme::web
