// The family record export as JSON.
#include "json/family_json.hpp"

#include <nlohmann/json.hpp>

namespace dagritme {
namespace {

using nlohmann::json;

std::string utc(std::int64_t seconds) {
    const auto days = seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400;
    const auto rest = seconds - days * 86400;
    const auto two = [](std::int64_t n) { return (n < 10 ? "0" : "") + std::to_string(n); };
    return Date::from_days(days).str() + "T" + two(rest / 3600) + ":" + two(rest / 60 % 60) + ":" +
           two(rest % 60) + "Z";
}

json optional_date(const std::optional<Date>& d) {
    return d ? json(d->str()) : json(nullptr);
}

json optional_instant(const std::optional<Instant>& i) {
    return i ? json(utc(i->seconds)) : json(nullptr);
}

json account(const FamilyExport& data, std::optional<std::int64_t> id) {
    if (!id) return nullptr;
    const auto it = data.accounts.find(*id);
    return it == data.accounts.end() ? json(*id) : json(it->second);
}

json block(const std::optional<BlockRef>& b) {
    return b ? json{{"start", b->start.str()}, {"label", b->label}} : json(nullptr);
}

json record_part(const FamilyExport& data) {
    const auto& r = data.record;
    json parents = json::array();
    for (const auto& p : r.parents)
        parents.push_back(
            {{"first_name", p.parent.first_name},
             {"surname", p.parent.surname},
             {"relation", p.parent.relation},
             {"phone", p.contact.phone},
             {"email", p.contact.email},
             {"address", p.contact.address},
             {"custody", p.contact.custody ? json(*p.contact.custody) : json(nullptr)},
             {"custody_note", p.contact.custody_note}});
    json children = json::array();
    for (const auto& c : r.children)
        children.push_back({{"id", c.id},
                            {"first_name", c.first_name},
                            {"surname", c.surname},
                            {"birth_date", c.birth_date.str()},
                            {"group", c.group_id},
                            {"photo_consent", c.photo_consent}});
    json phases = json::array();
    for (const auto& p : r.phases)
        phases.push_back({{"phase", static_cast<int>(p.phase)},
                          {"name", std::string(name_of(p.phase))},
                          {"began", p.began.str()},
                          {"set_by", p.changed_by_name},
                          {"set_at", optional_instant(p.changed_at)},
                          {"note", p.note}});
    json goals = json::array();
    for (const auto& g : r.goals)
        goals.push_back({{"code", g.code},
                         {"child", g.child_id ? json(*g.child_id) : json(nullptr)},
                         {"chosen", g.chosen.str()},
                         {"ended", optional_date(g.ended)}});
    return {{"id", r.family.id},
            {"name", r.family.name},
            {"mentor", r.mentor_account_name},
            {"plaatser", r.family.caseworker},
            {"help_plan", optional_date(r.fields.help_plan)},
            {"parenting_interview", optional_date(r.fields.interview_phase2)},
            {"parenting_interview_again", optional_date(r.fields.interview_phase4)},
            {"notes", r.fields.notes},
            {"closed_at", optional_instant(r.closed_at)},
            {"last_changed_at", optional_instant(r.last_changed_at)},
            {"parents", parents},
            {"children", children},
            {"phases", phases},
            {"goals", goals}};
}

json workbook_part(const FamilyExport& data) {
    json appointments = json::array();
    for (const auto& a : data.appointments)
        appointments.push_back({{"type", std::string(name_of(a.type))},
                                {"date", a.date.str()},
                                {"start", a.start ? json(a.start->str()) : json(nullptr)},
                                {"planned_by", account(data, a.planned_by)},
                                {"happened", a.happened},
                                {"note", a.note}});
    json reports = json::array();
    for (const auto& r : data.reports)
        reports.push_back({{"date", r.date.str()},
                           {"who_present", r.who_present},
                           {"discussed", r.discussed},
                           {"intentions", r.intentions},
                           {"next_appointment", optional_date(r.next_appointment)},
                           {"author", account(data, r.author)},
                           {"updated_at", utc(r.updated_at.seconds)}});
    json situations = json::array();
    for (const auto& s : data.situations)
        situations.push_back({{"number", s.number}, {"discussed_on", s.discussed_on.str()}});
    json sessions = json::array();
    for (const auto& v : data.sessions)
        sessions.push_back({{"type", std::string(name_of(v.type))},
                            {"date", v.date.str()},
                            {"start", v.start.str()},
                            {"end", v.end.str()},
                            {"place", v.place},
                            {"cancelled", v.cancelled},
                            {"attended", v.attended}});
    return {{"appointments", appointments},
            {"reports", reports},
            {"situations", situations},
            {"sessions", sessions}};
}

json care_log_part(const FamilyExport& data) {
    json anchorpoints = json::array();
    for (const auto& a : data.anchorpoints) {
        json responses = json::array();
        for (const auto r : a.responses)
            responses.push_back(std::string(name_of(r)));
        json signs = json::array();
        for (const auto s : a.signs)
            signs.push_back(std::string(name_of(s)));
        anchorpoints.push_back({{"child", a.child_id},
                                {"at", utc(a.at.seconds)},
                                {"block", block(a.block)},
                                {"emotion", std::string(name_of(a.emotion))},
                                {"responses", responses},
                                {"ending", std::string(name_of(a.ending))},
                                {"signs", signs},
                                {"note", a.note},
                                {"author", account(data, a.author)}});
    }
    json violations = json::array();
    for (const auto& v : data.violations) {
        json holding = nullptr;
        if (v.holding)
            holding = {{"minutes", v.holding->minutes},
                       {"staff", v.holding->staff},
                       {"reason", v.holding->reason}};
        violations.push_back({{"child", v.child_id},
                              {"at", utc(v.at.seconds)},
                              {"block", block(v.block)},
                              {"limit", v.limit_id},
                              {"what_happened", v.what_happened},
                              {"holding", holding},
                              {"follow_up", v.follow_up},
                              {"named_apart", v.named_apart},
                              {"author", account(data, v.author)}});
    }
    return {{"anchorpoints", anchorpoints}, {"limit_violations", violations}};
}

json audit_part(const FamilyExport& data) {
    json log = json::array();
    for (const auto& e : data.audit)
        log.push_back({{"at", utc(e.at)},
                       {"account", e.account},
                       {"role", e.role},
                       {"action", std::string(name_of(e.action))},
                       {"what", e.what},
                       {"client", e.client},
                       {"outcome", std::string(name_of(e.outcome))}});
    return log;
}

} // namespace

std::string family_export_json(const FamilyExport& data) {
    const json doc{{"format", "dagritme-family-record"},   {"version", 1},
                   {"exported_at", utc(data.exported_at)}, {"family", record_part(data)},
                   {"workbook", workbook_part(data)},      {"care_log", care_log_part(data)},
                   {"audit_log", audit_part(data)}};
    return doc.dump(2) + "\n";
}

} // namespace dagritme
