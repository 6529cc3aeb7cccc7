// Vandaag: GET /groep/G (the page), GET /groep/G/bord (what the wall shows, refreshed),
// POST /groep/G/aanwezig (check in/out), /begeleider (who brought or collected a child),
// /plan (add, move, rename, remove a block), /groepjes (add or remove an activity group) and
// /afwezig (pages_absence.cpp).
// Each write calls the same app:: function as the JSON API and tells the wall screens at once.
#include "http/pages_today.hpp"

#include "app/absences.hpp"
#include "app/group_day.hpp"
#include "http/problem_words.hpp"
#include "store/board_query.hpp"
#include "store/day.hpp"
#include "store/groups.hpp"
#include "store/people.hpp"
#include "store/placements.hpp"
#include "web/today_page.hpp"
#include "web/today_plan.hpp"

#include <boost/beast/http/verb.hpp>

#include <algorithm>
#include <map>

namespace dagritme::web {
namespace bhttp = boost::beast::http;
namespace {

LocalDateTime local_now(ApiContext& ctx) {
    return to_local(Instant{ctx.now()});
}

PersonTile tile_of(bool child, std::int64_t id, const std::string& name,
                   const std::optional<std::string>& photo,
                   const std::vector<AttendanceEvent>* events) {
    PersonTile t;
    t.id = id;
    t.child = child;
    t.first_name = name;
    t.photo = photo;
    if (events && !events->empty()) {
        t.present = is_present(*events);
        const auto latest = std::max_element(
            events->begin(), events->end(),
            [](const AttendanceEvent& a, const AttendanceEvent& b) { return a.at < b.at; });
        t.since = to_local(latest->at).time;
    }
    return t;
}

// "Ziek", "Vakantie t/m 26 december", "Komt om 10:00": for the staff, never on a board.
void describe_absence(PersonTile& tile, const Absence& a, Date today) {
    static const std::map<AbsenceReason, std::string> words{
        {AbsenceReason::ill, "Ziek"},
        {AbsenceReason::holiday, "Vakantie"},
        {AbsenceReason::later, "Komt later"},
        {AbsenceReason::appointment, "Afspraak"},
        {AbsenceReason::other, "Afgemeld"}};
    tile.absence_id = a.id;
    tile.away_note = a.note;
    tile.expected = !away_on(a, today);
    if (a.reason == AbsenceReason::later && a.arrives_at) {
        tile.away = "Komt om " + a.arrives_at->str();
        return;
    }
    tile.away = words.at(a.reason);
    if (a.last_day > today) tile.away += " t/m " + long_date(a.last_day);
}

} // namespace

TodayView today_view(PageContext& page, const std::string& group_id) {
    auto& ctx = page.ctx;
    const auto now = local_now(ctx);
    auto day = store::load_group_day(ctx.db, group_id, now.date);
    if (!day) throw ApiError(Status::not_found, "unknown_group", "Deze groep bestaat niet.");
    const auto escorts = store::escorts_of_day(ctx.db, group_id, now.date);
    const auto absences = store::absences_on(ctx.db, group_id, now.date);

    TodayView view;
    view.group_id = group_id;
    view.group_name = day->group.name;
    view.date = now.date;
    view.now = now.time;
    view.csrf = page.session.csrf_token;
    view.may_edit = may(page.session.account.role, Permission::write_day);
    view.form_key = PageContext::new_form_key();
    for (const auto& c : day->children) {
        // Only the children placed on this day: not who left, not who comes on other weekdays.
        if (!placed_on(c.placement, now.date)) continue;
        const auto events = day->child_events.find(c.id);
        auto tile = tile_of(true, c.id, c.first_name, c.photo,
                            events == day->child_events.end() ? nullptr : &events->second);
        if (const auto e = escorts.find(c.id); e != escorts.end()) tile.escort = e->second;
        for (const auto& p : day->parents)
            if (p.family_id == c.family_id && std::find(tile.escorts.begin(), tile.escorts.end(),
                                                        p.relation) == tile.escorts.end())
                tile.escorts.push_back(p.relation);
        tile.escorts.push_back("taxi");
        tile.own_place_item = c.own_place_item;
        for (const auto& a : absences)
            if (a.child_id == c.id) describe_absence(tile, a, now.date);
        view.children.push_back(std::move(tile));
    }
    for (const auto& s : day->staff) {
        const auto events = day->staff_events.find(s.id);
        view.staff.push_back(
            tile_of(false, s.id, s.first_name, s.photo,
                    events == day->staff_events.end() ? nullptr : &events->second));
    }
    view.plan = day_plan(day->group, now.date, day->changes);
    view.activities = day->activities;
    if (view.may_edit)
        for (const auto& name : ctx.catalog.names())
            view.pictograms.push_back({name, ctx.catalog.import(name, ctx.media)});
    view.board = *store::load_board(ctx.db, group_id, now.date);
    return view;
}

namespace {

// The fragment for htmx, or the whole page; `status` 422 for a refused form.
Response answer(PageContext& page, const std::string& group_id, Status status,
                const Html& fragment) {
    if (page.htmx) return html_response(page.req, status, fragment);
    if (status == Status::ok) return redirect(page.req, "/groep/" + group_id);
    auto view = today_view(page, group_id);
    (void)view;
    return html_response(page.req, status,
                         web::page(page.frame("Vandaag", Tab::today, group_id), fragment));
}

Html with_board(const TodayView& view, Html fragment) {
    // The wall's preview changes with every write: swapped in out of band.
    auto preview = board_preview(view).str();
    preview.insert(preview.find('>'), " hx-swap-oob=\"true\"");
    fragment << raw(std::move(preview));
    return fragment;
}

Response attendance(PageContext& page, const std::string& group_id) {
    FormReader form(page.form);
    const auto who = form.choice<PersonKind>(
        "wie",
        [](std::string_view v) -> std::optional<PersonKind> {
            if (v == "kind") return PersonKind::child;
            if (v == "leiding") return PersonKind::staff;
            return std::nullopt;
        },
        true);
    const auto id = form.integer("id", 1, INT64_MAX, true);
    const auto action = form.choice<bool>(
        "actie",
        [](std::string_view v) -> std::optional<bool> {
            if (v == "in") return true;
            if (v == "uit") return false;
            return std::nullopt;
        },
        true);
    if (!form.ok())
        throw ApiError(Status::bad_request, "bad_form",
                       "Deze tik kwam niet goed aan; laad de pagina opnieuw.");
    if (const auto problem = app::check_in_or_out(page.ctx.db, group_id, *who, *id, *action,
                                                  Instant{page.ctx.now()}))
        throw refusal(*problem, *who, *id);
    page.ctx.hub.publish(group_id);
    const auto view = today_view(page, group_id);
    const auto& people = *who == PersonKind::child ? view.children : view.staff;
    for (const auto& p : people)
        if (p.id == *id)
            return answer(page, group_id, Status::ok, with_board(view, person_tile(view, p)));
    not_found();
}

Response escort(PageContext& page, const std::string& group_id) {
    FormReader form(page.form);
    const auto id = form.integer("id", 1, INT64_MAX, true);
    const auto escort = form.text("begeleider", app::max_escort_length, true);
    if (!form.ok())
        throw ApiError(Status::bad_request, "bad_form",
                       "Deze tik kwam niet goed aan; laad de pagina opnieuw.");
    if (const auto problem =
            app::set_escort(page.ctx.db, group_id, *id, *escort, Instant{page.ctx.now()})) {
        switch (problem->kind) {
        case app::EscortProblem::Kind::not_in_group:
            throw ApiError(Status::not_found, "unknown_child",
                           "Dit kind hoort niet bij deze groep.");
        case app::EscortProblem::Kind::no_event:
            throw ApiError(Status::conflict, "not_checked_in",
                           "Dit kind is vandaag nog niet in- of uitgecheckt.");
        case app::EscortProblem::Kind::too_long:
            throw ApiError(Status::bad_request, "bad_form", "Die naam is te lang.");
        }
    }
    const auto view = today_view(page, group_id);
    for (const auto& p : view.children)
        if (p.id == *id) return answer(page, group_id, Status::ok, person_tile(view, p));
    not_found();
}

// The pictogram of a form, when given: a name from the catalogue.
std::optional<std::string> pictogram_of(PageContext& page, FormReader& form, bool required) {
    const auto name = page.form.value("pictogram");
    if (name.empty()) {
        if (required) form.fail("pictogram", "Kies een pictogram.");
        return std::nullopt;
    }
    if (!page.ctx.catalog.contains(name)) {
        form.fail("pictogram", "Dit pictogram bestaat niet.");
        return std::nullopt;
    }
    return name;
}

Response plan(PageContext& page, const std::string& group_id) {
    FormReader form(page.form);
    const auto op = page.form.value("op");
    DayChange change;
    if (op == "toevoegen") {
        change.op = ChangeOp::add;
        const auto start = form.time("start", true);
        const auto end = form.time("eind", true);
        const auto label = form.text("label", 60, true);
        const auto kind = form.choice<RoutineKind>("soort", routine_kind_from, true);
        const auto pictogram = pictogram_of(page, form, true);
        if (form.ok()) change.block = RoutineBlock{*start, *end, *kind, *pictogram, *label};
    } else if (op == "verplaatsen") {
        change.op = ChangeOp::move;
        const auto start = form.time("start", true);
        const auto end = form.time("eind", true);
        if (form.ok()) {
            change.block.start = *start;
            change.block.end = *end;
        }
    } else if (op == "hernoemen") {
        change.op = ChangeOp::relabel;
        const auto label = form.text("label", 60, true);
        const auto pictogram = pictogram_of(page, form, false);
        if (form.ok()) {
            change.block.label = *label;
            change.block.pictogram = pictogram.value_or("");
        }
    } else if (op == "weghalen") {
        change.op = ChangeOp::remove;
    } else {
        throw ApiError(Status::bad_request, "bad_form",
                       "Deze wijziging kwam niet goed aan; laad de pagina opnieuw.");
    }
    change.target = page.form.value("blok");
    if (form.ok()) {
        const auto date = local_now(page.ctx).date;
        const auto group = *store::load_group(page.ctx.db, group_id);
        auto result =
            app::change_day(page.ctx.db, page.ctx.catalog, page.ctx.media, group, date, change);
        if (const auto* problem = std::get_if<PlanProblem>(&result)) {
            const auto words = refusal(*problem);
            form.fail(problem->kind == PlanProblem::Kind::unknown_block ? "blok" : "start",
                      words.what());
        } else {
            page.ctx.hub.publish(group_id);
        }
    }
    const auto view = today_view(page, group_id);
    if (!form.ok())
        return answer(page, group_id, Status::unprocessable_entity,
                      plan_section(view, page.form, form.errors()));
    return answer(page, group_id, Status::ok, with_board(view, plan_section(view, {}, {})));
}

Response activities(PageContext& page, const std::string& group_id) {
    FormReader form(page.form);
    const auto op = page.form.value("op");
    const auto date = local_now(page.ctx).date;
    auto list = store::activities_of_day(page.ctx.db, group_id, date);
    if (op == "weghalen") {
        const auto id = form.integer("groepje", 1, INT64_MAX, true);
        if (id) std::erase_if(list, [&](const ActivityGroup& a) { return a.id == *id; });
    } else if (op == "toevoegen") {
        ActivityGroup a;
        const auto label = form.text("label", 60, true);
        const auto start = form.time("start", true);
        const auto end = form.time("eind", true);
        const auto pictogram = pictogram_of(page, form, true);
        const auto to_ids = [&](const char* name) {
            return form.choices<std::int64_t>(name, record_id, false)
                .value_or(std::vector<std::int64_t>{});
        };
        a.staff = to_ids("leiding");
        a.children = to_ids("kinderen");
        if (a.staff.empty()) form.fail("leiding", "Kies wie van de leiding meegaat.");
        if (a.children.empty()) form.fail("kinderen", "Kies minstens één kind.");
        if (form.ok()) {
            a.label = *label;
            a.start = *start;
            a.end = *end;
            a.pictogram = *pictogram;
            list.push_back(std::move(a));
        }
    } else {
        throw ApiError(Status::bad_request, "bad_form",
                       "Deze wijziging kwam niet goed aan; laad de pagina opnieuw.");
    }
    if (form.ok()) {
        // Stored activities name their pictogram by hash; the app takes catalogue names for
        // new ones and keeps a hash as it is.
        if (const auto problem = app::set_activities(page.ctx.db, page.ctx.catalog, page.ctx.media,
                                                     group_id, date, list)) {
            const auto words = refusal(*problem);
            using Kind = ActivityProblem::Kind;
            form.fail(problem->kind == Kind::unknown_staff       ? "leiding"
                      : problem->kind == Kind::unknown_child     ? "kinderen"
                      : problem->kind == Kind::ends_before_start ? "eind"
                                                                 : "label",
                      words.what());
        } else {
            page.ctx.hub.publish(group_id);
        }
    }
    const auto view = today_view(page, group_id);
    if (!form.ok())
        return answer(page, group_id, Status::unprocessable_entity,
                      activities_section(view, page.form, form.errors()));
    return answer(page, group_id, Status::ok, with_board(view, activities_section(view, {}, {})));
}

} // namespace

Response route_today_pages(ApiContext& ctx, const Request& req,
                           const std::vector<std::string>& path) {
    const auto& group_id = path[1];
    const bool get = req.method() == bhttp::verb::get || req.method() == bhttp::verb::head;
    if (path.size() == 2) {
        if (!get) method_not_allowed();
        auto page = open_group_page(ctx, req, Permission::read_day, group_id);
        const auto view = today_view(page, group_id);
        return html_response(
            req, Status::ok,
            web::page(page.frame("Vandaag", Tab::today, group_id), today_content(view)));
    }
    if (path.size() != 3) not_found();
    const auto& what = path[2];
    if (what == "bord") {
        if (!get) method_not_allowed();
        auto page = open_group_page(ctx, req, Permission::read_day, group_id);
        return html_response(req, Status::ok, board_preview(today_view(page, group_id)));
    }
    if (what != "aanwezig" && what != "begeleider" && what != "plan" && what != "groepjes" &&
        what != "afwezig")
        not_found();
    if (req.method() != bhttp::verb::post) method_not_allowed();
    auto page = open_group_page(ctx, req, Permission::write_day, group_id);
    if (what == "aanwezig") return attendance(page, group_id);
    if (what == "begeleider") return escort(page, group_id);
    if (what == "plan") return plan(page, group_id);
    if (what == "afwezig") return post_absence(page, group_id);
    return activities(page, group_id);
}

} // namespace dagritme::web
