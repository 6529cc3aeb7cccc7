// The display's HTTP client of the planner: one request per connection, plain or TLS (1.2+,
// the planner's certificate checked against the system's and the organisation's authorities,
// and its name). Also opens the connections of the WebSocket (board_stream). Asio and Beast:
// include only from .cpp files in net/. Network thread only.
#pragma once

#include "net/net.hpp"

#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>

namespace dagritme::link {

using Response = bhttp::response<bhttp::string_body>;

// The planner refused the screen's token (revoked, or from another planner): pair again.
struct Unauthorized : std::runtime_error {
    Unauthorized() : std::runtime_error("the planner does not know this screen's token") {}
};

class PlannerClient {
  public:
    PlannerClient(std::string host, unsigned short port, bool tls,
                  const std::optional<std::filesystem::path>& ca_file);

    // Parameters by value: a coroutine outlives its caller's temporaries.
    net::awaitable<Response> request(bhttp::verb verb, std::string target, std::string body,
                                     std::string token);
    net::awaitable<tcp::resolver::results_type> resolve();

    // Over TLS: the name the certificate must carry, asked for by SNI when it is a name.
    template <class TlsStream> void expect_planner_name(TlsStream& stream) const {
        beast::error_code ec;
        net::ip::make_address(host_, ec);
        if (ec && !SSL_ctrl(stream.native_handle(), SSL_CTRL_SET_TLSEXT_HOSTNAME,
                            TLSEXT_NAMETYPE_host_name, const_cast<char*>(host_.c_str())))
            throw beast::system_error(beast::error_code(static_cast<int>(::ERR_get_error()),
                                                        net::error::get_ssl_category()));
        stream.set_verify_callback(ssl::host_name_verification(host_));
    }

    const std::string& host() const { return host_; }
    // The TLS context, or null when the planner speaks plain HTTP.
    ssl::context* tls() { return tls_ ? &*tls_ : nullptr; }

  private:
    template <class Stream>
    net::awaitable<Response> exchange(Stream& stream, bhttp::request<bhttp::string_body> req);

    std::string host_;
    unsigned short port_;
    std::optional<ssl::context> tls_;
};

} // namespace dagritme::link
