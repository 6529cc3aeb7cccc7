// Benchmark of a family's pages with a year of history (prints a table; not a test). One
// family with a year of workbook appointments and reports and two weekly session series it came
// to, an audit log of 100,000 entries across six families and twelve accounts; then each page
// read 50 times, one request at a time, against GET /healthz in the same run:
//   the family's record, its workbook month, its calendar feed (.ics, a year of sessions), its
//   audit page, the coordinator's list of staff and one staff member's log.
// Usage: family-bench [--audit N] (entries in the audit log; default 100000)
#include "app/calendar_feed.hpp"
#include "bench_support.hpp"
#include "cli/commands.hpp"
#include "domain/time.hpp"
#include "net_client.hpp"
#include "planner_process.hpp"
#include "store/accounts.hpp"
#include "store/audit.hpp"
#include "store/sessions.hpp"
#include "store/workbook.hpp"
#include "test_support.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <sstream>

using namespace dagritme;
using namespace dagritme::test;
using Clock = std::chrono::steady_clock;

namespace {

const Date last_day = *Date::parse("2026-11-30");
constexpr std::int64_t family = 1; // the demo's Familie Jansen

double percentile(std::vector<double> v, double p) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    return v[static_cast<std::size_t>(p * static_cast<double>(v.size() - 1))];
}

bool add_user(const std::string& name, const char* role, const std::string& config) {
    std::istringstream password("een-lang-wachtwoord\n");
    return run_cli(
        {"user", "add", name, "--role", role, "--group", "zonnebloem", "--config", config},
        &password);
}

struct Seeded {
    std::size_t appointments = 0;
    std::size_t reports = 0;
    std::size_t session_dates = 0;
    std::size_t audit = 0;
    std::string token; // the family's calendar link
};

// A year of the family's workbook: three appointments a week (a talk, a video, a sociogram),
// those before today happened, and a report on each talk; two weekly series from a year ago
// that a parent came to every week.
void seed_workbook(store::Database& db, std::int64_t mentor, Seeded& out) {
    store::Transaction tx{db};
    const auto first = Date::from_days(last_day.days() - 364);
    for (std::int64_t d = first.days(); d <= last_day.days(); ++d) {
        const auto date = Date::from_days(d);
        const auto type = date.weekday() == 1   ? WorkbookActivity::parent_talk
                          : date.weekday() == 3 ? WorkbookActivity::video
                          : date.weekday() == 5 ? WorkbookActivity::sociogram
                                                : std::optional<WorkbookActivity>{};
        if (!type) continue;
        WorkbookAppointment a;
        a.family_id = family;
        a.type = *type;
        a.date = date;
        a.start = TimeOfDay::at(14, 0);
        a.planned_by = mentor;
        a.planned_at = to_instant({Date::from_days(d - 7), TimeOfDay::at(9, 0)});
        a.happened = true;
        a.happened_at = to_instant({date, TimeOfDay::at(15, 0)});
        a.note = "Afspraak " + std::to_string(out.appointments + 1);
        const auto id = store::add_appointment(db, a);
        ++out.appointments;
        if (*type != WorkbookActivity::parent_talk) continue;
        WorkbookReport r;
        r.family_id = family;
        r.appointment_id = id;
        r.date = date;
        r.who_present = "Petra (mama) en de mentor";
        r.discussed = "Het slapen gaan, het ophalen en wat er deze week goed ging.";
        r.intentions = "Elke avond hetzelfde liedje.";
        r.next_appointment = Date::from_days(d + 7);
        r.author = mentor;
        r.created_at = to_instant({date, TimeOfDay::at(16, 0)});
        r.updated_at = r.created_at;
        store::add_report(db, r);
        ++out.reports;
    }
    const auto parent = [&] {
        auto st = db.prepare("SELECT id FROM parent WHERE family_id = ? ORDER BY id LIMIT 1");
        st.bind_all(family);
        st.step();
        return st.int64(0);
    }();
    const auto pictogram = [&] { // the demo series' pictogram
        auto st = db.prepare("SELECT pictogram FROM session_series ORDER BY id LIMIT 1");
        st.step();
        return st.text(0);
    }();
    for (const auto& [type, weekday] :
         {std::pair{SessionType::lap_singing, 1}, std::pair{SessionType::parent_child_gym, 3}}) {
        SessionSeries s;
        s.group_id = "zonnebloem";
        s.type = type;
        s.weekday = weekday;
        s.start = TimeOfDay::at(9, 0);
        s.end = TimeOfDay::at(9, 45);
        s.place = "speelzaal";
        s.capacity = 8;
        s.first = Date::from_days(first.days() + (weekday - first.weekday() + 7) % 7);
        s.pictogram = pictogram;
        const auto id = store::add_series(db, s);
        store::add_invitation(db, id, {family, std::nullopt});
        for (auto d = s.first; d <= last_day; d = Date::from_days(d.days() + 7)) {
            store::record_visits(db, id, d, {parent}, mentor,
                                 to_instant({d, TimeOfDay::at(10, 0)}));
            ++out.session_dates;
        }
    }
    tx.commit();
}

