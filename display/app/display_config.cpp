// display.toml parsing with TOML++: unknown keys and wrong types are errors, with the
// position in the file. Main thread, at start.
#include "app/display_config.hpp"

#include "board/board_decoder.hpp"

#include <toml++/toml.h>

#include <set>

namespace dagritme::app {

namespace fs = std::filesystem;

namespace {

std::string where(const fs::path& file, const toml::source_region& region) {
    const auto& pos = region.begin;
    return file.string() + ":" + std::to_string(pos.line) + ":" + std::to_string(pos.column);
}
std::string where(const fs::path& file, const toml::node& node) {
    return where(file, node.source());
}

void reject_unknown(const fs::path& file, const toml::table& table, const std::string& prefix,
                    const std::set<std::string>& known) {
    for (const auto& [key, value] : table)
        if (!known.contains(std::string(key.str())))
            throw ConfigError(where(file, key.source()) + ": unknown key " + prefix +
                              std::string(key.str()));
}

template <class T>
T get(const fs::path& file, const toml::table& table, const char* key, const std::string& prefix,
      T fallback) {
    const toml::node* node = table.get(key);
    if (!node) return fallback;
    if (auto v = node->value<T>()) return *v;
    throw ConfigError(where(file, *node) + ": " + prefix + key + " has the wrong type");
}

board::TimeOfDay get_time(const fs::path& file, const toml::table& table, const char* key,
                          board::TimeOfDay fallback) {
    const toml::node* node = table.get(key);
    if (!node) return fallback;
    auto text = node->value<std::string>();
    auto t = text ? board::parse_time_of_day(*text) : std::nullopt;
    if (!t) throw ConfigError(where(file, *node) + ": screen." + key + " must be \"HH:MM\"");
    return *t;
}

fs::path resolve(const fs::path& base, const std::string& p) {
    if (p.empty()) return {};
    const fs::path path(p);
    return path.is_absolute() ? path : (base / path).lexically_normal();
}

} // namespace

DisplayConfig default_config(const fs::path& data_dir) {
    DisplayConfig c;
    c.data_dir = data_dir;
    c.image_dirs = {data_dir / "assets/pictograms", data_dir / "assets/demo"};
    c.media_dir = data_dir / "var/display/media";
    c.cache_dir = data_dir / "var/display/cache";
    return c;
}

DisplayConfig load_config(const fs::path& file, const fs::path& default_data_dir) {
    toml::table root;
    try {
        root = toml::parse_file(file.string());
    } catch (const toml::parse_error& e) {
        const auto& pos = e.source().begin;
        throw ConfigError(file.string() + ":" + std::to_string(pos.line) + ":" +
                          std::to_string(pos.column) + ": " + std::string(e.description()));
    }
    reject_unknown(file, root, "", {"data_dir", "screen", "media", "fonts", "planner"});
    const toml::table empty;
    auto section = [&](const char* name) -> const toml::table& {
        const toml::node* node = root.get(name);
        if (!node) return empty;
        if (!node->is_table())
            throw ConfigError(where(file, *node) + ": " + name + " must be a table");
        return *node->as_table();
    };

    const fs::path config_dir = fs::absolute(file).parent_path();
    const std::string data_dir = get<std::string>(file, root, "data_dir", "", "");
    DisplayConfig c =
        default_config(data_dir.empty() ? default_data_dir : resolve(config_dir, data_dir));
    c.file = file;

    const toml::table& screen = section("screen");
    reject_unknown(file, screen, "screen.",
                   {"name", "orientation", "screen_on", "screen_off", "burn_in_shift"});
    c.screen_name = get<std::string>(file, screen, "name", "screen.", c.screen_name);
    const std::string orientation =
        get<std::string>(file, screen, "orientation", "screen.", "auto");
    if (orientation == "auto")
        c.orientation = Orientation::automatic;
    else if (orientation == "landscape")
        c.orientation = Orientation::landscape;
    else if (orientation == "portrait")
        c.orientation = Orientation::portrait;
    else
        throw ConfigError(where(file, *screen.get("orientation")) +
                          ": screen.orientation must be \"auto\", \"landscape\" or \"portrait\"");
    c.hours.on = get_time(file, screen, "screen_on", c.hours.on);
    c.hours.off = get_time(file, screen, "screen_off", c.hours.off);
    if (c.hours.off <= c.hours.on)
        throw ConfigError(file.string() + ": screen.screen_off must be after screen.screen_on");
    c.burn_in_shift = get<bool>(file, screen, "burn_in_shift", "screen.", c.burn_in_shift);

    const toml::table& media = section("media");
    reject_unknown(file, media, "media.", {"media_dir", "cache_dir", "image_dirs"});
    if (media.contains("media_dir"))
        c.media_dir = resolve(c.data_dir, get<std::string>(file, media, "media_dir", "media.", ""));
    if (media.contains("cache_dir"))
        c.cache_dir = resolve(c.data_dir, get<std::string>(file, media, "cache_dir", "media.", ""));
    if (const toml::node* dirs = media.get("image_dirs")) {
        const toml::array* list = dirs->as_array();
        if (!list)
            throw ConfigError(where(file, *dirs) + ": media.image_dirs must be a list of folders");
        c.image_dirs.clear();
        for (const auto& item : *list) {
            auto dir = item.value<std::string>();
            if (!dir) throw ConfigError(where(file, item) + ": media.image_dirs must hold strings");
            c.image_dirs.push_back(resolve(c.data_dir, *dir));
        }
    }

    const toml::table& planner = section("planner");
    reject_unknown(file, planner, "planner.", {"ca_file"});
    if (planner.contains("ca_file")) {
        c.planner_ca_file =
            resolve(config_dir, get<std::string>(file, planner, "ca_file", "planner.", ""));
        if (!fs::is_regular_file(*c.planner_ca_file))
            throw ConfigError(where(file, *planner.get("ca_file")) +
                              ": planner.ca_file: no such file: " + c.planner_ca_file->string());
    }

    const toml::table& fonts = section("fonts");
    reject_unknown(file, fonts, "fonts.", {"regular", "bold"});
    c.font_regular = resolve(c.data_dir, get<std::string>(file, fonts, "regular", "fonts.", ""));
    c.font_bold = resolve(c.data_dir, get<std::string>(file, fonts, "bold", "fonts.", ""));
    return c;
}

} // namespace dagritme::app
