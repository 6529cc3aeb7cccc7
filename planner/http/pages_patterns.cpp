// Patterns and handover pages: GET /groep/G/patronen (the group), /groep/G/kind/ID (one child),
// each with /csv?soort=... for the same numbers, and /groep/G/overdracht[?datum=YYYY-MM-DD] (the
// day's entries per child, printable). Read only; the numbers are the domain's pure functions
// (domain/patterns, domain/handover) over what the store reads for the period.
#include "http/pages.hpp"

#include "store/board_query.hpp"
#include "store/care_log.hpp"
#include "store/day.hpp"
#include "store/groups.hpp"
#include "store/limits.hpp"
#include "store/people.hpp"
#include "web/csv.hpp"
#include "web/handover.hpp"
#include "web/patterns_view.hpp"

#include <boost/beast/http/verb.hpp>

#include <algorithm>

namespace dagritme::web {
namespace bhttp = boost::beast::http;
namespace {

Date today_of(ApiContext& ctx) {
    return to_local(Instant{ctx.now()}).date;
}

Group group_of(ApiContext& ctx, const std::string& group_id) {
    auto group = store::load_group(ctx.db, group_id);
    if (!group) throw ApiError(Status::not_found, "unknown_group", "Deze groep bestaat niet.");
    return std::move(*group);
}

const Child& child_of(const std::vector<Child>& children, const std::string& id_text) {
    for (const auto& child : children)
        if (std::to_string(child.id) == id_text) return child;
    throw ApiError(Status::not_found, "unknown_child", "Dit kind hoort niet bij deze groep.");
}

ChildNames names_of(const std::vector<Child>& children) {
    ChildNames names;
    for (const auto& child : children)
        names[child.id] = child.first_name;
    return names;
}

// The patterns of the group, or of one child when `child` is set, over the page's period.
Patterns read_patterns(ApiContext& ctx, const Group& group, const std::optional<Child>& child,
                       Period period) {
    const auto [begin, end] = instants_of(period);
    auto attendance = store::attendance_between(ctx.db, group.id, PersonKind::child, begin, end);
    if (!child)
        return patterns_of(group, period, attendance,
                           store::anchorpoints_of_group(ctx.db, group.id, begin, end),
                           store::limit_violations_of_group(ctx.db, group.id, begin, end));
    AttendanceByPerson own;
    if (const auto found = attendance.find(child->id); found != attendance.end())
        own.insert(*found);
    return patterns_of(group, period, own,
                       store::anchorpoints_of_child(ctx.db, child->id, begin, end),
                       store::limit_violations_of_child(ctx.db, child->id, begin, end));
}

Response csv_response(const Request& req, const std::string& file_name, std::string body) {
    auto res = bytes_response(req, Status::ok, std::move(body), "text/csv; charset=utf-8");
    res.set(bhttp::field::content_disposition, "attachment; filename=\"" + file_name + "\"");
    res.set(bhttp::field::cache_control, "no-store");
    return res;
}

Response patterns_page(PageContext& page, const std::string& group_id,
                       const std::optional<std::string>& child_id, bool csv) {
    auto& ctx = page.ctx;
    const Group group = group_of(ctx, group_id);
    const auto children = store::children_of_group(ctx.db, group_id);
    std::optional<Child> child;
    if (child_id) child = child_of(children, *child_id);

    PatternsPage view;
    view.subject = child ? child->first_name : group.name;
    view.path = "/groep/" + group_id + (child ? "/kind/" + std::to_string(child->id) : "/patronen");
    view.period = choose_period(page.form.value(std::string(preset_field)),
                                page.form.value(std::string(from_field)),
                                page.form.value(std::string(to_field)), today_of(ctx));
    view.names = names_of(children);
    const Patterns patterns = read_patterns(ctx, group, child, view.period.period);

    if (csv) {
        const auto kind = patterns_csv_from(page.form.value(std::string(csv_kind_field)));
        if (!kind || !view.period.errors.empty())
            throw ApiError(Status::bad_request, "bad_query",
                           "Deze download bestaat niet; kies hem op de pagina.");
        return csv_response(page.req, patterns_csv_file_name(*kind, view.subject, patterns.period),
                            patterns_csv(patterns, *kind, view.names));
    }
    Html main;
    main << "<div class=\"titel\"><h1>"
         << text(child ? "Patronen van " + child->first_name : "Patronen van de groep")
         << "</h1><p class=\"groepnaam\">" << text(group.name) << "</p></div>";
    if (!child) {
        main << "<nav aria-label=\"Kinderen\"><ul class=\"kinderen-links\">";
        for (const auto& c : children)
            main << "<li><a href=\"" << attr("/groep/" + group_id + "/kind/" + std::to_string(c.id))
                 << "\">" << text(c.first_name) << "</a></li>";
        main << "</ul></nav>";
    }
    main << patterns_content(view, patterns);
    return html_response(
        page.req, Status::ok,
        web::page(page.frame(view.subject + ": patronen", Tab::patterns, group_id), main));
}

Response handover_page(PageContext& page, const std::string& group_id) {
    auto& ctx = page.ctx;
    const Group group = group_of(ctx, group_id);
    Date date = today_of(ctx);
    if (page.form.has("datum")) {
        const auto asked = Date::parse(page.form.value("datum"));
        if (!asked)
            throw ApiError(Status::bad_request, "bad_date", "Kies een geldige datum (jjjj-mm-dd).");
        date = *asked;
    }
    const auto children = store::children_of_group(ctx.db, group_id);
    HandoverNames names;
    names.children = names_of(children);
    for (const auto& s : store::staff_of_group(ctx.db, group_id))
        names.staff[s.id] = s.first_name;
    for (const auto& limit : store::limits_register(ctx.db, group_id))
        names.limits[limit.id] = limit.text;
    std::vector<std::int64_t> order;
    for (const auto& c : children)
        order.push_back(c.id);
    const auto day = store::care_log_of_day(ctx.db, group_id, date);

    Html main;
    main << "<div class=\"titel\"><h1>Overdracht</h1><p class=\"datum\">" << text(long_date(date))
         << "</p><p class=\"groepnaam\">" << text(group.name) << "</p></div>"
         << handover_children(handover(date, order, day.anchorpoints, day.limit_violations), names);
    return html_response(page.req, Status::ok,
                         web::page(page.frame("Overdracht", Tab::handover, group_id), main));
}

} // namespace

Response route_pattern_pages(ApiContext& ctx, const Request& req,
                             const std::vector<std::string>& path, const std::string& client) {
    if (req.method() != bhttp::verb::get && req.method() != bhttp::verb::head) method_not_allowed();
    const auto& group_id = path.at(1);
    const auto& what = path.at(2);
    const std::size_t page_size = what == "kind" ? 4 : 3;
    const bool csv = what != "overdracht" && path.size() == page_size + 1 && path.back() == "csv";
    if (path.size() != page_size && !csv) not_found();
    // On record: the group, and every child the page shows (one child, or the whole group).
    CareSubject subject{group_id, {}};
    for (const auto& child : store::children_of_group(ctx.db, group_id))
        if (what != "kind" || std::to_string(child.id) == path[3])
            subject.children.push_back(child.id);
    const auto child_number = what == "kind" ? record_id(path[3]) : std::nullopt;
    std::string logged = what != "kind" ? "patronen groep"
                         : child_number ? "patronen kind " + std::to_string(*child_number)
                                        : "patronen kind ?";
    if (csv) logged += " (csv)";
    if (what == "overdracht") {
        logged = "overdracht";
        const auto query = Form::parse(query_of(req.target()));
        if (query && query->has("datum"))
            if (const auto date = Date::parse(query->value("datum"))) logged += " " + date->str();
    }
    auto page = open_care_page(ctx, req, client, Permission::read_care_log, subject,
                               csv ? AuditAction::export_record : AuditAction::read, logged);
    if (what == "overdracht") return handover_page(page, group_id);
    if (what == "patronen") return patterns_page(page, group_id, {}, csv);
    return patterns_page(page, group_id, path[3], csv);
}

} // namespace dagritme::web
