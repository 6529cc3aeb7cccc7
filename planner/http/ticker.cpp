// Notices outside changes and midnight every two seconds (see ticker.hpp).
#include "http/ticker.hpp"

#include "app/screen_pairing.hpp"
#include "store/screens.hpp"

#include <chrono>

namespace dagritme::web {

Ticker::Ticker(net::io_context& ioc, store::Database& db, app::BoardCache& boards, BoardHub& hub,
               std::function<void(const std::string&)> log)
    : timer_(ioc), db_(db), boards_(boards), hub_(hub), log_(std::move(log)) {}

void Ticker::start() {
    timer_.expires_after(std::chrono::seconds(2));
    timer_.async_wait([this](beast::error_code ec) {
        if (ec) return;
        tick();
        start();
    });
}

void Ticker::stop() {
    timer_.cancel();
}

void Ticker::tick() {
    remove_expired_pairings();
    try {
        if (!boards_.outside_change()) return;
        hub_.publish_all();
        hub_.close_revoked([this](const std::string& hash) {
            return store::screen_by_token(db_, hash).has_value();
        });
    } catch (const std::exception& e) {
        // The database may be locked or unreadable for a while: try again at the next tick.
        log_(std::string("board refresh failed: ") + e.what());
    }
}

void Ticker::remove_expired_pairings() {
    try {
        const auto now = std::chrono::duration_cast<std::chrono::seconds>(
                             std::chrono::system_clock::now().time_since_epoch())
                             .count();
        if (const int removed = app::remove_expired_pairings(db_, now))
            log_("removed " + std::to_string(removed) + " expired pairing code(s)");
    } catch (const std::exception& e) {
        log_(std::string("removing expired pairing codes failed: ") + e.what());
    }
}

} // namespace dagritme::web
