// Same-origin check of requests that may change something.
#include "http/same_origin.hpp"

#include <boost/beast/http/verb.hpp>

namespace dagritme::web {
namespace bhttp = boost::beast::http;

std::optional<std::string> foreign_origin(const Request& req) {
    const auto method = req.method();
    if (method == bhttp::verb::get || method == bhttp::verb::head || method == bhttp::verb::options)
        return std::nullopt;
    // "same-site" is another host of the same domain: not the planner either.
    const auto site = std::string_view(req["Sec-Fetch-Site"]);
    if (!site.empty() && site != "same-origin" && site != "none")
        return "Sec-Fetch-Site " + std::string(site.substr(0, 40));
    const auto origin = std::string_view(req[bhttp::field::origin]);
    if (origin.empty()) return std::nullopt;
    const auto host = std::string_view(req[bhttp::field::host]);
    for (const std::string_view scheme : {"http://", "https://"})
        if (!host.empty() && origin.size() == scheme.size() + host.size() &&
            origin.starts_with(scheme) && origin.ends_with(host))
            return std::nullopt;
    return "Origin " + std::string(origin.substr(0, 100));
}

} // namespace dagritme::web
