// An address's /24 or /64 (see address_block.hpp).
#include "app/address_block.hpp"

#include <arpa/inet.h>

#include <array>
#include <cstring>

namespace dagritme::app {

std::string address_block(const std::string& address) {
    std::array<unsigned char, 16> bytes{};
    char text[INET6_ADDRSTRLEN] = {};
    if (inet_pton(AF_INET, address.c_str(), bytes.data()) == 1) {
        bytes[3] = 0;
        if (!inet_ntop(AF_INET, bytes.data(), text, sizeof text)) return address;
        return std::string(text) + "/24";
    }
    if (inet_pton(AF_INET6, address.c_str(), bytes.data()) != 1) return address;
    constexpr std::array<unsigned char, 12> v4_mapped{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
    if (std::memcmp(bytes.data(), v4_mapped.data(), v4_mapped.size()) == 0) {
        bytes[15] = 0;
        if (!inet_ntop(AF_INET, bytes.data() + 12, text, sizeof text)) return address;
        return std::string(text) + "/24";
    }
    std::memset(bytes.data() + 8, 0, 8);
    if (!inet_ntop(AF_INET6, bytes.data(), text, sizeof text)) return address;
    return std::string(text) + "/64";
}

} // namespace dagritme::app
