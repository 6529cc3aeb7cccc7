// The patterns' numbers as CSV for Dutch spreadsheets: UTF-8 with a byte order mark, ';' between
// cells, a decimal comma, CRLF line ends, RFC 4180 quoting, and no formulas: a cell that starts
// with = + - @ (or a tab or carriage return) gets a leading apostrophe, so a name like
// "=HYPERLINK(...)" stays text.
#pragma once

#include "domain/patterns.hpp"
#include "web/charts.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace dagritme::web {

// The header row and body rows of one CSV file, each cell as text.
class CsvFile {
  public:
    explicit CsvFile(std::vector<std::string> header);
    void add_row(std::vector<std::string> cells);
    // BOM, then each row's cells joined by ';' and ended by CRLF.
    std::string str() const;

  private:
    std::vector<std::vector<std::string>> rows_;
};

// A file name for a download: "ankerpunten-per-blok-sanne-2026-11-04-2026-12-01.csv"; `who` is
// lowered to a-z, 0-9 and '-' (other characters dropped) so it is safe in a header.
std::string csv_file_name(std::string_view what, std::string_view who, Period period);

// One cell as it is written: defused against formulas, then quoted when it holds ; " CR or LF.
std::string csv_cell(std::string_view value);

// Blok;Begintijd;Weekdag;Ankerpunten;Limits overschreden — one row per cell of the heat map.
std::string heat_map_csv(const HeatMap& map);
// Jaar;Week;Maandag;angst;...;teleurstelling;Totaal — one row per ISO week.
std::string emotions_csv(const std::vector<WeekEmotions>& weeks);
// Kind;Uren aanwezig;Ankerpunten;...per 10 uur aanwezig — one row per child; a child without
// hours present has empty rate cells.
std::string rates_csv(const std::vector<ChildRate>& rates, const ChildNames& names);

// Wat;Aantal — each ending, each response, times held and minutes held.
std::string care_counts_csv(const CareCounts& counts);

} // namespace dagritme::web
