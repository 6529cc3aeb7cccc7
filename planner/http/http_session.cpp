// One HTTP/1.1 connection, plain or TLS: read, admit, answer, keep alive or upgrade.
#include "http/http_session.hpp"

#include "auth/secrets.hpp"
#include "http/screen_session.hpp"

#include <cstdio>
#include <limits>

namespace dagritme::web {
namespace {
constexpr std::size_t header_limit = 8 * 1024;

Response unreadable_request() {
    Request bad{bhttp::verb::unknown, "/", 11};
    auto res = error_response(bad, Status::bad_request, "bad_request", "Onleesbare HTTP-aanvraag.");
    res.keep_alive(false);
    return res;
}
} // namespace

template <class Stream>
HttpSession<Stream>::HttpSession(Stream&& stream, ConnectionSlot slot, ServerState& state,
                                 beast::flat_buffer buffer)
    : stream_(std::move(stream)), slot_(std::move(slot)), buffer_(std::move(buffer)),
      state_(state) {}

template <class Stream> void HttpSession<Stream>::run() {
    net::dispatch(stream_.get_executor(), [self = this->shared_from_this()] {
        if constexpr (is_tls<Stream>) {
            self->busy_ = true;
            self->tcp().expires_after(self->state_.limits.header_deadline);
            self->stream_.async_handshake(
                ssl::stream_base::server, self->buffer_.data(),
                beast::bind_front_handler(&HttpSession::on_handshake, self));
        } else {
            self->do_read();
        }
    });
}

template <class Stream>
void HttpSession<Stream>::on_handshake(beast::error_code ec, std::size_t used) {
    if (ec) {
        closed_ = true; // nothing to say over a connection without TLS
        beast::error_code ignored;
        tcp().socket().close(ignored);
        return;
    }
    buffer_.consume(used);
    do_read();
}

template <class Stream> void HttpSession<Stream>::do_read() {
    busy_ = false;
    if (state_.shutting_down) return close();
    parser_.emplace();
    parser_->header_limit(header_limit);
    // The route decides the body limit once the header is read (see on_header); until then
    // the parser must not refuse a Content-Length by its own default of 1 MiB.
    parser_->body_limit(std::numeric_limits<std::uint64_t>::max());
    tcp().expires_after(state_.limits.header_deadline);
    bhttp::async_read_header(
        stream_, buffer_, *parser_,
        beast::bind_front_handler(&HttpSession::on_header, this->shared_from_this()));
}

template <class Stream> void HttpSession<Stream>::on_header(beast::error_code ec, std::size_t) {
    if (ec == bhttp::error::end_of_stream || ec == net::error::operation_aborted ||
        ec == beast::error::timeout || ec == net::ssl::error::stream_truncated)
        return close();
    busy_ = true;
    started_ = std::chrono::steady_clock::now();
    if (ec) {
        // What follows an unreadable header cannot be trusted: answer, then close.
        if (ec != bhttp::error::header_limit) return refuse_unread(unreadable_request());
        Request bad{bhttp::verb::unknown, "/", 11};
        return refuse_unread(error_response(bad, Status::request_header_fields_too_large,
                                            "header_too_large",
                                            "De kop van de aanvraag is te groot."));
    }
    if (websocket::is_upgrade(parser_->get())) return upgrade();
    auto admission = state_.api.admit(parser_->get(), slot_.address());
    if (admission.known) slot_.known();
    if (admission.refusal) return refuse_unread(std::move(*admission.refusal));
    parser_->body_limit(admission.body_limit); // for a chunked body
    tcp().expires_after(state_.limits.body_deadline);
    bhttp::async_read(stream_, buffer_, *parser_,
                      beast::bind_front_handler(&HttpSession::on_read, this->shared_from_this()));
}

template <class Stream> void HttpSession<Stream>::on_read(beast::error_code ec, std::size_t) {
    if (ec == bhttp::error::body_limit)
        return refuse_unread(error_response(parser_->get(), Status::payload_too_large,
                                            "body_too_large", "De aanvraag is te groot."));
    if (ec == bhttp::error::end_of_stream || ec == net::error::operation_aborted ||
        ec == beast::error::timeout)
        return close();
    if (ec) return answer(unreadable_request());
    auto outcome = state_.api.handle(parser_->get(), slot_.address());
    if (auto* res = std::get_if<Response>(&outcome)) return answer(std::move(*res));
    // Expensive work goes to the pool; its answer comes back to this connection's strand.
    tcp().expires_never(); // the peer waits for us now
    net::post(state_.workers, [self = this->shared_from_this(),
                               work = std::move(std::get<Deferred>(outcome).work)] {
        auto finish = work();
        net::post(self->stream_.get_executor(),
                  [self, finish = std::move(finish)] { self->answer(finish()); });
    });
}

template <class Stream> void HttpSession<Stream>::upgrade() {
    const Request& req = parser_->get();
    if (path_of(req.target()) != "/ws/screen")
        return answer(
            error_response(req, Status::not_found, "not_found", "Geen WebSocket op dit adres."));
    std::optional<store::Screen> screen;
    if (auto failed =
            refusal_from(state_.api.context(), req, [&] { screen = state_.api.screen(req); }))
        return refuse_unread(std::move(*failed));
    if (!screen)
        return refuse_unread(
            error_response(req, Status::unauthorized, "bad_screen_token",
                           "Dit scherm is niet (meer) gekoppeld; koppel het opnieuw."));
    const auto header = req[bhttp::field::authorization];
    const std::string token(header.substr(7));
    upgraded_ = true;
    state_.log("GET /ws/screen 101 screen " + std::to_string(screen->id) + " (" + screen->name +
               ")");
    std::make_shared<ScreenSession<Stream>>(std::move(stream_), state_.hub, screen->group_id,
                                            auth::token_hash(token), state_.log)
        ->run(parser_->release());
}

template <class Stream> void HttpSession<Stream>::refuse_unread(Response res) {
    res.keep_alive(false); // a body may still be on the wire
    linger_ = true;
    answer(std::move(res));
}

template <class Stream> void HttpSession<Stream>::answer(Response res) {
    if (state_.shutting_down) res.keep_alive(false);
    if constexpr (is_tls<Stream>)
        res.set(bhttp::field::strict_transport_security, "max-age=31536000");
    const auto ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started_)
            .count();
    std::string method = "-", path = "-";
    if (parser_ && parser_->is_header_done()) {
        method = std::string(parser_->get().method_string());
        path = std::string(path_of(parser_->get().target()));
        if (parser_->get().method() == bhttp::verb::head) {
            // The same header as for GET, without the body.
            const auto length = res.body().size();
            res.body().clear();
            res.content_length(length);
        }
    }
    char duration[32];
    std::snprintf(duration, sizeof duration, "%.1fms", ms);
    state_.log(method + " " + path + " " + std::to_string(res.result_int()) + " " + duration);
    auto shared = std::make_shared<Response>(std::move(res));
    const bool keep_alive = shared->keep_alive();
    tcp().expires_after(state_.limits.body_deadline);
    bhttp::async_write(
        stream_, *shared,
        [self = this->shared_from_this(), shared, keep_alive](beast::error_code ec, std::size_t n) {
            self->on_write(keep_alive, ec, n);
        });
}

