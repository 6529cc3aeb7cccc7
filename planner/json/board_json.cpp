// Encoding a Board as the board document (schema 2: schema 1 with the coming days).
#include "json/board_json.hpp"

#include <nlohmann/json.hpp>

namespace dagritme {
namespace {

using Json = nlohmann::ordered_json;

Json person(const BoardPerson& p) {
    Json j{{"id", p.id}, {"name", p.name}, {"photo", nullptr}};
    if (p.photo)
        j["photo"] = *p.photo;
    else
        j["avatar"] = p.avatar;
    return j;
}

Json people(const std::vector<BoardPerson>& list) {
    Json j = Json::array();
    for (const auto& p : list)
        j.push_back(person(p));
    return j;
}

Json block(const PlannedBlock& p) {
    return Json{{"id", p.id},
                {"start", p.block.start.str()},
                {"end", p.block.end.str()},
                {"kind", name_of(p.block.kind)},
                {"label", p.block.label},
                {"pictogram", p.block.pictogram},
                {"changed", p.changed}};
}

Json activity(const BoardActivity& a) {
    Json visitors = Json::array();
    for (const auto& v : a.visitors)
        visitors.push_back(Json{{"child", v.child}, {"label", v.label}});
    return Json{{"id", a.id},
                {"start", a.start.str()},
                {"end", a.end.str()},
                {"label", a.label},
                {"pictogram", a.pictogram},
                {"staff", a.staff},
                {"children", a.children},
                {"visitors", visitors}};
}

Json blocks_of(const DayPlan& plan) {
    Json blocks = Json::array();
    for (const auto& b : plan)
        blocks.push_back(block(b));
    return blocks;
}

Json hours(TimeOfDay screen_on, TimeOfDay screen_off) {
    return Json{{"screen_on", screen_on.str()}, {"screen_off", screen_off.str()}};
}

Json coming_days(const std::vector<BoardDay>& days) {
    Json coming = Json::array();
    for (const auto& day : days)
        coming.push_back(Json{{"date", day.date.str()},
                              {"hours", hours(day.screen_on, day.screen_off)},
                              {"blocks", blocks_of(day.blocks)}});
    return coming;
}

Json board_document(const Board& board, bool with_type) {
    Json activities = Json::array();
    for (const auto& a : board.activities)
        activities.push_back(activity(a));

    Json doc = with_type ? Json{{"type", "board"}} : Json::object();
    const Json fields{
        {"schema", board.schema},
        {"revision", board.revision},
        {"group", Json{{"id", board.group_id}, {"name", board.group_name}}},
        {"date", board.date.str()},
        {"timezone", board.timezone},
        {"hours", hours(board.screen_on, board.screen_off)},
        {"blocks", blocks_of(board.blocks)},
        {"present", Json{{"children", people(board.children)}, {"staff", people(board.staff)}}},
        {"activities", activities},
        {"coming", coming_days(board.coming)}};
    for (const auto& [key, value] : fields.items())
        doc[key] = value;
    return doc;
}

} // namespace

std::string board_to_json(const Board& board, bool pretty) {
    const Json doc = board_document(board, false);
    // Labels are validated UTF-8 at the edge; replace rather than throw should one slip through.
    constexpr auto replace = Json::error_handler_t::replace;
    return pretty ? doc.dump(2, ' ', false, replace) + "\n" : doc.dump(-1, ' ', false, replace);
}

std::string board_message(const Board& board) {
    return board_document(board, true).dump(-1, ' ', false, Json::error_handler_t::replace);
}

} // namespace dagritme
