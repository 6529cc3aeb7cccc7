// The boards of all groups as sent to their screens, and the screens listening to each.
// After every write the API asks the hub to publish the group: the board of today is rebuilt,
// and when its revision (or date) changed, one shared message goes to every screen of the group.
// Single-threaded: used only on the server's I/O thread.
#pragma once

#include "store/database.hpp"

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <set>
#include <string>

namespace dagritme::web {

using Message = std::shared_ptr<const std::string>;

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
    // `today` gives the group's current local date ("YYYY-MM-DD" via Date).
    BoardHub(store::Database& db, std::function<std::int64_t()> now_seconds);

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
    struct Channel {
        Message message;
        std::int64_t revision = -1;
        std::string date;
        std::map<BoardSink*, std::weak_ptr<BoardSink>> sinks;
    };
    store::Database& db_;
    std::function<std::int64_t()> now_;
    std::map<std::string, Channel> channels_;
};

} // namespace dagritme::web
