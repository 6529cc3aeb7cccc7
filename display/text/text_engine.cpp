// Pango layouts for the board's text. Every measurement and every image goes through
// make_layout, so both see the same line breaks, the same ellipsis and the same extents.
#include "text/text_engine.hpp"

#include <pango/pangocairo.h>
#include <pango/pangofc-fontmap.h>

#include <algorithm>
#include <cmath>
#include <string>

namespace dagritme::text {

namespace {

struct Unref {
    void operator()(gpointer object) const { g_object_unref(object); }
};
template <class T> using GObject = std::unique_ptr<T, Unref>;

struct SurfaceFree {
    void operator()(cairo_surface_t* s) const { cairo_surface_destroy(s); }
};
struct CairoFree {
    void operator()(cairo_t* c) const { cairo_destroy(c); }
};

// Pango reads UTF-8 only; a broken sequence becomes U+FFFD instead of a warning.
std::string valid_utf8(std::string_view text) {
    if (g_utf8_validate(text.data(), static_cast<gssize>(text.size()), nullptr))
        return std::string(text);
    gchar* fixed = g_utf8_make_valid(text.data(), static_cast<gssize>(text.size()));
    std::string out(fixed);
    g_free(fixed);
    return out;
}

// True when every line after the first starts where a line may break (not inside a word).
bool breaks_between_words(PangoLayout* layout) {
    int count = 0;
    const PangoLogAttr* attrs = pango_layout_get_log_attrs_readonly(layout, &count);
    const char* text = pango_layout_get_text(layout);
    GSList* lines = pango_layout_get_lines_readonly(layout);
    for (GSList* l = lines ? lines->next : nullptr; l; l = l->next) {
        const auto* line = static_cast<PangoLayoutLine*>(l->data);
        const glong offset = g_utf8_pointer_to_offset(text, text + line->start_index);
        if (offset < count && !attrs[offset].is_line_break) return false;
    }
    return true;
}

float pixels(int pango_units) {
    return static_cast<float>(pango_units) / PANGO_SCALE;
}

} // namespace

struct TextEngine::Pango {
    GObject<PangoFontMap> font_map;
    GObject<PangoContext> context;
};

TextEngine::TextEngine(const FontFiles& files) : fonts_(files), pango_(std::make_unique<Pango>()) {
    // A font map of our own on our own fontconfig configuration: nothing shared between
    // threads, and a configured font file is found without installing it.
    pango_->font_map.reset(pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT));
    if (!pango_->font_map) throw FontNotFound("Pango and Cairo were built without FreeType fonts");
    pango_fc_font_map_set_config(PANGO_FC_FONT_MAP(pango_->font_map.get()), fonts_.config());
    pango_->context.reset(pango_font_map_create_context(pango_->font_map.get()));
    // Unhinted metrics: widths scale with the size, so the layout's choices are smooth.
    cairo_font_options_t* options = cairo_font_options_create();
    cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY);
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_SLIGHT);
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
    pango_cairo_context_set_font_options(pango_->context.get(), options);
    cairo_font_options_destroy(options);
    pango_context_set_language(pango_->context.get(), pango_language_from_string("nl"));
    // The board speaks Dutch: every text is a left-to-right paragraph, in which an Arabic name
    // is set right to left without turning the sentence around ("ماما komt om 10:30").
    pango_context_set_base_dir(pango_->context.get(), PANGO_DIRECTION_LTR);
}

TextEngine::~TextEngine() = default;