template <class Stream>
void HttpSession<Stream>::on_write(bool keep_alive, beast::error_code ec, std::size_t) {
    if (ec) return close();
    if (!keep_alive) return close();
    do_read();
}

template <class Stream> void HttpSession<Stream>::shutdown() {
    net::post(stream_.get_executor(), [self = this->shared_from_this()] {
        if (!self->busy_ && !self->upgraded_) self->close();
    });
}

template <class Stream> void HttpSession<Stream>::evict() {
    evicted_ = true;
    net::post(stream_.get_executor(), [self = this->shared_from_this()] {
        if (!self->busy_ && !self->upgraded_) self->close();
    });
}

template <class Stream> void HttpSession<Stream>::close() {
    if (upgraded_ || closed_) return;
    closed_ = true;
    beast::error_code ignored;
    if constexpr (is_tls<Stream>) {
        // Says goodbye in TLS (close_notify), then closes; a peer that does not answer is cut off.
        tcp().expires_after(std::chrono::seconds(2));
        stream_.async_shutdown([self = this->shared_from_this()](beast::error_code) {
            beast::error_code ignore;
            self->tcp().socket().close(ignore);
        });
    } else {
        tcp().socket().shutdown(tcp::socket::shutdown_send, ignored);
        if (linger_) {
            // Closing with unread data would reset the connection before the peer reads our answer.
            tcp().expires_after(std::chrono::seconds(2));
            return drain();
        }
        tcp().socket().close(ignored);
    }
}

template <class Stream> void HttpSession<Stream>::drain() {
    tcp().async_read_some(net::buffer(scratch_),
                          [self = this->shared_from_this()](beast::error_code ec, std::size_t) {
                              if (!ec) return self->drain();
                              beast::error_code ignored;
                              self->tcp().socket().close(ignored);
                          });
}

template class HttpSession<PlainStream>;
template class HttpSession<TlsStream>;

TlsDetector::TlsDetector(tcp::socket&& socket, ConnectionSlot slot, ServerState& state)
    : stream_(std::move(socket)), slot_(std::move(slot)), state_(state) {}

void TlsDetector::run() {
    net::dispatch(stream_.get_executor(), [self = shared_from_this()] {
        self->stream_.expires_after(self->state_.limits.header_deadline);
        beast::async_detect_ssl(self->stream_, self->buffer_,
                                beast::bind_front_handler(&TlsDetector::on_detect, self));
    });
}

void TlsDetector::on_detect(beast::error_code ec, bool tls) {
    if (ec) return;
    if (tls) {
        auto session =
            std::make_shared<HttpSession<TlsStream>>(TlsStream(std::move(stream_), *state_.tls),
                                                     std::move(slot_), state_, std::move(buffer_));
        state_.connections.push_back(session);
        return session->run();
    }
    // Plain HTTP on the TLS port: say so in a way a browser shows, then close.
    static const std::string body = "Deze planner spreekt alleen HTTPS: gebruik https://\n";
    static const std::string refusal = "HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain; "
                                       "charset=utf-8\r\nConnection: close\r\n"
                                       "Content-Length: " +
                                       std::to_string(body.size()) + "\r\n\r\n" + body;
    net::async_write(stream_, net::buffer(refusal),
                     [self = shared_from_this()](beast::error_code, std::size_t) {
                         beast::error_code ignored;
                         self->stream_.socket().shutdown(tcp::socket::shutdown_send, ignored);
                         self->stream_.socket().close(ignored);
                     });
}

} // namespace dagritme::web
