// A wall screen's WebSocket: the latest board, one write in flight, pings.
#include "http/screen_session.hpp"

namespace dagritme::web {

template <class Stream>
ScreenSession<Stream>::ScreenSession(Stream&& stream, BoardHub& hub, std::string group_id,
                                     std::string token_hash, Log log, ScreenSlot slot)
    : ws_(std::move(stream)), hub_(hub), group_id_(std::move(group_id)),
      token_hash_(std::move(token_hash)), log_(std::move(log)), slot_(std::move(slot)) {}

template <class Stream> ScreenSession<Stream>::~ScreenSession() {
    hub_.leave(group_id_, this);
}

template <class Stream> void ScreenSession<Stream>::run(Request upgrade) {
    beast::get_lowest_layer(ws_).expires_never(); // the websocket has its own timeouts
    websocket::stream_base::timeout timeout =
        websocket::stream_base::timeout::suggested(beast::role_type::server);
    timeout.idle_timeout =
        std::chrono::seconds(30); // a ping after 15 s of silence, closed after 30 s
    timeout.keep_alive_pings = true;
    ws_.set_option(timeout);
    ws_.read_message_max(4096); // screens send nothing but control frames
    ws_.set_option(websocket::stream_base::decorator(
        [](websocket::response_type& res) { res.set(bhttp::field::server, "dagritme-planner"); }));
    ws_.async_accept(
        upgrade, beast::bind_front_handler(&ScreenSession::on_accept, this->shared_from_this()));
}

template <class Stream> void ScreenSession<Stream>::on_accept(beast::error_code ec) {
    if (ec) return log_("screen handshake failed: " + ec.message());
    open_ = true;
    try {
        hub_.join(group_id_, this->shared_from_this()); // sends the current board
    } catch (const std::exception& e) {
        // The board cannot be built now (e.g. the database is locked): the screen retries.
        log_(std::string("screen joining failed: ") + e.what());
        return close();
    }
    do_read();
}

template <class Stream> void ScreenSession<Stream>::do_read() {
    ws_.async_read(buffer_,
                   beast::bind_front_handler(&ScreenSession::on_read, this->shared_from_this()));
}

template <class Stream> void ScreenSession<Stream>::on_read(beast::error_code ec, std::size_t) {
    if (ec == websocket::error::closed) return; // the screen went away: normal
    if (ec) {
        if (ec != net::error::operation_aborted) log_("screen read: " + ec.message());
        return;
    }
    buffer_.consume(buffer_.size()); // nothing a screen says changes anything
    do_read();
}

template <class Stream> void ScreenSession<Stream>::send(Message board) {
    net::post(ws_.get_executor(),
              [self = this->shared_from_this(), board = std::move(board)]() mutable {
                  if (!self->open_ || self->closing_) return;
                  self->pending_ = std::move(board); // the newest replaces an unsent older one
                  if (!self->in_flight_) self->do_write();
              });
}

template <class Stream> void ScreenSession<Stream>::do_write() {
    in_flight_ = std::move(pending_);
    pending_.reset();
    ws_.text(true);
    ws_.async_write(net::buffer(*in_flight_),
                    beast::bind_front_handler(&ScreenSession::on_write, this->shared_from_this()));
}

template <class Stream> void ScreenSession<Stream>::on_write(beast::error_code ec, std::size_t) {
    in_flight_.reset();
    if (ec) {
        if (ec != net::error::operation_aborted) log_("screen write: " + ec.message());
        return;
    }
    if (pending_ && !closing_) do_write();
}

template <class Stream> void ScreenSession<Stream>::close() {
    net::post(ws_.get_executor(), [self = this->shared_from_this()] {
        if (!self->open_ || self->closing_) return;
        self->closing_ = true;
        self->ws_.async_close(websocket::close_code::going_away, [self](beast::error_code) {});
    });
}

template class ScreenSession<PlainStream>;
template class ScreenSession<TlsStream>;

} // namespace dagritme::web
