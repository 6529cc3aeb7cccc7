#include "net/board_message.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace dagritme::link {
namespace {

using Json = nlohmann::ordered_json;

void add_hash(std::vector<std::string>& out, const Json& value) {
    if (!value.is_string()) return;
    const auto hash = value.get<std::string>();
    if (hash.size() == 64 && std::find(out.begin(), out.end(), hash) == out.end()) out.push_back(hash);
}

void add_each(std::vector<std::string>& out, const Json& list, const char* key) {
    if (!list.is_array()) return;
    for (const auto& item : list)
        if (item.is_object() && item.contains(key)) add_hash(out, item[key]);
}

} // namespace

std::optional<BoardMessage> parse_board_message(const std::string& text, std::string& problem) {
    auto json = Json::parse(text, nullptr, false);
    if (json.is_discarded() || !json.is_object()) {
        problem = "a message from the planner is not JSON";
        return std::nullopt;
    }
    if (!json.contains("type") || json["type"] != "board") {
        problem = "a message from the planner is not a board";
        return std::nullopt;
    }
    json.erase("type");
    BoardMessage message;
    if (json.contains("revision") && json["revision"].is_number_integer()) message.revision = json["revision"];
    add_each(message.images, json.value("blocks", Json::array()), "pictogram");
    add_each(message.images, json.value("activities", Json::array()), "pictogram");
    if (json.contains("present") && json["present"].is_object()) {
        add_each(message.images, json["present"].value("children", Json::array()), "photo");
        add_each(message.images, json["present"].value("staff", Json::array()), "photo");
    }
    message.document = json.dump(2) + "\n";
    return message;
}

} // namespace dagritme::link
