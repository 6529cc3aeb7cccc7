// What the page tests look for in an answer: a piece of its HTML, where it redirects, a hidden
// field's value, the message next to a field; and a form posted as a browser posts it.
#pragma once

#include "api_fixture.hpp"

#include <doctest/doctest.h>

#include <string>
#include <string_view>

namespace dagritme::test {

inline bool contains(std::string_view html, std::string_view piece) {
    return html.find(piece) != std::string_view::npos;
}
inline bool contains(const web::Response& res, std::string_view piece) {
    return contains(std::string_view(res.body()), piece);
}

// The Location of a redirect.
inline std::string location(const web::Response& res) {
    return std::string(res[api_http::field::location]);
}

// The value of the first hidden field `name` in a page.
inline std::string hidden_value(const std::string& html, const std::string& name) {
    const auto at = html.find("name=\"" + name + "\" value=\"");
    REQUIRE(at != std::string::npos);
    const auto start = at + name.size() + 15;
    return html.substr(start, html.find('"', start) - start);
}

// Whether the page shows `message` next to field `name`.
inline bool shows_error(std::string_view html, const std::string& name,
                        const std::string& message) {
    return contains(html, "<p class=\"fout\" id=\"" + name + "-fout\" role=\"alert\">" + message +
                              "</p>");
}
inline bool shows_error(const web::Response& res, const std::string& name,
                        const std::string& message) {
    return shows_error(std::string_view(res.body()), name, message);
}

// A form posted with the client's CSRF token as its first field.
inline web::Response post_form(const ApiClient& client, const std::string& target,
                               const std::string& body) {
    return client.request(api_http::verb::post, target, "csrf=" + client.csrf + "&" + body,
                          "application/x-www-form-urlencoded", false);
}

} // namespace dagritme::test
