// Planning parent-child sessions: the domain decides, this file reads what it needs and stores.
#include "app/sessions.hpp"

#include "store/people.hpp"
#include "store/sessions.hpp"
#include "store/workbook.hpp"

#include <algorithm>
#include <set>

namespace dagritme::app {
namespace {

using Kind = SessionProblem::Kind;

bool staff_of(store::Database& db, const std::string& group_id, std::int64_t staff_id) {
    const auto staff = store::staff_of_group(db, group_id);
    return std::any_of(staff.begin(), staff.end(),
                       [&](const Staff& s) { return s.id == staff_id; });
}

bool family_in_group(store::Database& db, const std::string& group_id, std::int64_t family_id) {
    const auto children = store::children_of_group(db, group_id);
    return std::any_of(children.begin(), children.end(),
                       [&](const Child& c) { return c.family_id == family_id; });
}

} // namespace

std::variant<std::int64_t, SessionProblem> schedule_series(store::Database& db,
                                                           SessionSeries series,
                                                           std::int64_t account,
                                                           const std::string& key, Instant now) {
    store::Transaction tx{db};
    if (!key.empty())
        if (const auto made = store::submitted_series(db, account, key)) return *made;
    if (auto problem = check_series(series)) return *problem;
    if (series.leader && !staff_of(db, series.group_id, *series.leader))
        return SessionProblem{Kind::unknown_leader};
    series.exceptions.clear();
    const auto id = store::add_series(db, series);
    if (!key.empty()) store::remember_form(db, account, key, id, now);
    tx.commit();
    return id;
}

std::optional<SessionProblem> set_occurrence(store::Database& db, std::int64_t series_id,
                                             const SessionException& exception) {
    store::Transaction tx{db};
    const auto series = store::load_series(db, series_id);
    if (!series) return SessionProblem{Kind::not_an_occurrence};
    if (auto problem = check_exception(*series, exception)) return problem;
    if (exception.change.leader && !staff_of(db, series->group_id, *exception.change.leader))
        return SessionProblem{Kind::unknown_leader};
    store::set_exception(db, series_id, exception);
    tx.commit();
    return std::nullopt;
}

std::optional<SessionProblem> invite_family(store::Database& db, std::int64_t series_id,
                                            std::int64_t family_id, std::optional<Date> date) {
    store::Transaction tx{db};
    const auto series = store::load_series(db, series_id);
    if (!series) return SessionProblem{Kind::not_an_occurrence};
    if (!family_in_group(db, series->group_id, family_id))
        return SessionProblem{Kind::unknown_family};
    if (date && !occurrence_on(*series, *date)) return SessionProblem{Kind::not_an_occurrence};
    const auto invitations = store::invitations_of_series(db, series_id);
    for (const auto& i : invitations)
        if (i.family_id == family_id && (!i.date || i.date == date))
            return SessionProblem{Kind::already_invited};
    std::set<std::int64_t> counted;
    if (date) {
        const auto families = store::families_of_occurrence(db, series_id, *date);
        counted.insert(families.begin(), families.end());
    } else {
        for (const auto& i : invitations)
            if (i.family_id != family_id) counted.insert(i.family_id);
    }
    if (auto problem = check_invitation(series->capacity, counted.size())) return problem;
    store::add_invitation(db, series_id, {family_id, date});
    tx.commit();
    return std::nullopt;
}

std::optional<SessionProblem> uninvite_family(store::Database& db, std::int64_t series_id,
                                              std::int64_t family_id, std::optional<Date> date) {
    store::Transaction tx{db};
    if (!store::remove_invitation(db, series_id, {family_id, date}))
        return SessionProblem{Kind::not_invited};
    tx.commit();
    return std::nullopt;
}

std::optional<SessionProblem> record_visits(store::Database& db, std::int64_t series_id, Date date,
                                            const std::vector<std::int64_t>& parents, Date today,
                                            std::int64_t account, const std::string& key,
                                            Instant now) {
    store::Transaction tx{db};
    if (!key.empty() && store::submitted_series(db, account, key)) return std::nullopt;
    const auto series = store::load_series(db, series_id);
    if (!series || !occurrence_on(*series, date)) return SessionProblem{Kind::not_an_occurrence};
    if (date > today) return SessionProblem{Kind::in_future};
    // Invited families have a child in the series' group (invite_family), so their parents
    // are among the group's.
    const auto families = store::families_of_occurrence(db, series_id, date);
    std::set<std::int64_t> allowed;
    // A parent who may not be announced (no custody, a court-ordered arrangement) is not
    // invited, unless their mentor said so.
    for (const auto& p : store::parents_of_group(db, series->group_id))
        if (p.announced &&
            std::find(families.begin(), families.end(), p.family_id) != families.end())
            allowed.insert(p.id);
    std::set<std::int64_t> ticked;
    for (const auto p : parents) {
        if (!allowed.contains(p)) return SessionProblem{Kind::unknown_parent};
        ticked.insert(p);
    }
    store::record_visits(db, series_id, date, {ticked.begin(), ticked.end()}, account, now);
    if (!key.empty()) store::remember_form(db, account, key, series_id, now);
    tx.commit();
    return std::nullopt;
}

ClashMap clashes_of_series(store::Database& db, const SessionSeries& series, Date from, Date to) {
    ClashMap out;
    const auto occurrences = expand(series, from, to);
    std::set<std::int64_t> families;
    for (const auto& i : store::invitations_of_series(db, series.id))
        families.insert(i.family_id);
    for (const auto family : families) {
        std::vector<SessionOccurrence> others;
        for (const auto& v : store::sessions_of_family(db, family, from, to))
            others.push_back(SessionOccurrence{v.series_id,
                                               v.type,
                                               v.date,
                                               v.start,
                                               v.end,
                                               v.place,
                                               std::nullopt,
                                               v.cancelled,
                                               {},
                                               false});
        const auto appointments = store::appointments_of_family(db, family, from, to);
        for (const auto& o : occurrences) {
            const auto of_date = store::families_of_occurrence(db, series.id, o.date);
            if (o.cancelled || std::find(of_date.begin(), of_date.end(), family) == of_date.end())
                continue;
            FamilyClashes found{clashes_of(o, others), {}};
            for (const auto& a : appointments)
                if (overlaps(a, o.date, o.start, o.end)) found.appointments.push_back(a);
            if (!found.empty()) out[{o.date, family}] = std::move(found);
        }
    }
    return out;
}

} // namespace dagritme::app
