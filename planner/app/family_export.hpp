// A family's whole record gathered from the store, as the JSON of json/family_json.hpp. The
// caller checks who may export and writes the audit entry.
#pragma once

#include "domain/time.hpp"
#include "store/database.hpp"

#include <cstdint>
#include <optional>
#include <string>

namespace dagritme::app {

// Nothing for an unknown family. Reads one consistent snapshot.
std::optional<std::string> export_family(store::Database& db, std::int64_t family_id, Instant now);

} // namespace dagritme::app
