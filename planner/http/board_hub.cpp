// Joins, leaves and sends boards to the screens of each group (see board_hub.hpp).
#include "http/board_hub.hpp"

#include <algorithm>
#include <set>
#include <utility>
#include <vector>

namespace dagritme::web {

BoardHub::BoardHub(app::BoardCache& boards, std::size_t streams_per_token)
    : boards_(boards), streams_per_token_(streams_per_token) {}

void BoardHub::join(const std::string& group_id, const std::shared_ptr<BoardSink>& sink) {
    auto message = current(group_id);
    auto& sinks = groups_[group_id];
    close_oldest_of(sinks, sink->token_hash());
    sinks[sink.get()] = Joined{sink, ++joined_};
    if (message) sink->send(std::move(message));
}

void BoardHub::close_oldest_of(const Sinks& sinks, const std::string& token_hash) {
    // The streams of the token that are still open, oldest first; room for one more.
    std::vector<std::pair<std::uint64_t, std::shared_ptr<BoardSink>>> same;
    for (const auto& [raw, joined] : sinks)
        if (auto other = joined.sink.lock(); other && other->token_hash() == token_hash)
            same.emplace_back(joined.order, std::move(other));
    if (same.size() < streams_per_token_) return;
    std::sort(same.begin(), same.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    for (std::size_t i = 0; i + streams_per_token_ <= same.size(); ++i)
        same[i].second->close();
}

void BoardHub::leave(const std::string& group_id, BoardSink* sink) {
    if (auto it = groups_.find(group_id); it != groups_.end()) it->second.erase(sink);
}

Message BoardHub::publish(const std::string& group_id) {
    auto [message, changed] = boards_.refresh(group_id);
    if (!changed) return message;
    const auto it = groups_.find(group_id);
    if (it == groups_.end()) return message;
    // Copy first: a send may fail and make a sink leave while we iterate.
    std::vector<std::shared_ptr<BoardSink>> sinks;
    for (auto& [raw, joined] : it->second)
        if (auto sink = joined.sink.lock()) sinks.push_back(std::move(sink));
    for (auto& sink : sinks)
        sink->send(message);
    return message;
}

void BoardHub::publish_all() {
    std::set<std::string> ids;
    for (auto& id : boards_.groups())
        ids.insert(std::move(id));
    for (const auto& [id, sinks] : groups_)
        ids.insert(id);
    for (const auto& id : ids)
        publish(id);
}

Message BoardHub::current(const std::string& group_id) {
    if (auto message = boards_.cached(group_id)) return message;
    return publish(group_id);
}

std::int64_t BoardHub::revision(const std::string& group_id) const {
    return boards_.revision(group_id);
}

void BoardHub::close_revoked(const std::function<bool(const std::string&)>& still_valid) {
    std::vector<std::shared_ptr<BoardSink>> revoked;
    for (auto& [group, sinks] : groups_)
        for (auto& [raw, joined] : sinks)
            if (auto sink = joined.sink.lock(); sink && !still_valid(sink->token_hash()))
                revoked.push_back(sink);
    for (auto& sink : revoked)
        sink->close();
}

void BoardHub::close_all() {
    std::vector<std::shared_ptr<BoardSink>> all;
    for (auto& [group, sinks] : groups_)
        for (auto& [raw, joined] : sinks)
            if (auto sink = joined.sink.lock()) all.push_back(sink);
    for (auto& sink : all)
        sink->close();
}

std::size_t BoardHub::screen_count() const {
    std::size_t n = 0;
    for (const auto& [group, sinks] : groups_)
        n += sinks.size();
    return n;
}

} // namespace dagritme::web
