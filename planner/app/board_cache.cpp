// Builds, encodes and caches each group's board of today (see board_cache.hpp).
#include "app/board_cache.hpp"

#include "store/board_query.hpp"
#include "json/board_json.hpp"

namespace dagritme::app {

BoardCache::BoardCache(store::Database& db, std::function<std::int64_t()> now_seconds)
    : db_(db), now_(std::move(now_seconds)), data_version_(db.data_version()), day_(today()) {}

Date BoardCache::today() const {
    return to_local(Instant{now_()}).date;
}

BoardCache::Refresh BoardCache::refresh(const std::string& group_id) {
    const Date date = today();
    auto board = store::load_board(db_, group_id, date);
    if (!board) return {};
    auto& entry = boards_[group_id];
    if (entry.message && entry.revision == board->revision && entry.date == date)
        return {entry.message, false};
    entry.message = std::make_shared<const std::string>(board_message(*board));
    entry.revision = board->revision;
    entry.date = date;
    return {entry.message, true};
}

BoardMessage BoardCache::cached(const std::string& group_id) const {
    const auto it = boards_.find(group_id);
    if (it == boards_.end() || it->second.date != today()) return nullptr;
    return it->second.message;
}

std::int64_t BoardCache::revision(const std::string& group_id) const {
    const auto it = boards_.find(group_id);
    return it == boards_.end() ? -1 : it->second.revision;
}

std::vector<std::string> BoardCache::groups() const {
    std::vector<std::string> ids;
    for (const auto& [id, entry] : boards_)
        ids.push_back(id);
    return ids;
}

bool BoardCache::outside_change() {
    const auto version = db_.data_version();
    const auto day = today();
    if (version == data_version_ && day == day_) return false;
    data_version_ = version;
    day_ = day;
    return true;
}

} // namespace dagritme::app
