// HTTP requests and responses as the API sees them: Beast messages with string bodies,
// so routes can be tested by passing a constructed request, without a socket.
#pragma once

#include <boost/beast/http/message.hpp>
#include <boost/beast/http/string_body.hpp>

#include <nlohmann/json.hpp>

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace dagritme::web {

using Request = boost::beast::http::request<boost::beast::http::string_body>;
using Response = boost::beast::http::response<boost::beast::http::string_body>;
using Status = boost::beast::http::status;

// A refusal of a request: becomes {"error": code, "message": text} with the status.
struct ApiError : std::runtime_error {
    ApiError(Status status_, std::string code_, const std::string& message)
        : std::runtime_error(message), status(status_), code(std::move(code_)) {}
    Status status;
    std::string code;
    std::optional<long long> retry_after; // seconds, for 429 and 503
};

Response json_response(const Request& req, Status status, const nlohmann::json& body);
Response error_response(const Request& req, Status status, const std::string& code,
                        const std::string& message);
Response bytes_response(const Request& req, Status status, std::string body,
                        std::string_view content_type);

// The path of the target without the query, split at '/': "/api/groups/x" -> {"api","groups","x"}.
std::vector<std::string> path_segments(std::string_view target);
std::string_view path_of(std::string_view target);
// The query of the target without the '?': "/a?b=1" -> "b=1".
std::string_view query_of(std::string_view target);
// A query parameter's value, or "" when absent.
std::string query_param(std::string_view target, std::string_view name);
// A cookie's value from the Cookie header, or "" when absent.
std::string cookie(const Request& req, std::string_view name);

// The media type of the request's Content-Type, lower case, without parameters:
// "Image/JPEG; charset=x" -> "image/jpeg".
std::string media_type_of(const Request& req);
// An id in a path: 404 when it is not a number, 400 when it is out of range (not 1 to 2^63-1).
std::int64_t path_id(std::string_view text);

// The JSON body of a request: Content-Type application/json and valid JSON, or ApiError.
nlohmann::json json_body(const Request& req);

// Strict reading of a JSON object's fields; unknown fields, wrong types and out-of-range
// values throw ApiError 400 naming the field.
class JsonFields {
  public:
    JsonFields(const nlohmann::json& object, std::string path = "");
    std::string string(const std::string& key, std::size_t max_length = 200);
    std::optional<std::string> optional_string(const std::string& key,
                                               std::size_t max_length = 200);
    std::int64_t integer(const std::string& key);
    bool boolean(const std::string& key);
    const nlohmann::json& array(const std::string& key);
    bool has(const std::string& key) const { return object_.contains(key); }
    void finish() const;
    [[noreturn]] void fail(const std::string& key, const std::string& expected) const;

  private:
    const nlohmann::json& get(const std::string& key);
    const nlohmann::json& object_;
    std::string path_;
    std::vector<std::string> read_;
};

} // namespace dagritme::web
