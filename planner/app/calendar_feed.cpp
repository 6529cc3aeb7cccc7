// The calendar links and the family calendar they serve.
#include "app/calendar_feed.hpp"

#include "auth/secrets.hpp"
#include "store/audit.hpp"
#include "store/people.hpp"
#include "store/sessions.hpp"
#include "store/workbook.hpp"

namespace dagritme::app {
namespace {

bool is_token(const std::string& token) {
    if (token.size() != 64) return false;
    for (const char c : token)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
    return true;
}

} // namespace

std::optional<std::string> create_calendar_link(store::Database& db, std::int64_t family_id,
                                                std::optional<std::int64_t> account,
                                                std::int64_t now) {
    auto token = auth::random_token();
    store::Transaction tx{db};
    if (!store::add_calendar_link(db, family_id, auth::token_hash(token), account, now))
        return std::nullopt;
    tx.commit();
    return token;
}

bool revoke_calendar_link(store::Database& db, std::int64_t family_id, std::int64_t now) {
    store::Transaction tx{db};
    const bool revoked = store::revoke_calendar_link(db, family_id, now);
    tx.commit();
    return revoked;
}

std::optional<FamilyAgenda> agenda_of_link(store::Database& db, const std::string& token,
                                           const std::string& client, std::int64_t now) {
    if (!is_token(token)) return std::nullopt;
    store::Transaction tx{db};
    const auto family = store::family_of_calendar_token(db, auth::token_hash(token));
    if (!family) return std::nullopt;
    auto agenda = family_agenda(db, *family, now);
    if (!agenda) return std::nullopt;
    AuditEntry entry;
    entry.at = now;
    entry.kind = AuditKind::feed;
    entry.account = calendar_link_account;
    entry.action = AuditAction::export_record;
    entry.family_id = *family;
    entry.what = "agenda";
    entry.client = client;
    // A family has one live link: its fetches within the hour count into one row.
    entry.count_key = "feed\nfamily " + std::to_string(*family);
    store::count_audit(db, entry, calendar_feed_window);
    tx.commit();
    return agenda;
}

std::optional<FamilyAgenda> family_agenda(store::Database& db, std::int64_t family_id,
                                          std::int64_t now) {
    const auto family = store::load_family(db, family_id);
    if (!family) return std::nullopt;
    const auto today = to_local(Instant{now}).date.days();
    FamilyAgenda agenda;
    agenda.family_id = family_id;
    agenda.family_name = family->name;
    agenda.mentor_name = store::mentor_first_name(db, family_id);
    agenda.appointments =
        store::appointments_of_family(db, family_id, Date::from_days(today - calendar_days_back),
                                      Date::from_days(today + calendar_days_ahead));
    agenda.series = store::series_of_family(db, family_id);
    return agenda;
}

} // namespace dagritme::app
