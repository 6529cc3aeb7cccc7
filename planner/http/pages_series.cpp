// One series: GET /groep/G/sessies/ID (its occurrences of the last two and the coming eight
// weeks, invited families, clashes, who came) and POST it with op = wijzigen or afzeggen
// (one date), uitnodigen or afmelden (a family, to every occurrence or one date), aanwezig
// (who came, with an idempotency key).
#include "app/sessions.hpp"
#include "http/pages_sessions.hpp"
#include "store/groups.hpp"
#include "store/sessions.hpp"

#include <climits>

namespace dagritme::web {
namespace {

constexpr std::int64_t days_back = 14;
constexpr std::int64_t days_ahead = 56;

SessionSeries series_of(PageContext& page, const std::string& group_id, const std::string& text) {
    auto series = store::load_series(page.ctx.db, path_number(text));
    if (!series || series->group_id != group_id)
        throw ApiError(Status::not_found, "unknown_series",
                       "Deze sessie staat niet in de planning van deze groep.");
    return *series;
}

SeriesView series_view(PageContext& page, const std::string& group_id, std::int64_t id) {
    auto& db = page.ctx.db;
    const store::ReadSnapshot snapshot{db};
    SeriesView view;
    view.group_id = group_id;
    view.group_name = store::load_group(db, group_id)->name;
    view.csrf = page.session.csrf_token;
    view.today = today_of(page.ctx);
    view.series = *store::load_series(db, id);
    const auto from = Date::from_days(view.today.days() - days_back);
    const auto to = Date::from_days(view.today.days() + days_ahead);
    view.occurrences = expand(view.series, from, to);
    for (const auto& i : store::invitations_of_series(db, id))
        view.invitations.push_back({i.family_id, i.date});
    for (const auto& o : view.occurrences) {
        view.families_of_date[o.date] = store::families_of_occurrence(db, id, o.date);
        if (o.date <= view.today)
            if (auto visits = store::visits_of(db, id, o.date))
                view.visits[o.date] = std::move(*visits);
    }
    view.clashes = app::clashes_of_series(db, view.series, from, to);
    view.families = family_choices(page.ctx, group_id);
    view.staff = leader_choices(page.ctx, group_id);
    view.form_key = PageContext::new_form_key();
    return view;
}

std::optional<std::int64_t> read_family(FormReader& form) {
    if (form.form().value("gezin").empty()) {
        form.fail("gezin", "Kies een gezin.");
        return std::nullopt;
    }
    return form.integer("gezin", 1, INT64_MAX, true);
}

// The change of a date: the fields that differ from the series.
OccurrenceChange read_change(FormReader& form, const SessionSeries& s) {
    OccurrenceChange c;
    const auto start = form.time("begin", true);
    const auto end = form.time("eind", true);
    const auto place = form.text("plaats", max_place_length, false);
    std::optional<std::int64_t> leader;
    if (!form.form().value("leider").empty()) leader = form.integer("leider", 1, INT64_MAX, true);
    if (start && *start != s.start) c.start = start;
    if (end && *end != s.end) c.end = end;
    if (place && *place != s.place) c.place = place;
    if (leader && leader != s.leader) c.leader = leader;
    return c;
}

std::optional<SessionProblem> apply(PageContext& page, FormReader& form, const SessionSeries& s,
                                    const std::string& op, const std::optional<Date>& date,
                                    std::string& done) {
    auto& db = page.ctx.db;
    if (op == "wijzigen" || op == "afzeggen") {
        SessionException e;
        e.date = *date;
        e.cancelled = op == "afzeggen";
        if (e.cancelled)
            e.reason = form.text("reden", max_reason_length, false).value_or("");
        else
            e.change = read_change(form, s);
        if (!form.ok()) return std::nullopt;
        done = e.cancelled ? "afgezegd" : "gewijzigd";
        return app::set_occurrence(db, s.id, e);
    }
    if (op == "uitnodigen" || op == "afmelden") {
        const auto family = read_family(form);
        const auto when = op == "uitnodigen" ? form.date("wanneer", false) : date;
        if (!form.ok()) return std::nullopt;
        done = op == "uitnodigen" ? "uitgenodigd" : "afgemeld";
        return op == "uitnodigen" ? app::invite_family(db, s.id, *family, when)
                                  : app::uninvite_family(db, s.id, *family, when);
    }
    // aanwezig
    const auto parents = form.choices<std::int64_t>("ouder", record_id, false);
    if (!parents) return std::nullopt;
    done = "aanwezig";
    return app::record_visits(db, s.id, *date, *parents, today_of(page.ctx),
                              page.session.account.id, form.form().value("sleutel"),
                              Instant{page.ctx.now()});
}

std::string notice_of(const std::string& done) {
    if (done == "gepland") return "De sessie is gepland.";
    if (done == "gewijzigd") return "De wijziging is opgeslagen.";
    if (done == "afgezegd") return "Deze keer is afgezegd.";
    if (done == "uitgenodigd") return "Het gezin is uitgenodigd.";
    if (done == "afgemeld") return "Het gezin is afgemeld.";
    if (done == "aanwezig") return "Opgeslagen wie er kwam.";
    return "";
}

} // namespace

Response series_page(PageContext& page, const std::string& group_id, const std::string& id_text) {
    const auto s = series_of(page, group_id, id_text);
    const auto show = [&](Status status, const FailedForm& failed, const FieldErrors& errors,
                          const std::string& notice) {
        auto view = series_view(page, group_id, s.id);
        view.notice = notice;
        return html_response(
            page.req, status,
            web::page(page.frame(std::string(label_of(s.type)), Tab::sessions, group_id),
                      series_content(view, failed, page.form, errors)));
    };
    if (!page.posted()) return show(Status::ok, {}, {}, notice_of(page.form.value("klaar")));

    const auto op = page.form.value("op");
    if (op != "wijzigen" && op != "afzeggen" && op != "uitnodigen" && op != "afmelden" &&
        op != "aanwezig")
        throw ApiError(Status::bad_request, "bad_form",
                       "Deze wijziging kwam niet goed aan; laad de pagina opnieuw.");
    FormReader form(page.form);
    const bool dated = op != "uitnodigen" && op != "afmelden";
    const auto date = form.date("datum", dated);
    std::string done;
    std::optional<SessionProblem> problem;
    if (form.ok()) problem = apply(page, form, s, op, date, done);
    if (form.ok() && !problem)
        return redirect(page.req, "/groep/" + group_id + "/sessies/" + std::to_string(s.id) +
                                      "?klaar=" + done);
    if (problem) {
        const auto start = TimeOfDay::parse(page.form.value("begin"));
        place_session_problem(form, *problem, s.capacity,
                              start && (start->minutes < earliest_session_minute ||
                                        start->minutes > latest_session_minute),
                              op == "uitnodigen" ? "wanneer" : "datum");
    }
    return show(Status::unprocessable_entity,
                FailedForm{op, op == "uitnodigen" ? std::nullopt : date}, form.errors(), "");
}

} // namespace dagritme::web
