#include "http/http_session.hpp"

#include "auth/secrets.hpp"
#include "http/screen_session.hpp"

#include <cstdio>

namespace dagritme::web {
namespace {
constexpr auto read_deadline = std::chrono::seconds(30);
constexpr std::size_t header_limit = 8 * 1024;
} // namespace

HttpSession::HttpSession(tcp::socket&& socket, ServerState& state) : stream_(std::move(socket)), state_(state) {
    ++state_.connections;
}

HttpSession::~HttpSession() { --state_.connections; }

void HttpSession::run() {
    net::dispatch(stream_.get_executor(), beast::bind_front_handler(&HttpSession::do_read, shared_from_this()));
}

void HttpSession::do_read() {
    busy_ = false;
    if (state_.shutting_down) return close();
    parser_.emplace();
    parser_->header_limit(header_limit);
    stream_.expires_after(read_deadline);
    bhttp::async_read_header(stream_, buffer_, *parser_,
                             beast::bind_front_handler(&HttpSession::on_header, shared_from_this()));
}

void HttpSession::on_header(beast::error_code ec, std::size_t) {
    if (ec == bhttp::error::end_of_stream || ec == net::error::operation_aborted || ec == beast::error::timeout)
        return close();
    busy_ = true;
    started_ = std::chrono::steady_clock::now();
    if (ec) {
        // What follows an unreadable header cannot be trusted: answer, then close.
        Request bad{bhttp::verb::unknown, "/", 11};
        auto res = ec == bhttp::error::header_limit
                       ? error_response(bad, Status::request_header_fields_too_large, "header_too_large",
                                        "De kop van de aanvraag is te groot.")
                       : error_response(bad, Status::bad_request, "bad_request", "Onleesbare HTTP-aanvraag.");
        res.keep_alive(false);
        linger_ = true;
        return answer(std::move(res));
    }
    if (websocket::is_upgrade(parser_->get())) return upgrade();
    const auto limit = state_.api.body_limit(parser_->get());
    // The parser checks Content-Length against its limit while reading the header, before
    // the limit of this route is known; so check it here, and let the parser check chunks.
    if (const auto length = parser_->content_length(); length && *length > limit) return on_read(bhttp::error::body_limit, 0);
    parser_->body_limit(limit);
    bhttp::async_read(stream_, buffer_, *parser_, beast::bind_front_handler(&HttpSession::on_read, shared_from_this()));
}

void HttpSession::on_read(beast::error_code ec, std::size_t) {
    if (ec == bhttp::error::body_limit) {
        auto res = error_response(parser_->get(), Status::payload_too_large, "body_too_large",
                                  "De aanvraag is te groot.");
        res.keep_alive(false); // the rest of the body is still on the wire
        linger_ = true;
        return answer(std::move(res));
    }
    if (ec == bhttp::error::end_of_stream || ec == net::error::operation_aborted) return close();
    if (ec) {
        Request bad{bhttp::verb::unknown, "/", 11};
        auto res = error_response(bad, Status::bad_request, "bad_request", "Onleesbare HTTP-aanvraag.");
        res.keep_alive(false);
        return answer(std::move(res));
    }
    answer(state_.api.handle(parser_->get()));
}

void HttpSession::upgrade() {
    const Request& req = parser_->get();
    if (path_of(req.target()) != "/ws/screen")
        return answer(error_response(req, Status::not_found, "not_found", "Geen WebSocket op dit adres."));
    auto screen = state_.api.screen(req);
    if (!screen) {
        auto res = error_response(req, Status::unauthorized, "bad_screen_token",
                                  "Dit scherm is niet (meer) gekoppeld; koppel het opnieuw.");
        res.keep_alive(false);
        return answer(std::move(res));
    }
    const auto header = req[bhttp::field::authorization];
    const std::string token(header.substr(7));
    upgraded_ = true;
    state_.log("GET /ws/screen 101 screen " + std::to_string(screen->id) + " (" + screen->name + ")");
    std::make_shared<ScreenSession>(std::move(stream_), state_.hub, screen->group_id,
                                    auth::token_hash(token), state_.log)
        ->run(parser_->release());
}

void HttpSession::answer(Response res) {
    if (state_.shutting_down) res.keep_alive(false);
    const auto ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started_).count();
    std::string method = "-", path = "-";
    if (parser_) {
        method = std::string(parser_->get().method_string());
        path = std::string(path_of(parser_->get().target()));
    }
    char duration[32];
    std::snprintf(duration, sizeof duration, "%.1fms", ms);
    state_.log(method + " " + path + " " + std::to_string(res.result_int()) + " " + duration);
    auto shared = std::make_shared<Response>(std::move(res));
    const bool keep_alive = shared->keep_alive();
    stream_.expires_after(read_deadline);
    bhttp::async_write(stream_, *shared,
                       [self = shared_from_this(), shared, keep_alive](beast::error_code ec, std::size_t n) {
                           self->on_write(keep_alive, ec, n);
                       });
}

void HttpSession::on_write(bool keep_alive, beast::error_code ec, std::size_t) {
    if (ec) return close();
    if (!keep_alive) return close();
    do_read();
}

void HttpSession::shutdown() {
    net::post(stream_.get_executor(), [self = shared_from_this()] {
        if (!self->busy_ && !self->upgraded_) self->close();
    });
}

void HttpSession::close() {
    if (upgraded_) return;
    beast::error_code ignored;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ignored);
    if (linger_) {
        // Closing with unread data would reset the connection before the peer reads our answer.
        linger_ = false;
        stream_.expires_after(std::chrono::seconds(2));
        return drain();
    }
    stream_.socket().close(ignored);
}

void HttpSession::drain() {
    stream_.async_read_some(net::buffer(scratch_), [self = shared_from_this()](beast::error_code ec, std::size_t) {
        if (!ec) return self->drain();
        beast::error_code ignored;
        self->stream_.socket().close(ignored);
    });
}

} // namespace dagritme::web
