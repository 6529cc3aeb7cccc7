// Reading session series rows, shared by the store's session files (not for other folders).
#pragma once

#include "domain/session_series.hpp"
#include "store/database.hpp"

#include <functional>
#include <string>
#include <vector>

namespace dagritme::store {

// The columns read_series() reads, in its order.
extern const char* const series_columns;
// The series of the current row of `st` (selected with series_columns), without exceptions.
SessionSeries read_series(Statement& st);
// Adds the exceptions of `s`, in date order.
void load_exceptions(Database& db, SessionSeries& s);
// The series of "SELECT series_columns FROM session_series <where>", with their exceptions.
std::vector<SessionSeries> query_series(Database& db, const std::string& where,
                                        const std::function<void(Statement&)>& bind);

} // namespace dagritme::store
