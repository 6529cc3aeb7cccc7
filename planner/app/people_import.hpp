// The import of a unit that moves in: its children (with their families and placements) and its
// staff from CSV files as a spreadsheet saves them (UTF-8, ';' or ',' between cells, a header row
// with the Dutch column names of README.md, in any order). All or nothing: every row goes
// through the same app functions as the pages, inside one transaction that is committed only
// when no row has a problem; each problem names its line and column.
#pragma once

#include "app/intake.hpp"
#include "store/database.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace dagritme::app {

inline constexpr std::size_t max_import_bytes = 8 * 1024 * 1024;
inline constexpr std::size_t max_import_rows = 5000;

struct ImportProblem {
    int line = 0;       // in the file, the header row being line 1
    std::string column; // the column's name, or "" for the row or the file
    std::string message;
    bool operator==(const ImportProblem&) const = default;
};

struct ImportResult {
    int rows = 0;     // written (0 when there was any problem)
    int families = 0; // of them new families (children only)
    std::vector<ImportProblem> problems;
};

// Columns: voornaam, achternaam, geboortedatum, gezin, groep, eerste_dag, dagen (required);
// laatste_dag, eigen_plek, plaatser, mentor, ouder_voornaam, ouder_achternaam, ouder_relatie.
// A family is found by its name ("Familie Jansen") or made once, from the first row naming it.
ImportResult import_children(store::Database& db, std::string_view csv, const Change& change);
// Columns: voornaam, groep (required); achternaam, account.
ImportResult import_staff(store::Database& db, std::string_view csv, const Change& change);

// "ma, di ochtend, do middag" -> Monday all day, Tuesday morning, Thursday afternoon.
std::optional<std::vector<PlacementDay>> parse_days(std::string_view text);

} // namespace dagritme::app
