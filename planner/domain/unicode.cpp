// NFC and grapheme clusters with utf8proc.
#include "domain/unicode.hpp"

#include <utf8proc.h>

#include <cstdlib>
#include <memory>

namespace dagritme {
namespace {

bool ascii(std::string_view text) {
    for (const auto c : text)
        if (static_cast<unsigned char>(c) >= 0x80) return false;
    return true;
}

const utf8proc_uint8_t* bytes(std::string_view text) {
    return reinterpret_cast<const utf8proc_uint8_t*>(text.data());
}

} // namespace

std::string nfc(std::string_view text) {
    if (ascii(text)) return std::string(text); // ASCII is its own NFC
    utf8proc_uint8_t* out = nullptr;
    const auto length =
        utf8proc_map(bytes(text), static_cast<utf8proc_ssize_t>(text.size()), &out,
                     static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
    if (length < 0) return std::string(text);
    const std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owned(out, &std::free);
    return std::string(reinterpret_cast<const char*>(out), static_cast<std::size_t>(length));
}

std::string first_grapheme(std::string_view text) {
    const auto normal = nfc(text);
    const auto* data = bytes(normal);
    const auto size = static_cast<utf8proc_ssize_t>(normal.size());
    utf8proc_int32_t first = 0;
    auto at = utf8proc_iterate(data, size, &first);
    if (at <= 0) return "";
    std::string out(4, '\0');
    out.resize(static_cast<std::size_t>(utf8proc_encode_char(
        utf8proc_toupper(first), reinterpret_cast<utf8proc_uint8_t*>(out.data()))));
    utf8proc_int32_t previous = first;
    utf8proc_int32_t state = 0;
    while (at < size) {
        utf8proc_int32_t next = 0;
        const auto step = utf8proc_iterate(data + at, size - at, &next);
        if (step <= 0 || utf8proc_grapheme_break_stateful(previous, next, &state)) break;
        out.append(normal, static_cast<std::size_t>(at), static_cast<std::size_t>(step));
        previous = next;
        at += step;
    }
    return out;
}

} // namespace dagritme
