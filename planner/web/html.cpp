// Escaping for Html.
#include "web/html.hpp"

namespace dagritme::web {
namespace {

void escape_into(std::string& out, std::string_view value, bool quotes) {
    out.reserve(out.size() + value.size());
    for (const char c : value) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            if (quotes)
                out += "&quot;";
            else
                out += c;
            break;
        case '\'':
            if (quotes)
                out += "&#39;";
            else
                out += c;
            break;
        default:
            out += c;
        }
    }
}

} // namespace

Html text(std::string_view value) {
    Html h;
    escape_into(h.out_, value, false);
    return h;
}

Html attr(std::string_view value) {
    Html h;
    escape_into(h.out_, value, true);
    return h;
}

Html raw(std::string trusted) {
    Html h;
    h.out_ = std::move(trusted);
    return h;
}

Html number(long long value) {
    return raw(std::to_string(value));
}

} // namespace dagritme::web
