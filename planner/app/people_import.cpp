// CSV import: libcsv reads the cells, the app functions check and write each row.
#include "app/people_import.hpp"

#include "app/staff.hpp"
#include "store/accounts.hpp"
#include "store/family_record.hpp"
#include "store/groups.hpp"

#include <csv.h>

#include <algorithm>
#include <map>
#include <set>

namespace dagritme::app {
namespace {

using Row = std::vector<std::string>;

struct Table {
    std::vector<Row> rows;  // the header first
    std::vector<int> lines; // the line each row starts on
    std::optional<ImportProblem> problem;
};

struct Reader {
    Table table;
    Row row;
    int line = 1;     // the line the parser is on
    int row_line = 1; // the line the current row began on
};

// The cells of `csv` by libcsv, strict about quotes; ';' unless the header has more ','.
Table read_table(std::string_view csv) {
    Table out;
    if (csv.size() > max_import_bytes) {
        out.problem = ImportProblem{0, "", "Dit bestand is te groot (meer dan 8 MB)."};
        return out;
    }
    if (csv.starts_with("\xEF\xBB\xBF")) csv.remove_prefix(3); // a spreadsheet's BOM
    const auto header = csv.substr(0, csv.find('\n'));
    const char delimiter = std::count(header.begin(), header.end(), ',') >
                                   std::count(header.begin(), header.end(), ';')
                               ? ','
                               : ';';
    csv_parser parser{};
    if (csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI) != 0)
        throw std::runtime_error("cannot start the CSV reader");
    csv_set_delim(&parser, static_cast<unsigned char>(delimiter));
    Reader reader;
    const auto on_cell = [](void* cell, std::size_t size, void* data) {
        auto& r = *static_cast<Reader*>(data);
        r.row.emplace_back(static_cast<const char*>(cell), size);
    };
    const auto on_row = [](int, void* data) {
        auto& r = *static_cast<Reader*>(data);
        const bool empty = r.row.size() == 1 && r.row[0].empty();
        if (!empty) {
            r.table.rows.push_back(std::move(r.row));
            r.table.lines.push_back(r.row_line);
        }
        r.row.clear();
    };
    // Fed line by line, so a problem has its line and every row the line it starts on.
    std::size_t at = 0;
    bool failed = false;
    while (at < csv.size() && !failed) {
        const auto end = std::min(csv.find('\n', at), csv.size() - 1) + 1;
        if (reader.row.empty()) reader.row_line = reader.line;
        const auto chunk = csv.substr(at, end - at);
        failed = csv_parse(&parser, chunk.data(), chunk.size(), on_cell, on_row, &reader) !=
                 chunk.size();
        if (!failed) {
            at = end;
            ++reader.line;
        }
        if (reader.table.rows.size() > max_import_rows + 1) {
            out.problem =
                ImportProblem{reader.line, "", "Meer dan 5000 rijen; splits het bestand."};
            csv_free(&parser);
            return out;
        }
    }
    int failed_line = reader.line;
    if (!failed && csv_fini(&parser, on_cell, on_row, &reader) != 0) {
        failed = true;
        failed_line = reader.row_line; // a quote opened on the row's line and never closed
    }
    csv_free(&parser);
    if (failed) {
        out.problem = ImportProblem{failed_line, "",
                                    "Een aanhalingsteken (\") staat niet goed: een cel tussen "
                                    "aanhalingstekens moet er ook mee eindigen."};
        return out;
    }
    out.rows = std::move(reader.table.rows);
    out.lines = std::move(reader.table.lines);
    if (out.rows.empty()) out.problem = ImportProblem{1, "", "Dit bestand is leeg."};
    return out;
}

std::string lower(std::string text) {
    for (auto& c : text)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

// The cells of one row by column name.
class Columns {
  public:
    Columns(const Row& header, const std::set<std::string>& known,
            const std::vector<std::string>& required, std::vector<ImportProblem>& problems) {
        for (std::size_t i = 0; i < header.size(); ++i) {
            const auto name = lower(header[i]);
            if (!known.contains(name))
                problems.push_back({1, header[i], "Deze kolom kent de planner niet."});
            else if (index_.contains(name))
                problems.push_back({1, header[i], "Deze kolom staat er twee keer in."});
            else
                index_[name] = i;
        }
        for (const auto& name : required)
            if (!index_.contains(name)) problems.push_back({1, name, "Deze kolom ontbreekt."});
    }
    std::string get(const Row& row, const std::string& name) const {
        const auto it = index_.find(name);
        return it == index_.end() || it->second >= row.size() ? std::string() : row[it->second];
    }

  private:
    std::map<std::string, std::size_t> index_;
};

// "2022-03-14" or "14-03-2022" (as Dutch spreadsheets write it); "" is nothing.
std::optional<Date> date_cell(const std::string& text, bool& bad) {
    bad = false;
    if (text.empty()) return std::nullopt;
    if (auto d = Date::parse(text)) return d;
    if (text.size() == 10 && (text[2] == '-' || text[2] == '/') && text[5] == text[2])
        if (auto d =
                Date::parse(text.substr(6, 4) + "-" + text.substr(3, 2) + "-" + text.substr(0, 2)))
            return d;
    bad = true;
    return std::nullopt;
}

std::optional<std::string> group_of(store::Database& db, const std::string& text) {
    for (const auto& id : store::group_ids(db)) {
        if (id == text) return id;
        if (const auto g = store::load_group(db, id); g && lower(g->name) == lower(text)) return id;
    }
    return std::nullopt;
}

std::optional<std::int64_t> account_named(store::Database& db, const std::string& name) {
    for (const auto& a : store::list_accounts(db))
        if (a.name == name && !a.disabled) return a.id;
    return std::nullopt;
}

void add_problems(std::vector<ImportProblem>& out, int line,
                  const std::vector<FieldProblem>& problems,
                  const std::map<std::string, std::string>& columns) {
    for (const auto& p : problems) {
        const auto it = columns.find(p.field);
        out.push_back({line, it == columns.end() ? p.field : it->second, p.message});
    }
}

} // namespace

std::optional<std::vector<PlacementDay>> parse_days(std::string_view text) {
    static const std::map<std::string, int> days{
        {"ma", 1},       {"maandag", 1},  {"di", 2},        {"dinsdag", 2}, {"wo", 3},
        {"woensdag", 3}, {"do", 4},       {"donderdag", 4}, {"vr", 5},      {"vrijdag", 5},
        {"za", 6},       {"zaterdag", 6}, {"zo", 7},        {"zondag", 7}};
    std::vector<PlacementDay> out;
    std::string word;
    const auto take = [&]() -> bool {
        if (word.empty()) return true;
        const auto w = lower(word);
        word.clear();
        if (const auto d = days.find(w); d != days.end()) {
            for (const auto& existing : out)
                if (existing.weekday == d->second) return false;
            out.push_back({d->second, DayPart::day});
            return true;
        }
        const auto part = day_part_of(w == "hele" ? "dag" : w);
        if (!part || out.empty()) return false;
        out.back().part = *part;
        return true;
    };
    for (const char c : text) {
        if (c == ',' || c == ' ' || c == '/' || c == '+' || c == ';') {
            if (!take()) return std::nullopt;
        } else {
            word += c;
        }
    }
    if (!take() || out.empty()) return std::nullopt;
    return out;
}

ImportResult import_children(store::Database& db, std::string_view csv, const Change& change) {
    ImportResult result;
    const auto table = read_table(csv);
    if (table.problem) {
        result.problems.push_back(*table.problem);
        return result;
    }
    const std::set<std::string> known{
        "voornaam",         "achternaam",   "geboortedatum", "gezin",    "groep",  "eerste_dag",
        "laatste_dag",      "dagen",        "eigen_plek",    "plaatser", "mentor", "ouder_voornaam",
        "ouder_achternaam", "ouder_relatie"};
    const Columns columns(
        table.rows.front(), known,
        {"voornaam", "achternaam", "geboortedatum", "gezin", "groep", "eerste_dag", "dagen"},
        result.problems);
    if (!result.problems.empty()) return result;
    const std::map<std::string, std::string> child_columns{
        {"voornaam", "voornaam"},
        {"achternaam", "achternaam"},
        {"geboortedatum", "geboortedatum"},
        {"gezin", "gezin"},
        {"groep", "groep"},
        {"eerste_dag", "eerste_dag"},
        {"laatste_dag", "laatste_dag"},
        {"dagen", "dagen"},
        {"eigen_plek", "eigen_plek"},
        {"naam", "gezin"},
        {"aanmelding", "eerste_dag"},
        {"mentor", "mentor"},
        {"plaatser", "plaatser"},
        {"ouder1_voornaam", "ouder_voornaam"},
        {"ouder1_achternaam", "ouder_achternaam"},
        {"ouder1_noemt", "ouder_relatie"},
        {"ouder1_relatie", "ouder_relatie"}};

    std::map<std::string, std::int64_t> families;
    for (const auto& f : store::list_families(db))
        families.emplace(lower(f.name), f.id);

    store::Transaction tx{db};
    for (std::size_t i = 1; i < table.rows.size(); ++i) {
        const auto& row = table.rows[i];
        const int line = table.lines[i];
        const auto cell = [&](const char* name) { return columns.get(row, name); };
        std::vector<ImportProblem> problems;
        bool bad = false;

        ChildIntake child;
        child.fields.first_name = cell("voornaam");
        child.fields.surname = cell("achternaam");
        child.fields.own_place_item = cell("eigen_plek");
        child.fields.birth_date = date_cell(cell("geboortedatum"), bad);
        if (bad) problems.push_back({line, "geboortedatum", "Schrijf een datum als 2022-03-14."});
        child.placement.first_day = date_cell(cell("eerste_dag"), bad);
        if (bad) problems.push_back({line, "eerste_dag", "Schrijf een datum als 2026-09-01."});
        child.placement.last_day = date_cell(cell("laatste_dag"), bad);
        if (bad) problems.push_back({line, "laatste_dag", "Schrijf een datum als 2027-07-16."});
        if (const auto days = parse_days(cell("dagen")))
            child.placement.days = *days;
        else
            problems.push_back(
                {line, "dagen", "Schrijf de dagen als \"ma, di ochtend, do middag\"."});
        if (const auto group = group_of(db, cell("groep")))
            child.group_id = *group;
        else
            problems.push_back({line, "groep", "Deze groep bestaat niet."});

        if (!child.placement.first_day && !bad)
            problems.push_back({line, "eerste_dag", "Vul de eerste dag van de plaatsing in."});
        const auto family_name = cell("gezin");
        if (const auto it = families.find(lower(family_name)); it != families.end()) {
            child.family_id = it->second;
        } else if (!family_name.empty() && problems.empty()) {
            FamilyIntake intake;
            intake.name = family_name;
            intake.plaatser = cell("plaatser");
            intake.registered_on = std::min(*child.placement.first_day, change.today);
            if (const auto mentor = cell("mentor"); !mentor.empty()) {
                intake.mentor_account = account_named(db, mentor);
                if (!intake.mentor_account)
                    problems.push_back({line, "mentor", "Dit account bestaat niet."});
            }
            std::vector<ParentEntry> parents;
            if (!cell("ouder_voornaam").empty()) {
                ParentEntry parent;
                parent.first_name = cell("ouder_voornaam");
                parent.surname = cell("ouder_achternaam");
                const auto relation = lower(cell("ouder_relatie"));
                parent.kind = relation_kind_of(relation == "mama"   ? "moeder"
                                               : relation == "papa" ? "vader"
                                                                    : relation)
                                  .value_or(RelationKind::other);
                parent.relation = relation;
                parents.push_back(parent);
            }
            if (problems.empty()) {
                const auto saved = intake_family(db, intake, parents, change);
                add_problems(problems, line, saved.problems, child_columns);
                if (saved.id) {
                    families.emplace(lower(family_name), *saved.id);
                    child.family_id = *saved.id;
                    ++result.families;
                }
            }
        } else if (family_name.empty()) {
            problems.push_back({line, "gezin", "Vul het gezin van het kind in."});
        }
        if (problems.empty()) {
            const auto saved = add_child(db, child, change);
            add_problems(problems, line, saved.problems, child_columns);
            if (saved.id) ++result.rows;
        }
        result.problems.insert(result.problems.end(), problems.begin(), problems.end());
    }
    if (!result.problems.empty()) {
        result.rows = result.families = 0;
        return result; // the transaction rolls back: nothing written
    }
    tx.commit();
    return result;
}

ImportResult import_staff(store::Database& db, std::string_view csv, const Change& change) {
    ImportResult result;
    const auto table = read_table(csv);
    if (table.problem) {
        result.problems.push_back(*table.problem);
        return result;
    }
    const Columns columns(table.rows.front(), {"voornaam", "achternaam", "groep", "account"},
                          {"voornaam", "groep"}, result.problems);
    if (!result.problems.empty()) return result;
    const std::map<std::string, std::string> staff_columns{{"voornaam", "voornaam"},
                                                           {"achternaam", "achternaam"},
                                                           {"groep", "groep"},
                                                           {"account", "account"}};
    store::Transaction tx{db};
    for (std::size_t i = 1; i < table.rows.size(); ++i) {
        const auto& row = table.rows[i];
        const int line = table.lines[i];
        std::vector<ImportProblem> problems;
        StaffEntry entry;
        entry.first_name = columns.get(row, "voornaam");
        entry.surname = columns.get(row, "achternaam");
        if (const auto group = group_of(db, columns.get(row, "groep")))
            entry.group_id = *group;
        else
            problems.push_back({line, "groep", "Deze groep bestaat niet."});
        if (const auto account = columns.get(row, "account"); !account.empty()) {
            entry.account_id = account_named(db, account);
            if (!entry.account_id)
                problems.push_back({line, "account", "Dit account bestaat niet."});
        }
        if (problems.empty()) {
            const auto saved = add_staff_member(db, entry, change);
            add_problems(problems, line, saved.problems, staff_columns);
            if (saved.id) ++result.rows;
        }
        result.problems.insert(result.problems.end(), problems.begin(), problems.end());
    }
    if (!result.problems.empty()) {
        result.rows = 0;
        return result;
    }
    tx.commit();
    return result;
}

} // namespace dagritme::app
