// The screens listening to each group's board. After every write the API asks the hub to
// publish the group: the board cache rebuilds the board of today, and when it changed, one
// shared message goes to every screen of the group. The hub only joins, leaves and sends;
// building and caching boards is the cache's job (app/board_cache.hpp). One screen token
// holds at most `streams_per_token` streams: a newer one closes the oldest (a display that
// reconnects before its old connection timed out), so a copied token cannot fill the planner.
// Single-threaded: used only on the server's I/O thread. The cache must outlive the hub.
#pragma once

#include "app/board_cache.hpp"

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>

namespace dagritme::web {

using Message = app::BoardMessage;

// A connected screen, as the hub sees it.
class BoardSink {
  public:
    virtual ~BoardSink() = default;
    virtual void send(Message board) = 0;
    virtual void close() = 0; // e.g. its token was revoked
    virtual const std::string& token_hash() const = 0;
};

class BoardHub {
  public:
    explicit BoardHub(app::BoardCache& boards, std::size_t streams_per_token = 2);

    void join(const std::string& group_id, const std::shared_ptr<BoardSink>& sink);
    void leave(const std::string& group_id, BoardSink* sink);
    // Rebuilds the group's board of today; sends it when it changed. Returns the message.
    Message publish(const std::string& group_id);
    void publish_all();
    // The current message of a group (built when needed); nullptr for an unknown group.
    Message current(const std::string& group_id);
    std::int64_t revision(const std::string& group_id) const;
    // Closes the screens whose token is no longer valid.
    void close_revoked(const std::function<bool(const std::string& token_hash)>& still_valid);
    void close_all();
    std::size_t screen_count() const;

  private:
    struct Joined {
        std::weak_ptr<BoardSink> sink;
        std::uint64_t order = 0; // when it joined: the oldest of a token goes first
    };
    using Sinks = std::map<BoardSink*, Joined>;
    void close_oldest_of(const Sinks& sinks, const std::string& token_hash);

    app::BoardCache& boards_;
    std::size_t streams_per_token_;
    std::uint64_t joined_ = 0;
    std::map<std::string, Sinks> groups_;
};

} // namespace dagritme::web
