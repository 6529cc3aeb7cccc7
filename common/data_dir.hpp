// Where an installation keeps assets/ and config/. Any thread.
#pragma once

#include <filesystem>

namespace dagritme::common {

// $DAGRITME_DATA_DIR when set and not empty, else the folder built in (CMake DAGRITME_DATA_DIR).
std::filesystem::path data_dir();

} // namespace dagritme::common
