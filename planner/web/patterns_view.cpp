// A pattern page's content: filter, charts with their tables, downloads.
#include "web/patterns_view.hpp"

#include "web/csv.hpp"

#include <array>

namespace dagritme::web {
namespace {

struct CsvOffer {
    PatternsCsv kind;
    std::string_view name;  // in the query
    std::string_view words; // the link
};

constexpr std::array<CsvOffer, 4> offers{
    {{PatternsCsv::blocks, "blokken", "Ankerpunten en limits per blok en weekdag"},
     {PatternsCsv::weeks, "weken", "Emoties per week"},
     {PatternsCsv::rates, "per-kind", "Per 10 uur aanwezig, per kind"},
     {PatternsCsv::care, "afloop", "Afloop en wat je deed"}}};

Html section(std::string_view heading, const Html& figure) {
    Html h;
    h << "<section class=\"pattern\"><h2>" << text(heading) << "</h2>" << figure << "</section>";
    return h;
}

} // namespace

std::string_view name_of(PatternsCsv kind) {
    for (const auto& offer : offers)
        if (offer.kind == kind) return offer.name;
    return "";
}

std::optional<PatternsCsv> patterns_csv_from(std::string_view name) {
    for (const auto& offer : offers)
        if (offer.name == name) return offer.kind;
    return std::nullopt;
}

Html patterns_content(const PatternsPage& page, const Patterns& patterns) {
    const std::string about = page.subject + ", " + period_words(patterns.period);
    Html h;
    h << period_filter(page.period, page.path) << "<p class=\"pattern-period\">"
      << text(period_words(patterns.period)) << "</p>"
      << section("Ankerpunten en limits per blok en weekdag",
                 chart_figure(heat_map_svg(patterns.heat_map, "Ankerpunten en limits van " + about),
                              heat_map_table(patterns.heat_map, "Per blok en weekdag, " + about)))
      << section("Emoties per week",
                 chart_figure(emotions_svg(patterns.weeks, "Emoties per week van " + about),
                              emotions_table(patterns.weeks, "Emoties per week, " + about)))
      << section(
             "Per 10 uur aanwezig",
             chart_figure(rates_svg(patterns.rates, page.names, "Per 10 uur aanwezig, " + about),
                          rates_table(patterns.rates, page.names, "Per 10 uur aanwezig, " + about)))
      << section("Hoe het afliep en wat je deed",
                 chart_figure(care_counts_svg(patterns.care, "Afloop en wat je deed, " + about),
                              care_counts_table(patterns.care, "Afloop en wat je deed, " + about)));
    h << "<section class=\"pattern-downloads\"><h2>Downloaden (CSV)</h2><ul>";
    for (const auto& offer : offers)
        h << "<li><a href=\""
          << attr(page.path + "/csv?" + std::string(csv_kind_field) + "=" +
                  std::string(offer.name) + "&" + period_query(patterns.period).substr(1))
          << "\" download=\""
          << attr(patterns_csv_file_name(offer.kind, page.subject, patterns.period)) << "\">"
          << text(offer.words) << "</a></li>";
    h << "</ul></section>";
    return h;
}

std::string patterns_csv(const Patterns& patterns, PatternsCsv kind, const ChildNames& names) {
    switch (kind) {
    case PatternsCsv::blocks:
        return heat_map_csv(patterns.heat_map);
    case PatternsCsv::weeks:
        return emotions_csv(patterns.weeks);
    case PatternsCsv::rates:
        return rates_csv(patterns.rates, names);
    case PatternsCsv::care:
        return care_counts_csv(patterns.care);
    }
    return "";
}

std::string patterns_csv_file_name(PatternsCsv kind, std::string_view subject, Period period) {
    return csv_file_name(name_of(kind), subject, period);
}

} // namespace dagritme::web
