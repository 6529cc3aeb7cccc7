// The data folder from the environment or the build.
#include "common/data_dir.hpp"

#include <cstdlib>

namespace dagritme::common {

std::filesystem::path data_dir() {
    if (const char* env = std::getenv("DAGRITME_DATA_DIR"); env && *env) return env;
    return DAGRITME_DATA_DIR;
}

} // namespace dagritme::common
