// The content of a pattern page, for one child or for a group: the period filter, the four
// charts (heat map, emotions per week, rates per 10 hours present, endings and responses), each
// with its table behind "Toon als tabel", and the CSV downloads of the same numbers. The page
// around it (frame, heading, access) is the route's; the numbers come from patterns_of().
#pragma once

#include "domain/patterns.hpp"
#include "web/charts.hpp"
#include "web/html.hpp"
#include "web/period_filter.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace dagritme::web {

// The CSV files a pattern page offers; in links as ?soort=blokken|weken|per-kind|afloop.
enum class PatternsCsv { blocks, weeks, rates, care };
inline constexpr std::string_view csv_kind_field = "soort";
std::string_view name_of(PatternsCsv kind);
std::optional<PatternsCsv> patterns_csv_from(std::string_view name);

struct PatternsPage {
    std::string subject; // "Sanne" or "De Zonnebloem": named in the charts' labels
    // The page's own path: the filter sends there, the CSV links are path + "/csv?soort=...".
    std::string path;
    PeriodChoice period;
    ChildNames names; // of the children in the rates
};

Html patterns_content(const PatternsPage& page, const Patterns& patterns);

// A CSV file of the page's numbers, and the name to download it as.
std::string patterns_csv(const Patterns& patterns, PatternsCsv kind, const ChildNames& names);
std::string patterns_csv_file_name(PatternsCsv kind, std::string_view subject, Period period);

} // namespace dagritme::web
