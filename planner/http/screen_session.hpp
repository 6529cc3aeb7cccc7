// One wall screen's WebSocket (GET /ws/screen): receives its group's board on connect and
// on every change. One write in flight; a newer board replaces an unsent older one, so a
// slow screen gets the latest board and never holds up another. Pings keep dead peers out.
// Lives through shared_from_this() in its handlers, on its own strand.
#pragma once

#include "http/board_hub.hpp"
#include "http/connection_limits.hpp"
#include "http/message.hpp"
#include "http/net.hpp"

#include <functional>
#include <memory>

namespace dagritme::web {

template <class Stream> // PlainStream or TlsStream
class ScreenSession : public BoardSink, public std::enable_shared_from_this<ScreenSession<Stream>> {
  public:
    using Log = std::function<void(const std::string&)>;
    // `slot`: counts this screen among the open screens until it goes.
    ScreenSession(Stream&& stream, BoardHub& hub, std::string group_id, std::string token_hash,
                  Log log, ScreenSlot slot);
    ~ScreenSession() override;

    void run(Request upgrade);
    void send(Message board) override;
    void close() override;
    const std::string& token_hash() const override { return token_hash_; }

  private:
    void on_accept(beast::error_code ec);
    void do_read();
    void on_read(beast::error_code ec, std::size_t bytes);
    void do_write();
    void on_write(beast::error_code ec, std::size_t bytes);

    websocket::stream<Stream> ws_;
    beast::flat_buffer buffer_;
    BoardHub& hub_;
    std::string group_id_;
    std::string token_hash_;
    Log log_;
    ScreenSlot slot_;
    Message in_flight_;
    Message pending_;
    bool open_ = false;
    bool closing_ = false;
};

} // namespace dagritme::web