namespace {

GObject<PangoLayout> make_layout(PangoContext* context, const FontConfig& fonts,
                                 const layout::TextRun& run, layout::Align align) {
    GObject<PangoLayout> layout(pango_layout_new(context));
    pango_layout_set_auto_dir(layout.get(), FALSE);
    const std::string text = valid_utf8(run.text);
    pango_layout_set_text(layout.get(), text.data(), static_cast<int>(text.size()));
    PangoFontDescription* font = pango_font_description_new();
    const bool bold = run.weight == layout::Weight::bold;
    pango_font_description_set_family(
        font, (bold ? fonts.bold_family() : fonts.regular_family()).c_str());
    pango_font_description_set_weight(font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    pango_font_description_set_absolute_size(font, static_cast<double>(run.size) * PANGO_SCALE);
    pango_layout_set_font_description(layout.get(), font);
    pango_font_description_free(font);
    if (run.wrap_width > 0) {
        pango_layout_set_width(layout.get(),
                               static_cast<int>(std::floor(run.wrap_width * PANGO_SCALE)));
        pango_layout_set_wrap(layout.get(), PANGO_WRAP_WORD_CHAR);
        pango_layout_set_ellipsize(layout.get(), PANGO_ELLIPSIZE_END);
        pango_layout_set_height(layout.get(), -std::max(1, run.max_lines));
    }
    pango_layout_set_alignment(layout.get(), align == layout::Align::center  ? PANGO_ALIGN_CENTER
                                             : align == layout::Align::right ? PANGO_ALIGN_RIGHT
                                                                             : PANGO_ALIGN_LEFT);
    return layout;
}

} // namespace

layout::TextExtent TextEngine::measure(const layout::TextRun& run) const {
    std::string key(run.text);
    key += '\0';
    key += std::to_string(run.size) + (run.weight == layout::Weight::bold ? "b" : "r") +
           std::to_string(run.wrap_width) + "/" + std::to_string(run.max_lines);
    if (const auto found = measured_.find(key); found != measured_.end()) return found->second;
    if (measured_.size() >= 20000) measured_.clear();
    return measured_.emplace(std::move(key), lay_out(run)).first->second;
}

layout::TextExtent TextEngine::lay_out(const layout::TextRun& run) const {
    layout::TextExtent extent;
    if (run.text.empty() || run.size == 0) return extent;
    const auto layout = make_layout(pango_->context.get(), fonts_, run, layout::Align::left);
    PangoRectangle logical;
    pango_layout_get_extents(layout.get(), nullptr, &logical);
    extent.width = pixels(logical.width);
    extent.height = pixels(logical.height);
    extent.lines = pango_layout_get_line_count(layout.get());
    extent.whole = !pango_layout_is_ellipsized(layout.get()) &&
                   breaks_between_words(layout.get()) &&
                   (run.wrap_width <= 0 || extent.width <= run.wrap_width);
    return extent;
}

int TextEngine::unknown_glyphs(const layout::TextRun& run) const {
    if (run.text.empty() || run.size == 0) return 0;
    const auto layout = make_layout(pango_->context.get(), fonts_, run, layout::Align::left);
    return pango_layout_get_unknown_glyphs_count(layout.get());
}

TextImage TextEngine::render(const layout::TextRun& run, layout::Align align,
                             layout::Color color) const {
    TextImage image;
    if (run.text.empty() || run.size == 0) return image;
    const auto layout = make_layout(pango_->context.get(), fonts_, run, align);
    PangoRectangle ink, logical;
    pango_layout_get_pixel_extents(layout.get(), &ink, &logical);
    if (ink.width <= 0 || ink.height <= 0) return image;
    // The image holds all the ink, which may reach outside the logical box (accents, marks).
    const int left = ink.x, top = ink.y;
    image.width = static_cast<unsigned>(ink.width);
    image.height = static_cast<unsigned>(ink.height);
    image.offset_x = static_cast<float>(left);
    image.offset_y = static_cast<float>(top);

    std::unique_ptr<cairo_surface_t, SurfaceFree> surface(
        cairo_image_surface_create(CAIRO_FORMAT_ARGB32, ink.width, ink.height));
    {
        std::unique_ptr<cairo_t, CairoFree> cr(cairo_create(surface.get()));
        cairo_translate(cr.get(), -left, -top);
        cairo_set_source_rgba(cr.get(), color.r / 255.0, color.g / 255.0, color.b / 255.0,
                              color.a / 255.0);
        pango_cairo_show_layout(cr.get(), layout.get());
    }
    cairo_surface_flush(surface.get());
    if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS) return {};

    // Cairo's pixels are premultiplied native-endian ARGB words; textures want straight RGBA.
    const unsigned char* data = cairo_image_surface_get_data(surface.get());
    const auto stride = static_cast<std::size_t>(cairo_image_surface_get_stride(surface.get()));
    image.rgba.resize(std::size_t{image.width} * image.height * 4);
    for (std::size_t y = 0; y < image.height; ++y) {
        const auto* row = reinterpret_cast<const std::uint32_t*>(data + y * stride);
        for (std::size_t x = 0; x < image.width; ++x) {
            const std::uint32_t p = row[x];
            const std::uint32_t a = p >> 24;
            auto straight = [a](std::uint32_t c) {
                return static_cast<std::uint8_t>(a == 0 ? 0
                                                        : std::min(255u, (c * 255 + a / 2) / a));
            };
            std::uint8_t* out = &image.rgba[(y * image.width + x) * 4];
            out[0] = straight((p >> 16) & 0xFF);
            out[1] = straight((p >> 8) & 0xFF);
            out[2] = straight(p & 0xFF);
            out[3] = static_cast<std::uint8_t>(a);
        }
    }
    return image;
}

} // namespace dagritme::text
