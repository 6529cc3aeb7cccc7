// The demo: the fictional group "De Zonnebloem" with 8 children, 4 group leaders and
// 6 families (Dutch names, drawn portraits, one child without photo consent), and a day:
// attendance, a changed block, two activity groups, and weekly Zingen op schoot (Tuesday) and
// ouder-kind gym (Thursday) series.
#pragma once

#include "media/media_store.hpp"
#include "store/database.hpp"

#include "domain/time.hpp"

#include <filesystem>
#include <functional>
#include <string>

namespace dagritme::demo {

struct DemoSummary {
    int children = 0;
    int staff = 0;
    int families = 0;
};

// Seeds the people and the day `date` of group `group_id` (already synced from config).
// Portraits come from `portraits` (<name>.png). Throws when the database already has children.
DemoSummary seed_demo(store::Database& db, const std::string& group_id, Date date,
                      media::MediaStore& media, const std::filesystem::path& portraits,
                      const std::function<std::string(const std::string&)>& pictogram);

} // namespace dagritme::demo
