// Font discovery with fontconfig: a configured file is added to a configuration of our own
// and its family read back; otherwise the family fontconfig matches must really be Noto Sans
// (fonts-noto-core) or DejaVu Sans (fonts-dejavu-core), not a stand-in.
#include "text/font_config.hpp"

#include <fontconfig/fontconfig.h>

#include <memory>
#include <optional>
#include <vector>

namespace dagritme::text {

namespace {

struct PatternFree {
    void operator()(FcPattern* p) const { FcPatternDestroy(p); }
};
using Pattern = std::unique_ptr<FcPattern, PatternFree>;

const FcChar8* fc_text(const std::string& s) {
    return reinterpret_cast<const FcChar8*>(s.c_str());
}

// The family of the font that fontconfig picks for `family`, when it is that family.
std::optional<std::string> installed(FcConfig* config, const std::string& family) {
    Pattern pattern(FcPatternCreate());
    FcPatternAddString(pattern.get(), FC_FAMILY, fc_text(family));
    FcConfigSubstitute(config, pattern.get(), FcMatchPattern);
    FcDefaultSubstitute(pattern.get());
    FcResult result = FcResultNoMatch;
    Pattern match(FcFontMatch(config, pattern.get(), &result));
    FcChar8* found = nullptr;
    if (!match || FcPatternGetString(match.get(), FC_FAMILY, 0, &found) != FcResultMatch)
        return std::nullopt;
    if (family != reinterpret_cast<const char*>(found)) return std::nullopt;
    return family;
}

// Adds the font file to the configuration and returns its family; nullopt when unusable.
std::optional<std::string> add_file(FcConfig* config, const std::filesystem::path& file) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(file, ec)) return std::nullopt;
    const std::string path = file.string();
    if (!FcConfigAppFontAddFile(config, fc_text(path))) return std::nullopt;
    Pattern pattern(FcPatternCreate());
    FcPatternAddString(pattern.get(), FC_FILE, fc_text(path));
    std::unique_ptr<FcObjectSet, decltype(&FcObjectSetDestroy)> objects(
        FcObjectSetBuild(FC_FAMILY, nullptr), &FcObjectSetDestroy);
    std::unique_ptr<FcFontSet, decltype(&FcFontSetDestroy)> fonts(
        FcFontList(config, pattern.get(), objects.get()), &FcFontSetDestroy);
    FcChar8* family = nullptr;
    if (!fonts || fonts->nfont < 1 ||
        FcPatternGetString(fonts->fonts[0], FC_FAMILY, 0, &family) != FcResultMatch)
        return std::nullopt;
    return std::string(reinterpret_cast<const char*>(family));
}

std::string find_family(FcConfig* config, const std::filesystem::path& configured,
                        const char* what) {
    if (!configured.empty()) {
        if (auto family = add_file(config, configured)) return *family;
        throw FontNotFound(std::string("no usable ") + what + " font; tried: " +
                           configured.string() + " (check [fonts] in display.toml)");
    }
    for (const char* family : {"Noto Sans", "DejaVu Sans"})
        if (auto found = installed(config, family)) return *found;
    throw FontNotFound(std::string("no usable ") + what +
                       " font; tried: Noto Sans, DejaVu Sans (install fonts-noto-core or "
                       "fonts-dejavu-core, or set [fonts] in display.toml)");
}

} // namespace

FontConfig::FontConfig(const FontFiles& files) : config_(FcInitLoadConfigAndFonts()) {
    if (!config_) throw FontNotFound("fontconfig cannot load its configuration");
    try {
        regular_ = find_family(config_, files.regular, "regular");
        bold_ = files.bold.empty() ? regular_ : find_family(config_, files.bold, "bold");
    } catch (...) {
        FcConfigDestroy(config_);
        throw;
    }
}

FontConfig::~FontConfig() {
    FcConfigDestroy(config_);
}

} // namespace dagritme::text
