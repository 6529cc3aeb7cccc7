// SQL of session series: the series, their exceptions, invitations, who came, form keys.
#include "store/sessions.hpp"

#include "store/session_rows.hpp"

namespace dagritme::store {
namespace {

std::string date_column(const std::optional<Date>& date) {
    return date ? date->str() : std::string();
}

} // namespace

const char* const series_columns = "id, group_id, type, weekday, start_at, end_at, place, "
                                   "leader_id, capacity, first_date, last_date, pictogram";

SessionSeries read_series(Statement& st) {
    SessionSeries s;
    s.id = st.int64(0);
    s.group_id = st.text(1);
    s.type = known_value(session_type_from(st.text(2)), "session_series", s.id, "type", st.text(2));
    s.weekday = st.integer(3);
    s.start = TimeOfDay{st.integer(4)};
    s.end = TimeOfDay{st.integer(5)};
    s.place = st.text(6);
    s.leader = st.optional_int64(7);
    s.capacity = st.integer(8);
    s.first =
        known_value(Date::parse(st.text(9)), "session_series", s.id, "first_date", st.text(9));
    if (const auto last = st.optional_text(10))
        s.last = known_value(Date::parse(*last), "session_series", s.id, "last_date", *last);
    s.pictogram = st.text(11);
    return s;
}

void load_exceptions(Database& db, SessionSeries& s) {
    auto st = db.prepare("SELECT date, cancelled, reason, start_at, end_at, place, leader_id "
                         "FROM session_exception WHERE series_id = ? ORDER BY date");
    st.bind_all(s.id);
    while (st.step()) {
        SessionException e;
        e.date =
            known_value(Date::parse(st.text(0)), "session_exception", s.id, "date", st.text(0));
        e.cancelled = st.integer(1) != 0;
        e.reason = st.text(2);
        if (const auto start = st.optional_int64(3))
            e.change.start = TimeOfDay{static_cast<int>(*start)};
        if (const auto end = st.optional_int64(4)) e.change.end = TimeOfDay{static_cast<int>(*end)};
        e.change.place = st.optional_text(5);
        e.change.leader = st.optional_int64(6);
        s.exceptions.push_back(std::move(e));
    }
}

std::vector<SessionSeries> query_series(Database& db, const std::string& where,
                                        const std::function<void(Statement&)>& bind) {
    std::vector<SessionSeries> out;
    auto st = db.prepare("SELECT " + std::string(series_columns) + " FROM session_series " + where);
    bind(st);
    while (st.step())
        out.push_back(read_series(st));
    for (auto& s : out)
        load_exceptions(db, s);
    return out;
}

std::int64_t add_series(Database& db, const SessionSeries& s) {
    db.prepare("INSERT INTO session_series (group_id, type, weekday, start_at, end_at, place, "
               "leader_id, capacity, first_date, last_date, pictogram) "
               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .bind_all(s.group_id, std::string(name_of(s.type)), s.weekday, s.start.minutes,
                  s.end.minutes, s.place, s.leader, s.capacity, s.first.str(),
                  s.last ? std::optional<std::string>(s.last->str()) : std::nullopt, s.pictogram)
        .run();
    const auto id = db.last_insert_id();
    touch_series_boards(db, id);
    return id;
}

std::optional<SessionSeries> load_series(Database& db, std::int64_t id) {
    auto found = query_series(db, "WHERE id = ?", [&](Statement& st) { st.bind_all(id); });
    if (found.empty()) return std::nullopt;
    return std::move(found.front());
}

std::vector<SessionSeries> series_of_group(Database& db, const std::string& group_id) {
    return query_series(db, "WHERE group_id = ? ORDER BY weekday, start_at, id",
                        [&](Statement& st) { st.bind_all(group_id); });
}

void set_exception(Database& db, std::int64_t series_id, const SessionException& e) {
    const auto& c = e.change;
    db.prepare("INSERT OR REPLACE INTO session_exception (series_id, date, cancelled, reason, "
               "start_at, end_at, place, leader_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .bind_all(series_id, e.date.str(), e.cancelled, e.reason,
                  c.start ? std::optional<std::int64_t>(c.start->minutes) : std::nullopt,
                  c.end ? std::optional<std::int64_t>(c.end->minutes) : std::nullopt, c.place,
                  c.leader)
        .run();
    touch_series_boards(db, series_id);
}

std::vector<SessionInvitation> invitations_of_series(Database& db, std::int64_t series_id) {
    std::vector<SessionInvitation> out;
    auto st = db.prepare("SELECT family_id, date FROM session_invitation WHERE series_id = ? "
                         "ORDER BY date, family_id");
    st.bind_all(series_id);
    while (st.step()) {
        SessionInvitation i{st.int64(0), std::nullopt};
        if (!st.text(1).empty())
            i.date = known_value(Date::parse(st.text(1)), "session_invitation", series_id, "date",
                                 st.text(1));
        out.push_back(i);
    }
    return out;
}

void add_invitation(Database& db, std::int64_t series_id, const SessionInvitation& invitation) {
    db.prepare("INSERT INTO session_invitation (series_id, family_id, date) VALUES (?, ?, ?)")
        .bind_all(series_id, invitation.family_id, date_column(invitation.date))
        .run();
    touch_series_boards(db, series_id);
}

bool remove_invitation(Database& db, std::int64_t series_id, const SessionInvitation& invitation) {
    // Touched before: the family's groups stop showing it, so they must hear of it too.
    touch_series_boards(db, series_id);
    db.prepare("DELETE FROM session_invitation WHERE series_id = ? AND family_id = ? AND date = ?")
        .bind_all(series_id, invitation.family_id, date_column(invitation.date))
        .run();
    return db.changes() > 0;
}

std::vector<std::int64_t> families_of_occurrence(Database& db, std::int64_t series_id, Date date) {
    std::vector<std::int64_t> out;
    auto st = db.prepare("SELECT DISTINCT family_id FROM session_invitation WHERE series_id = ? "
                         "AND (date = '' OR date = ?) ORDER BY family_id");
    st.bind_all(series_id, date.str());
    while (st.step())
        out.push_back(st.int64(0));
    return out;
}

std::optional<std::vector<std::int64_t>> visits_of(Database& db, std::int64_t series_id,
                                                   Date date) {
    auto recorded = db.prepare("SELECT 1 FROM session_register WHERE series_id = ? AND date = ?");
    recorded.bind_all(series_id, date.str());
    if (!recorded.step()) return std::nullopt;
    std::vector<std::int64_t> out;
    auto st = db.prepare("SELECT parent_id FROM session_visit WHERE series_id = ? AND date = ? "
                         "ORDER BY parent_id");
    st.bind_all(series_id, date.str());
    while (st.step())
        out.push_back(st.int64(0));
    return out;
}

void record_visits(Database& db, std::int64_t series_id, Date date,
                   const std::vector<std::int64_t>& parents, std::optional<std::int64_t> account,
                   Instant now) {
    db.prepare("DELETE FROM session_register WHERE series_id = ? AND date = ?")
        .bind_all(series_id, date.str())
        .run();
    db.prepare("INSERT INTO session_register (series_id, date, recorded_by, recorded_at) "
               "VALUES (?, ?, ?, ?)")
        .bind_all(series_id, date.str(), account, now.seconds)
        .run();
    auto visit =
        db.prepare("INSERT INTO session_visit (series_id, date, parent_id) VALUES (?, ?, ?)");
    for (auto p : parents) {
        visit.bind_all(series_id, date.str(), p).run();
        visit.reset();
    }
    touch_series_boards(db, series_id);
}

std::optional<std::int64_t> submitted_series(Database& db, std::int64_t account,
                                             const std::string& key) {
    auto st = db.prepare("SELECT series_id FROM session_form WHERE account_id = ? AND key = ?");
    st.bind_all(account, key);
    if (!st.step()) return std::nullopt;
    return st.int64(0);
}

void remember_form(Database& db, std::int64_t account, const std::string& key,
                   std::int64_t series_id, Instant now) {
    db.prepare("INSERT INTO session_form (account_id, key, series_id, created_at) "
               "VALUES (?, ?, ?, ?)")
        .bind_all(account, key, series_id, now.seconds)
        .run();
}

} // namespace dagritme::store
