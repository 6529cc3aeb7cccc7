// CSV files for Dutch spreadsheets (Excel, LibreOffice) from the patterns.
#include "web/csv.hpp"

#include "web/care_words.hpp"

namespace dagritme::web {

CsvFile::CsvFile(std::vector<std::string> header) {
    rows_.push_back(std::move(header));
}

void CsvFile::add_row(std::vector<std::string> cells) {
    rows_.push_back(std::move(cells));
}

std::string CsvFile::str() const {
    std::string out = "\xEF\xBB\xBF"; // so Excel reads UTF-8
    for (const auto& row : rows_) {
        for (std::size_t i = 0; i < row.size(); ++i) {
            if (i > 0) out += ';';
            out += csv_cell(row[i]);
        }
        out += "\r\n";
    }
    return out;
}

std::string csv_file_name(std::string_view what, std::string_view who, Period period) {
    std::string name;
    for (const std::string_view part : {what, who}) {
        for (const char c : part) {
            if (c >= 'A' && c <= 'Z')
                name += static_cast<char>(c - 'A' + 'a');
            else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
                name += c;
            else if ((c == '-' || c == ' ') && !name.empty() && name.back() != '-')
                name += '-';
        }
        if (!name.empty() && name.back() != '-') name += '-';
    }
    return name + period.from.str() + "-" + period.to.str() + ".csv";
}

std::string csv_cell(std::string_view value) {
    std::string cell;
    // A spreadsheet runs a cell starting with these as a formula.
    if (!value.empty() &&
        std::string_view("=+-@\t\r").find(value.front()) != std::string_view::npos)
        cell += '\'';
    cell += value;
    if (cell.find_first_of(";\"\r\n") == std::string::npos) return cell;
    std::string quoted = "\"";
    for (const char c : cell) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    quoted += '"';
    return quoted;
}

std::string heat_map_csv(const HeatMap& map) {
    CsvFile csv({"Blok", "Begintijd", "Weekdag", "Ankerpunten", "Limits overschreden"});
    for (std::size_t r = 0; r < map.rows.size(); ++r)
        for (std::size_t c = 0; c < map.weekdays.size(); ++c) {
            const HeatCell& cell = map.cells.at(r).at(c);
            const auto& block = map.rows.at(r);
            csv.add_row({block_label(block), block ? block->start.str() : "",
                         std::string(weekday_word(map.weekdays.at(c))),
                         std::to_string(cell.anchorpoints), std::to_string(cell.limit_violations)});
        }
    return csv.str();
}

std::string emotions_csv(const std::vector<WeekEmotions>& weeks) {
    std::vector<std::string> header{"Jaar", "Week", "Maandag"};
    for (const Emotion emotion : all_emotions)
        header.emplace_back(emotion_word(emotion));
    header.emplace_back("Totaal");
    CsvFile csv(std::move(header));
    for (const auto& week : weeks) {
        std::vector<std::string> row{std::to_string(week.week.year), std::to_string(week.week.week),
                                     monday_of(week.week).str()};
        for (const Emotion emotion : all_emotions)
            row.push_back(std::to_string(week.count(emotion)));
        row.push_back(std::to_string(week.total()));
        csv.add_row(std::move(row));
    }
    return csv.str();
}

std::string rates_csv(const std::vector<ChildRate>& rates, const ChildNames& names) {
    CsvFile csv({"Kind", "Uren aanwezig", "Ankerpunten", "Ankerpunten per 10 uur aanwezig",
                 "Limits overschreden", "Limits overschreden per 10 uur aanwezig"});
    for (const auto& rate : rates) {
        const auto anchor_rate = rate.anchorpoints_rate();
        const auto limit_rate = rate.limit_violations_rate();
        csv.add_row({child_name(names, rate.child_id), decimal_comma(rate.hours_present(), 2),
                     std::to_string(rate.anchorpoints),
                     anchor_rate ? decimal_comma(*anchor_rate, 2) : "",
                     std::to_string(rate.limit_violations),
                     limit_rate ? decimal_comma(*limit_rate, 2) : ""});
    }
    return csv.str();
}

std::string care_counts_csv(const CareCounts& counts) {
    CsvFile csv({"Wat", "Aantal"});
    for (const Ending ending : all_endings)
        csv.add_row({std::string(ending_word(ending)), std::to_string(counts.ending(ending))});
    for (const CareResponse response : all_care_responses)
        csv.add_row(
            {std::string(response_word(response)), std::to_string(counts.response(response))});
    csv.add_row({"vastgehouden", std::to_string(counts.holdings)});
    csv.add_row({"minuten vastgehouden", std::to_string(counts.holding_minutes)});
    return csv.str();
}

} // namespace dagritme::web
