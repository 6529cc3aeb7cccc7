// The schema's steps as SQL, in order, from the files that hold them (schema_*.cpp); step N of
// the whole list brings a database from version N-1 to N. migrations.cpp joins and runs them.
#pragma once

#include <array>
#include <span>
#include <string_view>

namespace dagritme::store {

std::span<const std::string_view> day_schema_steps();    // steps 1-7
std::span<const std::string_view> family_schema_steps(); // steps 8-14
std::span<const std::string_view> audit_schema_steps();  // step 15
std::span<const std::string_view> people_schema_steps(); // step 17 (16: migrations.cpp)

} // namespace dagritme::store
