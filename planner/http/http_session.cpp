// One HTTP/1.1 connection, plain or TLS: read, admit, answer, keep alive or upgrade.
#include "http/http_session.hpp"

#include "auth/secrets.hpp"
#include "http/screen_session.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <limits>

namespace dagritme::web {
namespace {
constexpr std::size_t header_limit = 8 * 1024;

// A path as the access log shows it: a segment that looks like a secret (32 or more letters,
// digits, '-' or '_', e.g. the token of /agenda/TOKEN.ics) keeps only its first 8 characters,
// so the log never holds a key to anything.
std::string loggable_path(std::string_view path) {
    std::string out;
    std::size_t at = 0;
    while (at < path.size()) {
        auto end = path.find('/', at + 1);
        if (end == std::string_view::npos) end = path.size();
        auto segment = path.substr(at, end - at); // with its leading '/'
        const auto dot = segment.find('.');
        const auto stem = segment.substr(0, dot == std::string_view::npos ? segment.size() : dot);
        const bool secret_like =
            stem.size() > 32 && std::all_of(stem.begin() + 1, stem.end(), [](char c) {
                return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_';
            });
        if (secret_like)
            out.append(stem.substr(0, 9)).append("...").append(segment.substr(stem.size()));
        else
            out.append(segment);
        at = end;
    }
    return out;
}

// The client named by X-Forwarded-For from a trusted proxy: the right-most address that is not
// itself a trusted proxy. Nothing when the header names none.
std::optional<std::string> forwarded_client(std::string_view header, const ServerState& state) {
    while (!header.empty()) {
        const auto comma = header.rfind(',');
        auto item = header.substr(comma == std::string_view::npos ? 0 : comma + 1);
        header = header.substr(0, comma == std::string_view::npos ? 0 : comma);
        while (!item.empty() && (item.front() == ' ' || item.front() == '\t'))
            item.remove_prefix(1);
        while (!item.empty() && (item.back() == ' ' || item.back() == '\t'))
            item.remove_suffix(1);
        beast::error_code ec;
        const auto address = net::ip::make_address(std::string(item), ec);
        if (ec) return std::nullopt; // not an address: trust nothing to its left
        const auto text = address.to_string();
        if (!state.is_trusted_proxy(text)) return text;
    }
    return std::nullopt;
}

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
    : stream_(std::move(stream)), slot_(std::move(slot)), buffer_(std::move(buffer)), state_(state),
      peer_(slot_.address()), client_(peer_) {}

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
    slot_.received(used);
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

template <class Stream>
void HttpSession<Stream>::on_header(beast::error_code ec, std::size_t bytes) {
    if (ec == bhttp::error::end_of_stream || ec == net::error::operation_aborted ||
        ec == beast::error::timeout || ec == net::ssl::error::stream_truncated)
        return close();
    busy_ = true;
    started_ = std::chrono::steady_clock::now();
    slot_.received(bytes);
    if (ec) {
        // What follows an unreadable header cannot be trusted: answer, then close.
        if (ec != bhttp::error::header_limit) return refuse_unread(unreadable_request());
        Request bad{bhttp::verb::unknown, "/", 11};
        return refuse_unread(error_response(bad, Status::request_header_fields_too_large,
                                            "header_too_large",
                                            "De kop van de aanvraag is te groot."));
    }
    if (state_.is_trusted_proxy(peer_)) {
        const auto forwarded = parser_->get()["X-Forwarded-For"];
        client_ = forwarded_client(std::string_view(forwarded.data(), forwarded.size()), state_)
                      .value_or(peer_);
        slot_.moved_to(client_);
    }
    if (websocket::is_upgrade(parser_->get())) return upgrade();
    auto admission = state_.api.admit(parser_->get(), client_);
    if (admission.known) slot_.known();
    if (admission.refusal) return refuse_unread(std::move(*admission.refusal));
    parser_->body_limit(admission.body_limit); // for a chunked body
    // No deadline for the whole body, which a slow peer would hold its connection with: each
    // min_body_bytes (or the rest) must come within a body window.
    window_bytes_ = 0;
    tcp().expires_after(state_.limits.body_window);
    do_read_body();
}

template <class Stream> void HttpSession<Stream>::do_read_body() {
    if (parser_->is_done()) return handle();
    bhttp::async_read_some(
        stream_, buffer_, *parser_,
        beast::bind_front_handler(&HttpSession::on_body, this->shared_from_this()));
}

template <class Stream> void HttpSession<Stream>::on_body(beast::error_code ec, std::size_t bytes) {
    if (ec == bhttp::error::body_limit)
        return refuse_unread(error_response(parser_->get(), Status::payload_too_large,
                                            "body_too_large", "De aanvraag is te groot."));
    if (ec == bhttp::error::end_of_stream || ec == net::error::operation_aborted ||
        ec == beast::error::timeout)
        return close();
    if (ec) return answer(unreadable_request());
    slot_.received(bytes);
    window_bytes_ += bytes;
    if (window_bytes_ >= state_.limits.min_body_bytes) {
        window_bytes_ = 0;
        tcp().expires_after(state_.limits.body_window);
    }
    do_read_body();
}

template <class Stream> void HttpSession<Stream>::handle() {
    auto outcome = state_.api.handle(parser_->get(), client_);
    if (auto* res = std::get_if<Response>(&outcome)) return answer(std::move(*res));
    // Expensive work goes to the pool; its answer comes back to this connection's strand.
    tcp().expires_never(); // the peer waits for us now
    net::post(state_.workers, [self = this->shared_from_this(),
                               work = std::move(std::get<Deferred>(outcome).work)] {
        auto finish = work();
        net::post(self->stream_.get_executor(), [self, finish = std::move(finish)] {
            if (!self->closed_) self->answer(finish());
        });
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
    slot_.known();
    // Screens have their own limits: a screen token, or many, cannot take HTTP's connections.
    if (state_.screens.open >= state_.limits.max_screens)
        return refuse_unread(error_response(req, Status::service_unavailable, "too_many_screens",
                                            "Er zijn te veel schermen verbonden."));
    if (state_.screens.from(client_) >= state_.limits.max_screens_per_address)
        return refuse_unread(error_response(req, Status::too_many_requests, "too_many_screens",
                                            "Er zijn te veel schermen verbonden vanaf dit adres."));
    const auto header = req[bhttp::field::authorization];
    const std::string token(header.substr(7));
    upgraded_ = true;
    slot_.release(); // counted with the screens from now on
    state_.log("GET /ws/screen 101 screen " + std::to_string(screen->id) + " (" + screen->name +
               ") from " + client_);
    std::make_shared<ScreenSession<Stream>>(std::move(stream_), state_.hub, screen->group_id,
                                            auth::token_hash(token), state_.log,
                                            ScreenSlot(state_.screens, client_))
        ->run(parser_->release());
}

template <class Stream> void HttpSession<Stream>::refuse_unread(Response res) {
    res.keep_alive(false); // a body may still be on the wire
    linger_ = true;
    answer(std::move(res));
}

template <class Stream> void HttpSession<Stream>::answer(Response res) {
    if (closed_) return;
    if (state_.shutting_down) res.keep_alive(false);
    if constexpr (is_tls<Stream>)
        res.set(bhttp::field::strict_transport_security, "max-age=31536000");
    const auto ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started_)
            .count();
    std::string method = "-", path = "-";
    if (parser_ && parser_->is_header_done()) {
        method = std::string(parser_->get().method_string());
        path = loggable_path(path_of(parser_->get().target()));
        if (parser_->get().method() == bhttp::verb::head) {
            // The same header as for GET, without the body.
            const auto length = res.body().size();
            res.body().clear();
            res.content_length(length);
        }
    }
    char duration[32];
    std::snprintf(duration, sizeof duration, "%.1fms", ms);
    state_.log(method + " " + path + " " + std::to_string(res.result_int()) + " " + duration + " " +
               client_);
    auto shared = std::make_shared<Response>(std::move(res));
    const bool keep_alive = shared->keep_alive();
    tcp().expires_after(state_.limits.write_deadline);
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
    slot_.release();
    net::post(stream_.get_executor(), [self = this->shared_from_this()] {
        if (self->upgraded_ || self->closed_) return;
        // No goodbye: a peer that holds a connection without progress gets none.
        self->closed_ = true;
        self->tcp().close();
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

void TlsDetector::shutdown() {
    net::post(stream_.get_executor(), [self = shared_from_this()] { self->stream_.close(); });
}

void TlsDetector::evict() {
    slot_.release();
    net::post(stream_.get_executor(), [self = shared_from_this()] { self->stream_.close(); });
}

void TlsDetector::run() {
    net::dispatch(stream_.get_executor(), [self = shared_from_this()] {
        self->stream_.expires_after(self->state_.limits.header_deadline);
        beast::async_detect_ssl(self->stream_, self->buffer_,
                                beast::bind_front_handler(&TlsDetector::on_detect, self));
    });
}

void TlsDetector::on_detect(beast::error_code ec, bool tls) {
    if (ec || !slot_.counted()) return; // silent, or evicted
    slot_.received(buffer_.size());
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
