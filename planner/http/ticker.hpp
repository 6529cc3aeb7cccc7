// Every two seconds, on the server's I/O thread: when the board cache reports a change made
// behind the server's back (another process wrote to the database, or midnight passed), every
// board is published again and the screens whose token was revoked are closed. Expired
// pairing codes are removed on every tick, not only when the next display asks for one.
// The timer's handler refers to the Ticker: stop() it, or let the io_context stop, before it goes.
#pragma once

#include "app/board_cache.hpp"
#include "http/board_hub.hpp"
#include "http/net.hpp"

#include <functional>
#include <string>

namespace dagritme::web {

class Ticker {
  public:
    Ticker(net::io_context& ioc, store::Database& db, app::BoardCache& boards, BoardHub& hub,
           std::function<void(const std::string&)> log);

    void start();
    void stop();

  private:
    void tick();
    void remove_expired_pairings();

    net::steady_timer timer_;
    store::Database& db_;
    app::BoardCache& boards_;
    BoardHub& hub_;
    std::function<void(const std::string&)> log_;
};

} // namespace dagritme::web
