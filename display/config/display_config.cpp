// display.toml read with common's strict TableReader: unknown keys and wrong types are errors
// naming file:line:column and the key, as in planner.toml. Main thread, at start (and the
// worker on a config reload).
#include "config/display_config.hpp"

#include "common/toml_reader.hpp"

namespace dagritme::app {

namespace fs = std::filesystem;

namespace {

fs::path resolve(const fs::path& base, const std::string& p) {
    if (p.empty()) return {};
    const fs::path path(p);
    return path.is_absolute() ? path : (base / path).lexically_normal();
}

void read_screen(config::TableReader& screen, DisplayConfig& c) {
    screen.allow({"name", "orientation", "screen_on", "screen_off", "burn_in_shift"});
    if (auto name = screen.optional_string("name")) c.screen_name = *name;
    if (auto orientation = screen.optional_string("orientation")) {
        if (*orientation == "auto")
            c.orientation = Orientation::automatic;
        else if (*orientation == "landscape")
            c.orientation = Orientation::landscape;
        else if (*orientation == "portrait")
            c.orientation = Orientation::portrait;
        else
            screen.fail("orientation", "expected \"auto\", \"landscape\" or \"portrait\", got \"" +
                                           *orientation + "\"");
    }
    if (screen.has("screen_on")) c.hours.on = screen.time("screen_on");
    if (screen.has("screen_off")) c.hours.off = screen.time("screen_off");
    if (c.hours.off <= c.hours.on)
        screen.fail(screen.has("screen_off") ? "screen_off" : "screen_on",
                    "screen_off must be after screen_on");
    if (auto shift = screen.optional_boolean("burn_in_shift")) c.burn_in_shift = *shift;
    screen.finish();
}

void read_media(config::TableReader& media, DisplayConfig& c) {
    media.allow({"media_dir", "cache_dir", "image_dirs"});
    if (auto dir = media.optional_string("media_dir")) c.media_dir = resolve(c.data_dir, *dir);
    if (auto dir = media.optional_string("cache_dir")) c.cache_dir = resolve(c.data_dir, *dir);
    if (media.has("image_dirs")) {
        c.image_dirs.clear();
        for (const auto& dir : media.strings("image_dirs"))
            c.image_dirs.push_back(resolve(c.data_dir, dir));
    }
    media.finish();
}

void read_planner(config::TableReader& planner, const fs::path& config_dir, DisplayConfig& c) {
    planner.allow({"ca_file"});
    if (auto ca_file = planner.optional_string("ca_file")) {
        c.planner_ca_file = resolve(config_dir, *ca_file);
        if (!fs::is_regular_file(*c.planner_ca_file))
            planner.fail("ca_file", "no such file: " + c.planner_ca_file->string());
    }
    planner.finish();
}

void read_fonts(config::TableReader& fonts, DisplayConfig& c) {
    fonts.allow({"regular", "bold"});
    if (auto font = fonts.optional_string("regular")) c.font_regular = resolve(c.data_dir, *font);
    if (auto font = fonts.optional_string("bold")) c.font_bold = resolve(c.data_dir, *font);
    fonts.finish();
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
    const auto document = config::parse_toml_file(file);
    config::TableReader root(document, "", file.string());
    root.allow({"data_dir", "screen", "media", "planner", "fonts"});
    const fs::path config_dir = fs::absolute(file).parent_path();
    const auto data_dir = root.optional_string("data_dir");
    DisplayConfig c = default_config(data_dir && !data_dir->empty() ? resolve(config_dir, *data_dir)
                                                                    : default_data_dir);
    c.file = file;

    // Every section is optional; a section that is there is read strictly.
    auto section = [&](const char* name, auto read) {
        if (!root.has(name)) return;
        config::TableReader reader(root.table(name), name, file.string());
        read(reader);
    };
    section("screen", [&](config::TableReader& r) { read_screen(r, c); });
    section("media", [&](config::TableReader& r) { read_media(r, c); });
    section("planner", [&](config::TableReader& r) { read_planner(r, config_dir, c); });
    section("fonts", [&](config::TableReader& r) { read_fonts(r, c); });
    root.finish();
    return c;
}

} // namespace dagritme::app
