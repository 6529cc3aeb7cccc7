// Benchmark of the pattern pages' pure part (prints a table; not a test): a year of care log
// entries counted (heat map, emotions per week, rates per 10 hours present, endings) and drawn
// (the four SVG charts with their tables, and the CSV files), as the child page and the group
// page do on every request, without the store reads and the page around them.
// Usage: patterns-bench [--runs N]
#include "domain/patterns.hpp"
#include "web/charts.hpp"
#include "web/csv.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <random>
#include <string>
#include <vector>

using namespace dagritme;
using namespace dagritme::web;

namespace {

struct Year {
    Group group;
    Period period{*Date::parse("2026-01-01"), *Date::parse("2026-12-31")};
    AttendanceByPerson attendance;
    std::vector<Anchorpoint> anchorpoints;
    std::vector<LimitViolation> violations;
    ChildNames names;
};

// A group open on weekdays with eight blocks; `children` children present 08:30-16:30 on their
// days; `entries` entries spread over the open days and blocks, one in eight a limit violation.
Year make_year(int children, int entries) {
    Year year;
    std::mt19937 random(42);
    const char* labels[] = {"Binnenkomst", "Kring",  "Fruit eten", "Buiten spelen",
                            "Lunch",       "Rusten", "Activiteit", "Naar huis"};
    for (int day = 1; day <= 5; ++day) {
        year.group.opening.at(static_cast<std::size_t>(day)) =
            OpeningHours{TimeOfDay::at(8, 0), TimeOfDay::at(17, 0)};
        for (int i = 0; i < 8; ++i) {
            RoutineBlock block;
            block.start = TimeOfDay::at(8 + i, 0);
            block.end = TimeOfDay::at(8 + i, 45);
            block.label = labels[i];
            year.group.routines.days.at(static_cast<std::size_t>(day)).push_back(block);
        }
    }
    std::vector<Date> open_days;
    for (auto d = year.period.from.days(); d <= year.period.to.days(); ++d)
        if (Date::from_days(d).weekday() <= 5) open_days.push_back(Date::from_days(d));
    for (int child = 1; child <= children; ++child) {
        year.names[child] = "Kind " + std::to_string(child);
        for (const Date day : open_days)
            if (day.weekday() <= 2 + child % 4) {
                year.attendance[child].push_back({to_instant({day, TimeOfDay::at(8, 30)}), true});
                year.attendance[child].push_back({to_instant({day, TimeOfDay::at(16, 30)}), false});
            }
    }
    for (int i = 0; i < entries; ++i) {
        const Date day = open_days.at(random() % open_days.size());
        const int block = static_cast<int>(random() % 8);
        const Instant at =
            to_instant({day, TimeOfDay::at(8 + block, static_cast<int>(random() % 45))});
        const BlockRef ref{TimeOfDay::at(8 + block, 0), labels[block]};
        const auto child =
            static_cast<std::int64_t>(1 + random() % static_cast<unsigned>(children));
        if (i % 8 == 7) {
            LimitViolation v;
            v.child_id = child;
            v.at = at;
            v.block = ref;
            year.violations.push_back(v);
        } else {
            Anchorpoint a;
            a.child_id = child;
            a.at = at;
            a.block = ref;
            a.emotion = all_emotions.at(random() % all_emotions.size());
            a.responses = {all_care_responses.at(random() % all_care_responses.size())};
            a.ending = all_endings.at(random() % all_endings.size());
            year.anchorpoints.push_back(a);
        }
    }
    return year;
}

// Everything a pattern page computes and writes; returns the bytes written.
std::size_t render(const Year& year) {
    const HeatMap map = heat_map(year.group, year.period, year.anchorpoints, year.violations);
    const auto weeks = emotions_per_week(year.period, year.anchorpoints);
    const auto rates = rates_per_child(year.group, year.period, year.attendance, year.anchorpoints,
                                       year.violations);
    const CareCounts counts = care_counts(year.period, year.anchorpoints, year.violations);
    Html page;
    page << chart_figure(heat_map_svg(map, "Patronen"), heat_map_table(map, "Per blok"))
         << chart_figure(emotions_svg(weeks, "Emoties"), emotions_table(weeks, "Per week"))
         << chart_figure(rates_svg(rates, year.names, "Per uur"),
                         rates_table(rates, year.names, "Per uur"))
         << chart_figure(care_counts_svg(counts, "Afloop"), care_counts_table(counts, "Afloop"));
    return page.str().size() + heat_map_csv(map).size() + emotions_csv(weeks).size() +
           rates_csv(rates, year.names).size();
}

void row(const char* name, const Year& year, int runs) {
    std::vector<double> ms;
    std::size_t bytes = 0;
    for (int i = 0; i < runs; ++i) {
        const auto start = std::chrono::steady_clock::now();
        bytes = render(year);
        ms.push_back(
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                .count());
    }
    std::sort(ms.begin(), ms.end());
    const auto at = [&](double q) {
        return ms.at(
            std::min(ms.size() - 1, static_cast<std::size_t>(q * static_cast<double>(ms.size()))));
    };
    std::printf("| %-36s | %7zu | %8.2f | %8.2f | %8zu |\n", name,
                year.anchorpoints.size() + year.violations.size(), at(0.5), at(0.99), bytes);
}

} // namespace

int main(int argc, char** argv) {
    int runs = 200;
    if (argc == 3 && std::strcmp(argv[1], "--runs") == 0) runs = std::max(1, std::atoi(argv[2]));
    std::printf("pattern pages, computed and drawn (%d runs each; no store reads)\n\n", runs);
    std::printf("| %-36s | %7s | %8s | %8s | %8s |\n", "page", "entries", "p50 ms", "p99 ms",
                "bytes");
    std::printf("|%s|%s|%s|%s|%s|\n", std::string(38, '-').c_str(), std::string(9, '-').c_str(),
                std::string(10, '-').c_str(), std::string(10, '-').c_str(),
                std::string(10, '-').c_str());
    row("child, one year", make_year(1, 2000), runs);
    row("group of 8 children, one year", make_year(8, 2000), runs);
    row("group of 8 children, one year, busy", make_year(8, 16000), runs);
    return 0;
}
