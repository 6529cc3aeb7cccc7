// HTML written by plain C++ functions, escaped by default. An Html value is built only from
// string literals (the page's own markup), text() and attr() (escaped), and raw() (trusted
// pieces such as an SVG the planner wrote): a std::string cannot be appended by accident.
//
//     Html h;
//     h << "<h1>" << text(child.first_name) << "</h1>";
//     h << "<a href=\"" << attr(url) << "\">";
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace dagritme::web {

class Html {
  public:
    Html() = default;

    // The page's own markup: only string literals (arrays of char) bind here.
    template <std::size_t N> Html& operator<<(const char (&literal)[N]) {
        out_.append(literal, N - 1);
        return *this;
    }
    Html& operator<<(const Html& piece) {
        out_ += piece.out_;
        return *this;
    }

    const std::string& str() const { return out_; }
    bool empty() const { return out_.empty(); }

    friend Html text(std::string_view value);
    friend Html attr(std::string_view value);
    friend Html raw(std::string trusted);

  private:
    std::string out_;
};

// Text content: & < > escaped.
Html text(std::string_view value);
// An attribute value inside double quotes: & < > " ' escaped.
Html attr(std::string_view value);
// Trusted markup, appended as is. Only for HTML or SVG the planner itself wrote.
Html raw(std::string trusted);
// A number as text.
Html number(long long value);

} // namespace dagritme::web
