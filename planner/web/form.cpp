// Decoding x-www-form-urlencoded text and reading its fields with Dutch messages.
#include "web/form.hpp"

#include <algorithm>
#include <charconv>

namespace dagritme::web {
namespace {

int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

std::optional<std::string> percent_decode(std::string_view in) {
    std::string out;
    out.reserve(in.size());
    for (std::size_t i = 0; i < in.size(); ++i) {
        const char c = in[i];
        if (c == '+') {
            out += ' ';
        } else if (c == '%') {
            if (i + 2 >= in.size()) return std::nullopt;
            const int high = hex_digit(in[i + 1]);
            const int low = hex_digit(in[i + 2]);
            if (high < 0 || low < 0) return std::nullopt;
            out += static_cast<char>(high * 16 + low);
            i += 2;
        } else {
            out += c;
        }
    }
    return out;
}

// Well-formed UTF-8 (no overlong forms, no surrogates, at most U+10FFFF) without control
// characters other than tab, newline and carriage return.
bool is_clean_text(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) return false;
            ++i;
            continue;
        }
        std::size_t length = 0;
        std::uint32_t code = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
            code = c & 0x1Fu;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            code = c & 0x0Fu;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            code = c & 0x07u;
        } else {
            return false;
        }
        if (i + length > s.size()) return false;
        for (std::size_t k = 1; k < length; ++k) {
            const auto next = static_cast<unsigned char>(s[i + k]);
            if ((next & 0xC0u) != 0x80u) return false;
            code = (code << 6) | (next & 0x3Fu);
        }
        if ((length == 3 && code < 0x800) || (length == 4 && (code < 0x10000 || code > 0x10FFFF)) ||
            (code >= 0xD800 && code <= 0xDFFF) || (code >= 0x80 && code < 0xA0))
            return false;
        i += length;
    }
    return true;
}

std::string trimmed(std::string_view s) {
    const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    while (!s.empty() && space(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && space(s.back()))
        s.remove_suffix(1);
    return std::string(s);
}

// Characters, not bytes: what the user counts.
std::size_t characters(std::string_view s) {
    return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0u) != 0x80u;
    }));
}

} // namespace

std::optional<Form> Form::parse(std::string_view encoded) {
    Form form;
    while (!encoded.empty()) {
        const auto amp = encoded.find('&');
        const auto pair = encoded.substr(0, amp);
        encoded.remove_prefix(amp == std::string_view::npos ? encoded.size() : amp + 1);
        if (pair.empty()) continue;
        const auto eq = pair.find('=');
        auto name = percent_decode(pair.substr(0, eq));
        auto value =
            percent_decode(eq == std::string_view::npos ? std::string_view{} : pair.substr(eq + 1));
        if (!name || !value || !is_clean_text(*name) || !is_clean_text(*value)) return std::nullopt;
        if (form.fields_.size() == max_form_fields) return std::nullopt;
        form.fields_.emplace_back(std::move(*name), std::move(*value));
    }
    return form;
}

std::string Form::value(std::string_view name) const {
    for (const auto& [key, value] : fields_)
        if (key == name) return value;
    return "";
}

std::vector<std::string> Form::values(std::string_view name) const {
    std::vector<std::string> out;
    for (const auto& [key, value] : fields_)
        if (key == name) out.push_back(value);
    return out;
}

bool Form::has(std::string_view name) const {
    return std::any_of(fields_.begin(), fields_.end(),
                       [&](const auto& f) { return f.first == name; });
}

std::string Form::encoded(const std::vector<std::string>& leave_out) const {
    std::string out;
    for (const auto& [key, value] : fields_) {
        if (std::find(leave_out.begin(), leave_out.end(), key) != leave_out.end()) continue;
        if (!out.empty()) out += '&';
        out += form_encode(key) + "=" + form_encode(value);
    }
    return out;
}

std::string form_encode(std::string_view value) {
    static constexpr char digits[] = "0123456789ABCDEF";
    std::string out;
    for (const char c : value) {
        const auto u = static_cast<unsigned char>(c);
        if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') ||
            c == '-' || c == '_' || c == '.' || c == '~') {
            out += c;
        } else if (c == ' ') {
            out += '+';
        } else {
            out += '%';
            out += digits[u >> 4];
            out += digits[u & 0xFu];
        }
    }
    return out;
}

void FormReader::fail(const std::string& name, const std::string& message) {
    errors_.emplace(name, message); // the first problem of a field is the one shown
}

std::optional<std::string> FormReader::text(const std::string& name, std::size_t max_length,
                                            bool required, bool multiline) {
    auto value = trimmed(form_.value(name));
    if (value.empty() && required) {
        fail(name, "Vul dit in.");
        return std::nullopt;
    }
    if (characters(value) > max_length) {
        fail(name, "Maximaal " + std::to_string(max_length) + " tekens (nu " +
                       std::to_string(characters(value)) + ").");
        return std::nullopt;
    }
    if (!multiline && value.find_first_of("\r\n\t") != std::string::npos) {
        fail(name, "Eén regel tekst, zonder enters.");
        return std::nullopt;
    }
    return value;
}

std::optional<std::int64_t> record_id(std::string_view text) {
    if (text.empty() || text.find_first_not_of("0123456789") != std::string_view::npos)
        return std::nullopt;
    std::int64_t id = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
    if (ec != std::errc{} || end != text.data() + text.size() || id < 1) return std::nullopt;
    return id;
}

std::optional<std::int64_t> FormReader::integer(const std::string& name, std::int64_t min,
                                                std::int64_t max, bool required) {
    const auto value = trimmed(form_.value(name));
    if (value.empty()) {
        if (required) fail(name, "Vul een getal in.");
        return std::nullopt;
    }
    std::int64_t n = 0;
    const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
    if (ec != std::errc{} || end != value.data() + value.size()) {
        fail(name, "Vul een heel getal in.");
        return std::nullopt;
    }
    if (n < min || n > max) {
        fail(name, "Vul een getal van " + std::to_string(min) + " tot en met " +
                       std::to_string(max) + " in.");
        return std::nullopt;
    }
    return n;
}

std::optional<TimeOfDay> FormReader::time(const std::string& name, bool required) {
    const auto value = trimmed(form_.value(name));
    if (value.empty()) {
        if (required) fail(name, "Vul een tijd in.");
        return std::nullopt;
    }
    const auto t = TimeOfDay::parse(value);
    if (!t) fail(name, "Vul een tijd in als 09:30.");
    return t;
}

std::optional<Date> FormReader::date(const std::string& name, bool required) {
    const auto value = trimmed(form_.value(name));
    if (value.empty()) {
        if (required) fail(name, "Vul een datum in.");
        return std::nullopt;
    }
    const auto d = Date::parse(value);
    if (!d) fail(name, "Vul een bestaande datum in als 2026-12-01.");
    return d;
}

} // namespace dagritme::web
