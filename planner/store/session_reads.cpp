// What others read of session series: the groups a series reaches, a day's board sessions,
// and a family's occurrences (workbook) and series (calendar feed).
#include "store/session_rows.hpp"
#include "store/sessions.hpp"

#include <algorithm>
#include <set>

namespace dagritme::store {
namespace {

std::vector<std::int64_t> parents_of_families(Database& db,
                                              const std::vector<std::int64_t>& families) {
    std::vector<std::int64_t> out;
    auto st = db.prepare("SELECT id FROM parent WHERE family_id = ? ORDER BY id");
    for (auto f : families) {
        st.bind_all(f);
        while (st.step())
            out.push_back(st.int64(0));
        st.reset();
    }
    std::sort(out.begin(), out.end());
    return out;
}

// The series a family is invited to: to all of it (date empty) or to the dates listed.
struct FamilySeries {
    SessionSeries series;
    bool whole = false;
    std::set<Date> dates;
};

std::vector<FamilySeries> invited_series(Database& db, std::int64_t family_id) {
    std::vector<FamilySeries> out;
    auto series = query_series(db,
                               "WHERE id IN (SELECT series_id FROM session_invitation WHERE "
                               "family_id = ?) ORDER BY id",
                               [&](Statement& st) { st.bind_all(family_id); });
    for (auto& s : series) {
        FamilySeries f{std::move(s), false, {}};
        for (const auto& i : invitations_of_series(db, f.series.id)) {
            if (i.family_id != family_id) continue;
            if (i.date)
                f.dates.insert(*i.date);
            else
                f.whole = true;
        }
        out.push_back(std::move(f));
    }
    return out;
}

} // namespace

std::optional<std::string> family_name(Database& db, std::int64_t family_id) {
    auto st = db.prepare("SELECT name FROM family WHERE id = ?");
    st.bind_all(family_id);
    if (!st.step()) return std::nullopt;
    return st.text(0);
}

std::vector<std::string> groups_of_series(Database& db, std::int64_t series_id) {
    std::vector<std::string> out;
    auto st = db.prepare("SELECT group_id FROM session_series WHERE id = ?1 UNION "
                         "SELECT c.group_id FROM session_invitation i JOIN child c "
                         "ON c.family_id = i.family_id WHERE i.series_id = ?1 ORDER BY 1");
    st.bind_all(series_id);
    while (st.step())
        out.push_back(st.text(0));
    return out;
}

void touch_series_boards(Database& db, std::int64_t series_id) {
    for (const auto& group : groups_of_series(db, series_id))
        db.touch_board(group);
}

std::vector<ParentChildSession> sessions_of_day(Database& db, const std::string& group_id,
                                                Date date) {
    const auto day = date.str();
    auto series = query_series(
        db,
        "WHERE weekday = ?1 AND first_date <= ?2 AND (last_date IS NULL OR last_date >= ?2) "
        "AND (group_id = ?3 OR id IN (SELECT i.series_id FROM session_invitation i JOIN child c "
        "ON c.family_id = i.family_id WHERE c.group_id = ?3 AND (i.date = '' OR i.date = ?2))) "
        "ORDER BY start_at, id",
        [&](Statement& st) { st.bind_all(date.weekday(), day, group_id); });
    std::vector<ParentChildSession> out;
    for (const auto& s : series) {
        const auto o = occurrence_on(s, date);
        if (!o || o->cancelled) continue;
        // Who came, once the leader recorded it; until then the invited families' parents,
        // who are expected. The board then names only those with a child present here.
        auto parents = visits_of(db, s.id, date);
        if (!parents) parents = parents_of_families(db, families_of_occurrence(db, s.id, date));
        out.push_back(ParentChildSession{s.id, s.type, o->start, o->end, o->leader, s.pictogram,
                                         std::move(*parents)});
    }
    std::stable_sort(
        out.begin(), out.end(),
        [](const ParentChildSession& a, const ParentChildSession& b) { return a.start < b.start; });
    return out;
}

std::vector<FamilySessionVisit> sessions_of_family(Database& db, std::int64_t family_id, Date from,
                                                   Date to) {
    std::vector<FamilySessionVisit> out;
    const auto parents = parents_of_families(db, {family_id});
    for (const auto& f : invited_series(db, family_id)) {
        for (const auto& o : expand(f.series, from, to)) {
            if (!f.whole && !f.dates.contains(o.date)) continue;
            const auto visits = visits_of(db, f.series.id, o.date);
            const bool attended =
                visits && std::any_of(visits->begin(), visits->end(), [&](std::int64_t p) {
                    return std::binary_search(parents.begin(), parents.end(), p);
                });
            out.push_back(FamilySessionVisit{f.series.id, o.date, o.type, o.start, o.end, o.place,
                                             o.cancelled, attended});
        }
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const FamilySessionVisit& a, const FamilySessionVisit& b) {
                         return a.date != b.date ? a.date < b.date : a.start < b.start;
                     });
    return out;
}

std::vector<SessionSeries> series_of_family(Database& db, std::int64_t family_id) {
    std::vector<SessionSeries> out;
    for (auto& f : invited_series(db, family_id)) {
        if (f.whole) {
            out.push_back(f.series);
            continue;
        }
        for (const auto date : f.dates) {
            if (!occurrence_on(f.series, date)) continue; // no longer a date of the series
            SessionSeries one = f.series;
            one.first = date;
            one.last = date;
            std::erase_if(one.exceptions,
                          [&](const SessionException& e) { return e.date != date; });
            out.push_back(std::move(one));
        }
    }
    return out;
}

} // namespace dagritme::store
