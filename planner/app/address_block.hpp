// The network an address belongs to, for limits that one owner of many addresses cannot dodge:
// an IPv4 address counts with its /24, an IPv6 address with its /64 (one host commonly has a
// whole /64). An IPv4 address written as IPv6 (::ffff:a.b.c.d) counts as IPv4.
#pragma once

#include <string>

namespace dagritme::app {

// "192.168.1.0/24", "2001:db8:1:2::/64"; the text itself for what is not an IP address.
std::string address_block(const std::string& address);

} // namespace dagritme::app
