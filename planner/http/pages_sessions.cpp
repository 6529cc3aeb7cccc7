// Sessies: GET /groep/G/sessies (the series, this and next week, the form for a new series),
// POST it to schedule a series (with an idempotency key). The series' own page is in
// pages_series.cpp.
#include "http/pages_sessions.hpp"

#include "app/sessions.hpp"
#include "store/groups.hpp"
#include "store/people.hpp"
#include "store/sessions.hpp"

#include <boost/beast/http/verb.hpp>

#include <algorithm>
#include <climits>
#include <map>
#include <set>

namespace dagritme::web {
namespace bhttp = boost::beast::http;
namespace {

std::optional<SessionSeries> read_series(FormReader& form, const std::string& group_id) {
    SessionSeries s;
    s.group_id = group_id;
    const auto type = form.choice<SessionType>("soort", session_type_from, true);
    std::optional<std::int64_t> weekday;
    if (form.form().value("dag").empty())
        form.fail("dag", "Kies een dag van de week.");
    else
        weekday = form.integer("dag", INT_MIN, INT_MAX, true);
    const auto start = form.time("begin", true);
    const auto end = form.time("eind", true);
    const auto place = form.text("plaats", max_place_length, false);
    std::optional<std::int64_t> leader;
    if (form.form().value("leider").empty())
        form.fail("leider", "Kies wie de sessie leidt.");
    else
        leader = form.integer("leider", 1, INT64_MAX, true);
    const auto capacity = form.integer("plaatsen", INT_MIN, INT_MAX, true);
    const auto first = form.date("eerste", true);
    const auto last = form.date("laatste", false);
    if (!form.ok()) return std::nullopt;
    s.type = *type;
    s.weekday = static_cast<int>(*weekday);
    s.start = *start;
    s.end = *end;
    s.place = *place;
    s.leader = leader;
    s.capacity = static_cast<int>(*capacity);
    s.first = *first;
    s.last = last;
    return s;
}

SessionsView sessions_view(PageContext& page, const std::string& group_id) {
    auto& db = page.ctx.db;
    SessionsView view;
    view.group_id = group_id;
    view.group_name = store::load_group(db, group_id)->name;
    view.csrf = page.session.csrf_token;
    view.today = today_of(page.ctx);
    view.series = store::series_of_group(db, group_id);
    view.staff = leader_choices(page.ctx, group_id);
    view.form_key = PageContext::new_form_key();
    const Date monday = Date::from_days(view.today.days() - (view.today.weekday() - 1));
    const Date sunday_next = Date::from_days(monday.days() + 13);
    for (const auto& s : view.series) {
        std::set<std::int64_t> families;
        for (const auto& i : store::invitations_of_series(db, s.id))
            families.insert(i.family_id);
        view.invited[s.id] = families.size();
        for (auto& o : expand(s, monday, sunday_next))
            view.upcoming.push_back(std::move(o));
    }
    std::stable_sort(view.upcoming.begin(), view.upcoming.end(),
                     [](const SessionOccurrence& a, const SessionOccurrence& b) {
                         return a.date != b.date ? a.date < b.date : a.start < b.start;
                     });
    return view;
}

Response sessions_page(PageContext& page, const std::string& group_id) {
    const auto show = [&](Status status, const Form& values, const FieldErrors& errors,
                          const std::string& notice) {
        auto view = sessions_view(page, group_id);
        view.notice = notice;
        return html_response(page.req, status,
                             web::page(page.frame("Sessies", Tab::sessions, group_id),
                                       sessions_content(view, values, errors)));
    };
    if (!page.posted()) return show(Status::ok, Form{}, {}, "");
    FormReader form(page.form);
    if (auto series = read_series(form, group_id)) {
        const auto result =
            app::schedule_series(page.ctx.db, *series, page.session.account.id,
                                 page.form.value("sleutel"), Instant{page.ctx.now()});
        if (const auto* id = std::get_if<std::int64_t>(&result))
            return redirect(page.req, "/groep/" + group_id + "/sessies/" + std::to_string(*id) +
                                          "?klaar=gepland");
        place_session_problem(form, std::get<SessionProblem>(result), series->capacity,
                              series->start.minutes < earliest_session_minute ||
                                  series->start.minutes > latest_session_minute);
    }
    return show(Status::unprocessable_entity, page.form, form.errors(), "");
}

} // namespace

Date today_of(const ApiContext& ctx) {
    return to_local(Instant{ctx.now()}).date;
}

std::vector<LeaderChoice> leader_choices(ApiContext& ctx, const std::string& group_id) {
    std::vector<LeaderChoice> out;
    for (const auto& s : store::staff_of_group(ctx.db, group_id))
        out.push_back({s.id, s.first_name});
    return out;
}

std::vector<FamilyChoice> family_choices(ApiContext& ctx, const std::string& group_id) {
    std::map<std::int64_t, std::vector<std::string>> children;
    for (const auto& c : store::children_of_group(ctx.db, group_id))
        children[c.family_id].push_back(c.first_name);
    const auto parents = store::parents_of_group(ctx.db, group_id);
    std::vector<FamilyChoice> out;
    for (const auto& [family, names] : children) {
        FamilyChoice f{family, store::family_name(ctx.db, family).value_or("Gezin") + " (", {}};
        for (std::size_t i = 0; i < names.size(); ++i)
            f.label += (i ? ", " : "") + names[i];
        f.label += ")";
        for (const auto& p : parents)
            if (p.family_id == family && p.announced) // not who may not be invited
                f.parents.push_back({p.id, p.first_name + " (" + p.relation + ")"});
        out.push_back(std::move(f));
    }
    std::sort(out.begin(), out.end(),
              [](const FamilyChoice& a, const FamilyChoice& b) { return a.label < b.label; });
    return out;
}

void place_session_problem(FormReader& form, const SessionProblem& problem, int capacity,
                           bool start_outside, const std::string& date_field) {
    using Kind = SessionProblem::Kind;
    switch (problem.kind) {
    case Kind::ends_before_start:
        return form.fail("eind", "De eindtijd moet na de begintijd liggen.");
    case Kind::outside_hours:
        return form.fail(start_outside ? "begin" : "eind", "Kies een tijd tussen 06:00 en 20:00.");
    case Kind::bad_weekday:
        return form.fail("dag", "Kies een dag van de week.");
    case Kind::bad_capacity:
        return form.fail("plaatsen", "Vul een aantal gezinnen van 1 tot en met 40 in.");
    case Kind::empty_place:
        return form.fail("plaats", "Vul in waar de sessie is.");
    case Kind::place_too_long:
        return form.fail("plaats", "Deze plaats is te lang (hoogstens 80 tekens).");
    case Kind::last_before_first:
        return form.fail("laatste", "De laatste keer kan niet voor de eerste keer liggen.");
    case Kind::first_not_on_weekday:
        return form.fail("eerste", "De eerste keer valt niet op de gekozen dag van de week.");
    case Kind::not_an_occurrence:
        return form.fail(date_field, "Op deze datum is er geen sessie van deze reeks.");
    case Kind::reason_too_long:
        return form.fail("reden", "Deze reden is te lang (hoogstens 200 tekens).");
    case Kind::full:
        return form.fail("gezin", "Deze sessie is vol: er is plaats voor " +
                                      (capacity == 1 ? std::string("1 gezin")
                                                     : std::to_string(capacity) + " gezinnen") +
                                      ".");
    case Kind::already_invited:
        return form.fail("gezin", "Dit gezin is al uitgenodigd.");
    case Kind::not_invited:
        return form.fail("gezin", "Dit gezin is niet uitgenodigd.");
    case Kind::unknown_leader:
        return form.fail("leider", "Deze groepsleider werkt niet in deze groep.");
    case Kind::unknown_family:
        return form.fail("gezin", "Dit gezin heeft geen kind in deze groep.");
    case Kind::unknown_parent:
        return form.fail("ouder", "Deze ouder is voor deze keer niet uitgenodigd.");
    case Kind::in_future:
        return form.fail("ouder", "Deze keer moet nog komen; vul daarna in wie er kwam.");
    }
    form.fail(date_field, "Dat lukte niet.");
}

Response route_session_pages(ApiContext& ctx, const Request& req,
                             const std::vector<std::string>& path) {
    const auto& group_id = path[1];
    const bool get = req.method() == bhttp::verb::get || req.method() == bhttp::verb::head;
    if (!get && req.method() != bhttp::verb::post) method_not_allowed();
    if (path.size() > 4) not_found();
    auto page =
        open_group_page(ctx, req, get ? Permission::read_day : Permission::write_day, group_id);
    if (path.size() == 3) return sessions_page(page, group_id);
    return series_page(page, group_id, path[3]);
}

} // namespace dagritme::web
