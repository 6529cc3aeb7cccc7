// The twenty parenting situations (opvoedingssituaties, handbook appendix 2) the mentor talks
// through with a parent: ten about attachment, ten about setting limits. Short titles in plain
// Dutch of our own, for the workbook's list of ticks.
//
// A table in code, not in config: the list belongs to the method (the handbook numbers it), and
// the workbook stores ticks by number, so the numbers and their meaning must never shift under
// stored data, which an edited config file could do.
#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace dagritme {

enum class SituationTheme { attachment, discipline }; // Gehechtheid, Grenzen stellen

struct ParentingSituation {
    int number; // 1..20, as in the handbook
    SituationTheme theme;
    std::string_view title; // Dutch, a few words
};

inline constexpr std::array<ParentingSituation, 20> all_parenting_situations{{
    {1, SituationTheme::attachment, "Oppas komt, kind huilt als u weggaat"},
    {2, SituationTheme::attachment, "Nachtmerrie, 's nachts overstuur"},
    {3, SituationTheme::attachment, "Bang bij de kapper"},
    {4, SituationTheme::attachment, "Ongelukje in de broek"},
    {5, SituationTheme::attachment, "Durft niet in de speeltuin"},
    {6, SituationTheme::attachment, "Bang bij de tandarts"},
    {7, SituationTheme::attachment, "Bang bij de dokter"},
    {8, SituationTheme::attachment, "Knuffel kwijt"},
    {9, SituationTheme::attachment, "Nagels knippen"},
    {10, SituationTheme::attachment, "Buurkind wil niet samen spelen"},
    {11, SituationTheme::discipline, "Speelgoed opruimen voor het eten"},
    {12, SituationTheme::discipline, "Wil niet gaan slapen"},
    {13, SituationTheme::discipline, "Tekenen op de muur"},
    {14, SituationTheme::discipline, "Zeuren om snoep in de winkel"},
    {15, SituationTheme::discipline, "Steeds aandacht vragen"},
    {16, SituationTheme::discipline, "Tanden poetsen"},
    {17, SituationTheme::discipline, "Aankleden lukt niet"},
    {18, SituationTheme::discipline, "Muts en sjaal ophouden"},
    {19, SituationTheme::discipline, "Handen wassen voor het eten"},
    {20, SituationTheme::discipline, "Lust het eten niet"},
}};

constexpr std::optional<ParentingSituation> parenting_situation(int number) {
    if (number < 1 || number > static_cast<int>(all_parenting_situations.size()))
        return std::nullopt;
    return all_parenting_situations[static_cast<std::size_t>(number - 1)];
}

} // namespace dagritme
