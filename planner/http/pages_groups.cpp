// Groepen and a group's Instellingen (manage_groups: coordinators and the administrator):
// GET/POST /groepen (the list; a new group), GET/POST /groep/ID/instellingen (name and hours;
// the routine of one weekday, or of every open day). The rules are the domain's, applied by
// app/group_settings; this file reads the forms and puts each problem next to its field.
#include "http/pages.hpp"

#include "app/group_settings.hpp"
#include "http/problem_words.hpp"
#include "store/groups.hpp"
#include "web/groups_page.hpp"

#include <boost/beast/http/verb.hpp>

#include <algorithm>
#include <set>

namespace dagritme::web {
namespace bhttp = boost::beast::http;
namespace {

[[noreturn]] void bad_form() {
    throw ApiError(Status::bad_request, "bad_form",
                   "Dit formulier kwam niet goed aan; laad de pagina opnieuw.");
}

// The name and hours of a form (hours_fields) onto `group`.
void read_hours(FormReader& form, Group& group) {
    const auto& sent = form.form();
    if (auto name = form.text("naam", max_group_name_length, true)) group.name = std::move(*name);
    for (int day = 1; day <= 7; ++day) {
        const auto d = std::to_string(day);
        auto& hours = group.opening.at(static_cast<std::size_t>(day));
        hours.reset();
        if (sent.value("open-" + d) != "ja") continue; // closed: its times do not matter
        const auto open = form.time("van-" + d, true);
        const auto close = form.time("tot-" + d, true);
        if (open && close) hours = OpeningHours{*open, *close};
    }
    if (const auto on = form.time("scherm-aan", true)) group.screen_on = *on;
    if (const auto off = form.time("scherm-uit", true)) group.screen_off = *off;
}

void report(FormReader& form, const std::vector<SettingsProblem>& problems, const Group& edited) {
    for (const auto& p : problems) {
        const auto d = std::to_string(p.weekday);
        std::string field = "tot-" + d;
        if (p.kind == SettingsProblem::screen_off_before_on) field = "scherm-uit";
        if (p.kind == SettingsProblem::routine_outside_hours) {
            if (p.routine->kind == HoursProblem::Kind::closed_day) field = "open-" + d;
            if (p.routine->kind == HoursProblem::Kind::before_opening) field = "van-" + d;
        }
        form.fail(field, dutch(p, edited));
    }
}

std::vector<Group> all_groups(store::Database& db) {
    std::vector<Group> groups;
    for (const auto& id : store::group_ids(db))
        groups.push_back(*store::load_group(db, id));
    return groups;
}

Response groups_page(PageContext& page, Status status, const FieldErrors& errors) {
    const GroupsView view{page.session.csrf_token, all_groups(page.ctx.db)};
    return html_response(
        page.req, status,
        web::page(page.frame("Groepen", Tab::groups), groups_content(view, page.form, errors)));
}

Response create(PageContext& page) {
    FormReader form(page.form);
    Group group;
    read_hours(form, group);
    auto id = form.text("id", max_group_id_length, false).value_or("");
    if (id.empty() && !group.name.empty()) {
        id = group_id_from_name(group.name);
        if (id.empty())
            form.fail("id", "Uit deze naam volgt geen code; vul zelf een code in, zoals "
                            "zonnebloem.");
    }
    if (!id.empty() && !valid_group_id(id))
        form.fail("id", "Gebruik alleen kleine letters, cijfers en streepjes (hoogstens 40), "
                        "zoals zonnebloem.");
    group.id = id;
    if (form.ok()) report(form, check_settings(Group{}, group), group);
    if (form.ok() && app::create_group(page.ctx.db, group))
        form.fail("id", "Er is al een groep met de code " + id + ". Kies een andere code.");
    if (!form.ok()) return groups_page(page, Status::unprocessable_entity, form.errors());
    return redirect(page.req, "/groep/" + id + "/instellingen?opgeslagen=nieuw");
}

GroupSettingsView settings_view(PageContext& page, const std::string& group_id) {
    auto& ctx = page.ctx;
    GroupSettingsView view{page.session.csrf_token, *store::load_group(ctx.db, group_id), {}, {}};
    for (const auto& name : ctx.catalog.names())
        view.pictograms.push_back({name, ctx.catalog.import(name, ctx.media)});
    return view;
}

std::string notice(const std::string& saved) {
    if (saved == "nieuw") return "De groep is aangemaakt. Vul nu het dagritme per dag in.";
    if (saved == "uren") return "De groep en haar openingstijden zijn opgeslagen.";
    if (saved == "alle")
        return "Het dagritme is opgeslagen voor alle open dagen; de schermen tonen het meteen.";
    if (saved.size() == 1 && saved[0] >= '1' && saved[0] <= '7')
        return "Het dagritme van " + std::string(dutch_weekday(saved[0] - '0')) +
               " is opgeslagen; de schermen tonen het meteen.";
    return "";
}

Response settings_page(PageContext& page, const std::string& group_id, Status status,
                       const std::string& failed, const FieldErrors& errors) {
    auto view = settings_view(page, group_id);
    if (status == Status::ok) view.notice = notice(page.form.value("opgeslagen"));
    return html_response(page.req, status,
                         web::page(page.frame("Instellingen", Tab::settings, group_id),
                                   settings_content(view, failed, page.form, errors)));
}

Response save_hours(PageContext& page, const std::string& group_id) {
    FormReader form(page.form);
    auto group = *store::load_group(page.ctx.db, group_id);
    read_hours(form, group);
    if (form.ok()) report(form, app::save_settings(page.ctx.db, group), group);
    if (!form.ok())
        return settings_page(page, group_id, Status::unprocessable_entity, "uren", form.errors());
    page.ctx.hub.publish(group_id);
    return redirect(page.req, "/groep/" + group_id + "/instellingen?opgeslagen=uren");
}

Response save_day(PageContext& page, const std::string& group_id) {
    auto& ctx = page.ctx;
    FormReader form(page.form);
    const auto day = form.integer("dag", 1, 7, true);
    const auto rows = form.integer("rijen", 0, max_routine_rows, true);
    const auto op = page.form.value("op");
    if (!day || !rows || (op != "opslaan" && op != "kopieer")) bad_form();
    const auto stored = *store::load_group(ctx.db, group_id);
    // A block kept as it was names its image by hash; only the group's own images are kept so.
    std::set<std::string> kept;
    for (const auto& blocks : stored.routines.days)
        for (const auto& b : blocks)
            kept.insert(b.pictogram);

    std::vector<std::pair<std::size_t, RoutineBlock>> blocks; // with their row
    for (std::int64_t i = 0; i < *rows; ++i) {
        const auto n = std::to_string(i);
        if (page.form.value("weg-" + n) == "ja") continue;
        const auto names = {"start-", "eind-", "soort-", "picto-", "tekst-"};
        if (std::all_of(names.begin(), names.end(),
                        [&](const char* f) { return page.form.value(f + n).empty(); }))
            continue; // an empty row
        const auto start = form.time("start-" + n, true);
        const auto end = form.time("eind-" + n, true);
        const auto kind = form.choice<RoutineKind>("soort-" + n, routine_kind_from, true);
        const auto pictogram = page.form.value("picto-" + n);
        if (pictogram.empty())
            form.fail("picto-" + n, "Kies een pictogram.");
        else if (!ctx.catalog.contains(pictogram) && !kept.contains(pictogram))
            form.fail("picto-" + n, "Dit pictogram bestaat niet.");
        const auto label = form.text("tekst-" + n, 60, false);
        if (label && label->empty())
            form.fail("tekst-" + n, "Geef dit blok een naam, zoals de kinderen het horen.");
        if (start && end && kind && label && !label->empty())
            blocks.emplace_back(static_cast<std::size_t>(i),
                                RoutineBlock{*start, *end, *kind, pictogram, *label});
    }
    std::stable_sort(blocks.begin(), blocks.end(),
                     [](const auto& a, const auto& b) { return a.second.start < b.second.start; });

    std::vector<int> weekdays{static_cast<int>(*day)};
    if (op == "kopieer")
        for (int d = 1; d <= 7; ++d)
            if (d != *day && stored.opening.at(static_cast<std::size_t>(d))) weekdays.push_back(d);
    DayTemplate routine;
    for (const auto& [row, block] : blocks)
        routine.push_back(block);
    if (form.ok()) {
        if (const auto problem =
                app::save_routine(ctx.db, ctx.catalog, ctx.media, group_id, weekdays, routine)) {
            const auto position =
                problem->order ? problem->order->position : problem->hours->position;
            const auto row = std::to_string(blocks.at(position).first);
            std::string field = "start-" + row;
            std::string message;
            if (problem->order) {
                if (problem->order->kind == BlockProblem::Kind::ends_before_start)
                    field = "eind-" + row;
                message = dutch(*problem->order);
            } else {
                if (problem->hours->kind == HoursProblem::Kind::closed_day) field = "dag";
                if (problem->hours->kind == HoursProblem::Kind::after_closing)
                    field = "eind-" + row;
                message = dutch(*problem->hours, problem->weekday);
            }
            if (problem->weekday != *day)
                message = "Op " + std::string(dutch_weekday(problem->weekday)) + ": " + message;
            form.fail(field, message);
        }
    }
    if (!form.ok())
        return settings_page(page, group_id, Status::unprocessable_entity, std::to_string(*day),
                             form.errors());
    ctx.hub.publish(group_id);
    return redirect(page.req, "/groep/" + group_id + "/instellingen?opgeslagen=" +
                                  (op == "kopieer" ? "alle" : std::to_string(*day)));
}

} // namespace

Outcome route_group_pages(ApiContext& ctx, const Request& req,
                          const std::vector<std::string>& path) {
    const bool get = req.method() == bhttp::verb::get || req.method() == bhttp::verb::head;
    if (!get && req.method() != bhttp::verb::post) method_not_allowed();
    if (path.size() == 1 && path[0] == "groepen") {
        auto page = open_page(ctx, req, Permission::manage_groups);
        return get ? groups_page(page, Status::ok, {}) : create(page);
    }
    if (path.size() != 3 || path[0] != "groep" || path[2] != "instellingen") not_found();
    auto page = open_group_page(ctx, req, Permission::manage_groups, path[1]);
    if (get) return settings_page(page, path[1], Status::ok, "", {});
    const auto part = page.form.value("deel");
    if (part == "uren") return save_hours(page, path[1]);
    if (part == "dag") return save_day(page, path[1]);
    bad_form();
}

} // namespace dagritme::web
