#include "http/board_hub.hpp"

#include "store/board_query.hpp"
#include "json/board_json.hpp"

#include <vector>

namespace dagritme::web {

BoardHub::BoardHub(store::Database& db, std::function<std::int64_t()> now_seconds)
    : db_(db), now_(std::move(now_seconds)) {}

void BoardHub::join(const std::string& group_id, const std::shared_ptr<BoardSink>& sink) {
    auto message = current(group_id);
    channels_[group_id].sinks[sink.get()] = sink;
    if (message) sink->send(std::move(message));
}

void BoardHub::leave(const std::string& group_id, BoardSink* sink) {
    if (auto it = channels_.find(group_id); it != channels_.end()) it->second.sinks.erase(sink);
}

Message BoardHub::publish(const std::string& group_id) {
    const Date today = to_local(Instant{now_()}).date;
    auto board = store::load_board(db_, group_id, today);
    if (!board) return nullptr;
    auto& channel = channels_[group_id];
    if (channel.message && channel.revision == board->revision && channel.date == today.str())
        return channel.message;
    channel.message = std::make_shared<const std::string>(board_message(*board));
    channel.revision = board->revision;
    channel.date = today.str();
    // Copy first: a send may fail and make a sink leave while we iterate.
    std::vector<std::shared_ptr<BoardSink>> sinks;
    for (auto& [raw, weak] : channel.sinks)
        if (auto sink = weak.lock()) sinks.push_back(std::move(sink));
    for (auto& sink : sinks)
        sink->send(channel.message);
    return channel.message;
}

void BoardHub::publish_all() {
    std::vector<std::string> ids;
    for (const auto& [group, channel] : channels_)
        ids.push_back(group);
    for (const auto& id : ids)
        publish(id);
}

Message BoardHub::current(const std::string& group_id) {
    const Date today = to_local(Instant{now_()}).date;
    auto it = channels_.find(group_id);
    if (it != channels_.end() && it->second.message && it->second.date == today.str())
        return it->second.message;
    return publish(group_id);
}

std::int64_t BoardHub::revision(const std::string& group_id) const {
    const auto it = channels_.find(group_id);
    return it == channels_.end() ? -1 : it->second.revision;
}

void BoardHub::close_revoked(const std::function<bool(const std::string&)>& still_valid) {
    std::vector<std::shared_ptr<BoardSink>> revoked;
    for (auto& [group, channel] : channels_)
        for (auto& [raw, weak] : channel.sinks)
            if (auto sink = weak.lock(); sink && !still_valid(sink->token_hash()))
                revoked.push_back(sink);
    for (auto& sink : revoked)
        sink->close();
}

void BoardHub::close_all() {
    std::vector<std::shared_ptr<BoardSink>> all;
    for (auto& [group, channel] : channels_)
        for (auto& [raw, weak] : channel.sinks)
            if (auto sink = weak.lock()) all.push_back(sink);
    for (auto& sink : all)
        sink->close();
}

std::size_t BoardHub::screen_count() const {
    std::size_t n = 0;
    for (const auto& [group, channel] : channels_)
        n += channel.sinks.size();
    return n;
}

} // namespace dagritme::web
