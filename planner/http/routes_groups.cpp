// The day of a group: GET /api/groups, GET /api/groups/G/board[?date=],
// POST /api/groups/G/attendance, POST /api/groups/G/days/DATE/changes,
// PUT /api/groups/G/days/DATE/activities.
#include "http/api.hpp"

#include "app/group_day.hpp"
#include "http/problem_words.hpp"
#include "store/board_query.hpp"
#include "store/groups.hpp"
#include "json/board_json.hpp"

#include <boost/beast/http/verb.hpp>

#include <cstdint>

namespace dagritme::web {
namespace bhttp = boost::beast::http;
namespace {

Group require_group(ApiContext& ctx, const std::string& id) {
    auto group = store::load_group(ctx.db, id);
    if (!group) throw ApiError(Status::not_found, "unknown_group", "Onbekende groep: " + id + ".");
    return *group;
}

Date require_date(const std::string& text) {
    const auto date = Date::parse(text);
    if (!date)
        throw ApiError(Status::bad_request, "bad_date",
                       "Verwacht een datum JJJJ-MM-DD, kreeg \"" + text + "\".");
    return *date;
}

TimeOfDay time_field(JsonFields& fields, const std::string& key) {
    const auto text = fields.string(key, 5);
    const auto time = TimeOfDay::parse(text);
    if (!time) fields.fail(key, "verwacht een tijd UU:MM van 00:00 tot 23:59");
    return *time;
}

// The name of a known pictogram. The write imports it into the media store once the whole
// request is valid: a refused request writes no file.
std::string pictogram_field(ApiContext& ctx, JsonFields& fields, const std::string& key) {
    auto name = fields.string(key, 64);
    if (!ctx.catalog.contains(name))
        throw ApiError(Status::bad_request, "unknown_pictogram",
                       "Onbekend pictogram: " + name + ".");
    return name;
}

Date today(ApiContext& ctx) {
    return to_local(Instant{ctx.now()}).date;
}

Response published(ApiContext& ctx, const Request& req, const std::string& group,
                   nlohmann::json body) {
    ctx.hub.publish(group);
    body["revision"] = ctx.hub.revision(group);
    return json_response(req, Status::ok, body);
}

Response attendance(ApiContext& ctx, const Request& req, const std::string& group) {
    const auto body = json_body(req);
    JsonFields fields(body);
    const auto person = fields.string("person", 10);
    const auto kind = person_kind_from(person);
    if (!kind) fields.fail("person", "verwacht \"child\" of \"staff\"");
    const auto id = fields.integer("id");
    const auto action = fields.string("action", 20);
    if (action != "check_in" && action != "check_out")
        fields.fail("action", "verwacht \"check_in\" of \"check_out\"");
    fields.finish();

    const bool check_in = action == "check_in";
    if (const auto problem =
            app::check_in_or_out(ctx.db, group, *kind, id, check_in, Instant{ctx.now()}))
        throw refusal(*problem, *kind, id);
    return published(ctx, req, group, {{"present", check_in}});
}

Response change_day(ApiContext& ctx, const Request& req, const std::string& group_id, Date date) {
    const auto group = require_group(ctx, group_id);
    const auto body = json_body(req);
    JsonFields fields(body);
    const auto op_name = fields.string("op", 10);
    const auto op = change_op_from(op_name);
    if (!op) fields.fail("op", "verwacht add, move, remove of relabel");
    DayChange change{0, *op, "", {}};
    if (*op != ChangeOp::add) change.target = fields.string("target", 20);
    if (*op == ChangeOp::add || *op == ChangeOp::move) {
        change.block.start = time_field(fields, "start");
        change.block.end = time_field(fields, "end");
    }
    if (*op == ChangeOp::add) {
        const auto kind = fields.string("kind", 20);
        const auto parsed = routine_kind_from(kind);
        if (!parsed) fields.fail("kind", "verwacht een van: " + routine_kind_list());
        change.block.kind = *parsed;
    }
    if (*op == ChangeOp::add || *op == ChangeOp::relabel)
        change.block.label = fields.string("label", 80);
    if (*op == ChangeOp::add || (*op == ChangeOp::relabel && fields.has("pictogram")))
        change.block.pictogram = pictogram_field(ctx, fields, "pictogram");
    else if (*op == ChangeOp::relabel)
        fields.optional_string("pictogram");
    fields.finish();

    auto result = app::change_day(ctx.db, ctx.catalog, ctx.media, group, date, std::move(change));
    if (const auto* problem = std::get_if<PlanProblem>(&result)) throw refusal(*problem);
    return published(ctx, req, group_id, {{"block", std::get<std::string>(result)}});
}

std::vector<std::int64_t> id_list(JsonFields& fields, const std::string& key) {
    std::vector<std::int64_t> ids;
    for (const auto& item : fields.array(key)) {
        if (!item.is_number_integer() ||
            (item.is_number_unsigned() && item.get<std::uint64_t>() > INT64_MAX))
            fields.fail(key, "verwacht een lijst van ids");
        ids.push_back(item.get<std::int64_t>());
    }
    return ids;
}

Response set_activities(ApiContext& ctx, const Request& req, const std::string& group_id,
                        Date date) {
    require_group(ctx, group_id);
    const auto body = json_body(req);
    JsonFields fields(body);
    const auto& list = fields.array("activities");
    fields.finish();

    std::vector<ActivityGroup> activities;
    for (std::size_t i = 0; i < list.size(); ++i) {
        JsonFields a(list[i], "activities[" + std::to_string(i) + "]");
        ActivityGroup activity;
        activity.start = time_field(a, "start");
        activity.end = time_field(a, "end");
        activity.label = a.string("label", 80);
        activity.pictogram = pictogram_field(ctx, a, "pictogram");
        activity.staff = id_list(a, "staff");
        activity.children = id_list(a, "children");
        a.finish();
        activities.push_back(std::move(activity));
    }
    const auto count = activities.size();
    if (const auto problem = app::set_activities(ctx.db, ctx.catalog, ctx.media, group_id, date,
                                                 std::move(activities)))
        throw refusal(*problem);
    return published(ctx, req, group_id, {{"activities", count}});
}

} // namespace

Response route_groups(ApiContext& ctx, const Request& req, const std::vector<std::string>& path) {
    const auto method = req.method();
    if (path.size() == 2) {
        if (method != bhttp::verb::get) method_not_allowed();
        const auto session = require_staff(ctx, req, Permission::read_day);
        nlohmann::json groups = nlohmann::json::array();
        for (const auto& id : store::group_ids(ctx.db))
            if (may_see_group(session.account.role, session.account.groups, id))
                groups.push_back({{"id", id}, {"name", store::load_group(ctx.db, id)->name}});
        return json_response(req, Status::ok, {{"groups", groups}});
    }
    if (path.size() < 4) not_found();
    const auto& group = path[2];
    // Every route below is about one group: its scope is checked here, once.
    const auto scope = [&](Permission permission) {
        const auto session = require_staff(ctx, req, permission);
        require_group(ctx, group); // an unknown group is not found, for everyone
        require_group_access(session, group);
    };
    if (path.size() == 4 && path[3] == "board") {
        if (method != bhttp::verb::get) method_not_allowed();
        scope(Permission::read_day);
        const auto date_text = query_param(req.target(), "date");
        const Date date = date_text.empty() ? today(ctx) : require_date(date_text);
        const auto board = store::load_board(ctx.db, group, date);
        if (!board) require_group(ctx, group);
        return bytes_response(req, Status::ok, board_to_json(*board, false), "application/json");
    }
    if (path.size() == 4 && path[3] == "attendance") {
        if (method != bhttp::verb::post) method_not_allowed();
        scope(Permission::write_day);
        require_group(ctx, group);
        return attendance(ctx, req, group);
    }
    if (path.size() == 6 && path[3] == "days") {
        if (path[5] == "changes") {
            if (method != bhttp::verb::post) method_not_allowed();
            scope(Permission::write_day);
            return change_day(ctx, req, group, require_date(path[4]));
        }
        if (path[5] == "activities") {
            if (method != bhttp::verb::put) method_not_allowed();
            scope(Permission::write_day);
            return set_activities(ctx, req, group, require_date(path[4]));
        }
    }
    not_found();
}

} // namespace dagritme::web