// `count` audit entries over the last year: reads of the six demo families' records and
// workbooks by twelve accounts, one in fifty refused.
void seed_audit(store::Database& db, std::size_t count, Seeded& out) {
    store::Transaction tx{db};
    const auto start = to_instant({Date::from_days(last_day.days() - 364), TimeOfDay::at(8, 0)});
    for (std::size_t i = 0; i < count; ++i) {
        AuditEntry e;
        e.at = start.seconds + static_cast<std::int64_t>(i) * 315;
        const auto who = static_cast<int>(i % 12);
        e.account = "staf-" + std::to_string(who);
        e.role = who < 4 ? "mentor" : who < 10 ? "group_leader" : "coordinator";
        e.action = i % 7 == 0 ? AuditAction::update : AuditAction::read;
        e.family_id = static_cast<std::int64_t>(i % 6) + 1;
        e.what = i % 3 == 0 ? "werkboek 2026-11" : "gezinsdossier";
        e.client = "192.168.1." + std::to_string(20 + who);
        e.outcome = i % 50 == 0 ? AuditOutcome::refused : AuditOutcome::allowed;
        store::append_audit(db, e);
    }
    tx.commit();
    out.audit = count;
}

struct Row {
    std::string what;
    std::string target;
    const HttpClient* client;
    std::vector<double> ms;
    std::size_t bytes = 0;
    int failures = 0;
};

} // namespace

int main(int argc, char** argv) {
    std::size_t audit = 100'000;
    for (int i = 1; i + 1 < argc; i += 2)
        if (std::string(argv[i]) == "--audit") audit = std::stoul(argv[i + 1]);

    TempDir dir;
    const auto text = bench_planner_config();
    const auto config = dir.write("planner.toml", text).string();
    const auto db_file = (dir / "dagritme.db").string();
    if (!run_cli({"demo", "--db", db_file, "--media", (dir / "media").string(), "--date",
                  "2026-12-01"}) ||
        !add_user("mentor-1", "mentor", config) || !add_user("coord-1", "coordinator", config) ||
        !run_cli({"family", "mentor", "--family", std::to_string(family), "--account", "mentor-1",
                  "--config", config}))
        return 1;

    Seeded seeded;
    std::int64_t coordinator = 0;
    {
        store::Database db(db_file);
        const auto mentor = store::find_account(db, "mentor-1")->id;
        coordinator = store::find_account(db, "coord-1")->id;
        seed_workbook(db, mentor, seeded);
        seed_audit(db, audit, seeded);
        seeded.token = *app::create_calendar_link(db, family, mentor, last_day.days() * 86400);
    }

    PlannerProcess planner({"serve", "--config", config, "--port", "0"});
    const auto port = planner.wait_port();
    if (!port) {
        std::cerr << planner.output();
        return 1;
    }
    HttpClient mentor{*port, "", "", "127.0.3.1"};
    HttpClient coord{*port, "", "", "127.0.3.2"};
    HttpClient parent{*port, "", "", "127.0.3.3"};
    if (mentor.login("mentor-1", "een-lang-wachtwoord") != 200 ||
        coord.login("coord-1", "een-lang-wachtwoord") != 200)
        return 1;

    const auto id = std::to_string(family);
    std::vector<Row> rows{
        {"GET /healthz", "/healthz", &mentor, {}},
        {"the family's record", "/gezin/" + id, &mentor, {}},
        {"its workbook month (13 appointments)",
         "/gezin/" + id + "/werkboek?maand=2026-11",
         &mentor,
         {}},
        {"its calendar feed, a year (.ics)", "/agenda/" + seeded.token + ".ics", &parent, {}},
        {"its audit page (coordinator)", "/gezin/" + id + "/inzage", &coord, {}},
        {"all staff in the audit log", "/inzage", &coord, {}},
        {"one staff member's log", "/inzage/" + std::to_string(coordinator), &coord, {}},
    };
    auto& feed = *std::find_if(rows.begin(), rows.end(),
                               [](const Row& row) { return row.target.starts_with("/agenda/"); });
    for (int round = 0; round < 50; ++round) {
        // A link serves 4 fetches at once, then one a minute (http/rate_limit.hpp): each round
        // reads the feed through a fresh link, made outside the timing.
        {
            store::Database db(db_file);
            const auto now = last_day.days() * 86400;
            app::revoke_calendar_link(db, family, now);
            feed.target =
                "/agenda/" + *app::create_calendar_link(db, family, std::nullopt, now) + ".ics";
        }
        for (auto& row : rows) {
            const auto t0 = Clock::now();
            const auto res = row.client->get(row.target);
            row.ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
            row.bytes = res.body().size();
            if (res.result_int() != 200) ++row.failures;
        }
    }

    std::printf("\nDagritme family pages: a year of one family (%zu appointments, %zu reports, "
                "%zu session dates), %zu audit entries; 50 reads each, one at a time\n\n",
                seeded.appointments, seeded.reports, seeded.session_dates, seeded.audit);
    std::printf("| read                                  | bytes   | p50       | p99       | "
                "ratio p50 |\n");
    std::printf("|---------------------------------------|---------|-----------|-----------|----"
                "-------|\n");
    const auto reference = percentile(rows[0].ms, 0.5);
    int failures = 0;
    for (const auto& row : rows) {
        std::printf("| %-37s | %7zu | %6.2f ms | %6.2f ms | %9.1f |\n", row.what.c_str(), row.bytes,
                    percentile(row.ms, 0.5), percentile(row.ms, 0.99),
                    percentile(row.ms, 0.5) / reference);
        failures += row.failures;
    }
    std::printf("\nfailed reads: %d\n", failures);
    return failures == 0 ? 0 : 1;
}
