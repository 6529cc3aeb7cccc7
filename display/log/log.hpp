// One line per event on stderr, with time and level. Thread-safe: any thread may log.
#pragma once

#include <string_view>

namespace dagritme::log {

void info(std::string_view message);
void warn(std::string_view message);
void error(std::string_view message);

} // namespace dagritme::log
