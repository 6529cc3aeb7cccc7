// The parents' workbook of a family: GET /gezin/ID/werkboek[?maand=YYYY-MM] (the month's
// overview, appointments, reports and parenting situations), POST .../werkboek/afspraak (plan),
// POST .../werkboek/afspraak/N/gebeurd (mark happened), POST .../werkboek/situatie (tick or
// clear a parenting situation) and GET .../werkboek/afdrukken?maand= (the month on paper).
// Reports: pages_workbook_report.cpp. Each route opens the record through open_family_page
// with its audit action before anything else.
#include "http/pages_workbook.hpp"

#include "app/workbook.hpp"
#include "store/workbook.hpp"
#include "web/workbook_overview.hpp"
#include "web/workbook_print.hpp"
#include "web/workbook_words.hpp"

#include <boost/beast/http/verb.hpp>

namespace dagritme::web {
namespace bhttp = boost::beast::http;

Date workbook_today(const ApiContext& ctx) {
    return to_local(Instant{ctx.now()}).date;
}

WorkbookMonth workbook_values(ApiContext& ctx, std::int64_t family_id, Month month) {
    auto values = app::workbook_month(ctx.db, family_id, month);
    if (!values) throw ApiError(Status::not_found, "unknown_family", "Dit gezin bestaat niet.");
    return std::move(*values);
}

std::string workbook_field(const std::string& field) {
    if (field == "date") return "datum";
    if (field == "start") return "tijd";
    if (field == "note") return "notitie";
    if (field == "who_present") return "wie";
    if (field == "discussed") return "besproken";
    if (field == "intentions") return "voornemens";
    if (field == "next_appointment") return "volgende";
    if (field == "appointment") return "afspraak";
    return field;
}

namespace {

std::string words(const WorkbookProblem& p) {
    using Kind = WorkbookProblem::Kind;
    switch (p.kind) {
    case Kind::date_out_of_range:
        return "Deze datum ligt te ver weg. Kies een datum binnen een jaar van vandaag.";
    case Kind::text_empty:
        return p.field == "who_present" ? "Schrijf op wie erbij waren."
                                        : "Schrijf op wat er besproken is.";
    case Kind::text_too_long:
        return "Deze tekst is te lang (hoogstens " + std::to_string(p.value) + " tekens).";
    case Kind::next_before_report:
        return "De volgende afspraak kan niet eerder zijn dan de datum van dit verslag.";
    case Kind::date_in_future:
        return "Dit is nog niet gebeurd. Kies vandaag of een eerdere datum.";
    case Kind::happened_in_future:
        return "Deze afspraak is nog niet geweest. Vink hem aan op de dag zelf of later.";
    case Kind::already_happened:
        return "Deze afspraak staat al op gebeurd.";
    case Kind::unknown_appointment:
        return "Deze afspraak staat niet in het werkboek van dit gezin.";
    case Kind::unknown_report:
        return "Dit verslag staat niet in het werkboek van dit gezin.";
    case Kind::unknown_situation:
        return "Deze opvoedingssituatie bestaat niet.";
    case Kind::bad_idempotency_key:
        return "Dit formulier kwam niet goed aan; laad de pagina opnieuw.";
    }
    return "Dat lukte niet.";
}

} // namespace

void place_workbook_problem(FormReader& form, const WorkbookProblem& problem) {
    using Kind = WorkbookProblem::Kind;
    if (problem.kind == Kind::unknown_report || problem.kind == Kind::unknown_situation ||
        (problem.kind == Kind::unknown_appointment && problem.field != "appointment") ||
        (problem.kind == Kind::unknown_appointment && !form.form().has("afspraak")))
        throw ApiError(Status::not_found, "unknown_workbook_entry", words(problem));
    if (problem.kind == Kind::bad_idempotency_key)
        throw ApiError(Status::bad_request, "bad_form", words(problem));
    form.fail(workbook_field(problem.field), words(problem));
}

Response workbook_page(PageContext& page, std::int64_t family_id, Status status,
                       const std::string& title, const Html& content) {
    return html_response(
        page.req, status,
        web::page(page.family_frame(title, family_id, FamilyPart::workbook), content));
}

namespace {

Month month_of_target(const Request& req, Date today) {
    const auto form = Form::parse(query_of(req.target())).value_or(Form{});
    const auto text = form.value("maand");
    if (text.empty()) return Month::of(today);
    const auto month = Month::parse(text);
    if (!month) throw ApiError(Status::not_found, "unknown_month", "Deze maand bestaat niet.");
    return *month;
}

Response overview(PageContext& page, std::int64_t family_id, Month month, Status status,
                  const Form& values, const FieldErrors& errors, const std::string& notice) {
    WorkbookPageView view;
    view.family_id = family_id;
    view.month = workbook_values(page.ctx, family_id, month);
    view.today = workbook_today(page.ctx);
    view.csrf = page.session.csrf_token;
    view.form_key = PageContext::new_form_key();
    view.notice = notice;
    return workbook_page(page, family_id, status, "Werkboek",
                         workbook_content(view, values, errors));
}

std::string notice_of(const std::string& done) {
    if (done == "gepland") return "De afspraak is gepland.";
    if (done == "gebeurd") return "De afspraak staat nu op gebeurd.";
    if (done == "besproken") return "Het vinkje is gezet.";
    if (done == "weggehaald") return "Het vinkje is weggehaald.";
    return "";
}

Response plan(PageContext& page, std::int64_t family_id, Date today) {
    FormReader form(page.form);
    const auto type = form.choice<WorkbookActivity>("soort", workbook_activity_from, true);
    const auto date = form.date("datum", true);
    const auto start = form.time("tijd", false);
    const auto note = form.text("notitie", max_appointment_note_length, false);
    if (form.ok()) {
        WorkbookAppointment a;
        a.type = *type;
        a.date = *date;
        a.start = start;
        a.note = *note;
        const auto result =
            app::plan_appointment(page.ctx.db, family_id, a, page.form.value("sleutel"),
                                  page.session.account.id, Instant{page.ctx.now()}, today);
        if (const auto* problems = std::get_if<std::vector<WorkbookProblem>>(&result)) {
            for (const auto& p : *problems)
                place_workbook_problem(form, p);
        } else {
            return redirect(page.req,
                            workbook_path(family_id, Month::of(*date)) + "&klaar=gepland");
        }
    }
    // The month of the date typed, unless that date is refused (2062 shows this month).
    const auto month =
        date && form.errors().count("datum") == 0 ? Month::of(*date) : Month::of(today);
    return overview(page, family_id, month, Status::unprocessable_entity, page.form, form.errors(),
                    "");
}

Response mark(PageContext& page, std::int64_t family_id, std::int64_t id, Date today) {
    const auto appointment = store::load_appointment(page.ctx.db, id);
    const auto month = appointment ? Month::of(appointment->date) : Month::of(today);
    FormReader form(page.form);
    if (const auto problem =
            app::mark_happened(page.ctx.db, family_id, id, Instant{page.ctx.now()}, today)) {
        if (problem->kind == WorkbookProblem::Kind::unknown_appointment)
            place_workbook_problem(form, *problem); // throws: none of this family's
        form.fail("afspraak-" + std::to_string(id), words(*problem));
        return overview(page, family_id, month, Status::unprocessable_entity, Form{}, form.errors(),
                        "");
    }
    return redirect(page.req, workbook_path(family_id, month) + "&klaar=gebeurd");
}

Response situation(PageContext& page, std::int64_t family_id, Date today) {
    FormReader form(page.form);
    const auto number = form.integer("nummer", 1, 20, true);
    const auto month = Month::parse(page.form.value("maand")).value_or(Month::of(today));
    if (!number)
        throw ApiError(Status::not_found, "unknown_situation",
                       "Deze opvoedingssituatie bestaat niet.");
    const auto key = "situatie-" + std::to_string(*number);
    const auto op = page.form.value("op");
    std::vector<WorkbookProblem> problems;
    if (op == "uit") {
        problems = app::clear_situation(page.ctx.db, family_id, static_cast<int>(*number));
    } else if (op == "aan") {
        FormReader dates(page.form);
        const auto date = dates.date("datum", true);
        if (!date) {
            form.fail(key, dates.errors().at("datum"));
            return overview(page, family_id, month, Status::unprocessable_entity, page.form,
                            form.errors(), "");
        }
        problems =
            app::tick_situation(page.ctx.db, family_id, static_cast<int>(*number), *date, today);
    } else {
        throw ApiError(Status::bad_request, "bad_form",
                       "Dit formulier kwam niet goed aan; laad de pagina opnieuw.");
    }
    if (!problems.empty()) {
        for (const auto& p : problems)
            if (p.kind == WorkbookProblem::Kind::unknown_situation) place_workbook_problem(form, p);
        form.fail(key, words(problems.front()));
        return overview(page, family_id, month, Status::unprocessable_entity, page.form,
                        form.errors(), "");
    }
    return redirect(page.req, workbook_path(family_id, month) +
                                  (op == "uit" ? "&klaar=weggehaald" : "&klaar=besproken") +
                                  "#situaties-kop");
}

} // namespace

Outcome route_workbook_pages(ApiContext& ctx, const Request& req,
                             const std::vector<std::string>& path, const std::string& client) {
    const auto family_id = path_number(path[1]);
    const bool get = req.method() == bhttp::verb::get || req.method() == bhttp::verb::head;
    const bool post = req.method() == bhttp::verb::post;
    if (!get && !post) method_not_allowed();
    if (path.size() >= 4 && path[3] == "verslag")
        return route_workbook_reports(ctx, req, path, client, family_id);
    const auto today = workbook_today(ctx);

    if (path.size() == 3) { // the workbook of a month
        if (!get) method_not_allowed();
        const auto month = month_of_target(req, today);
        auto page = open_family_page(ctx, req, client, family_id, AuditAction::read,
                                     "werkboek " + month.str());
        return overview(page, family_id, month, Status::ok, Form{}, {},
                        notice_of(page.form.value("klaar")));
    }
    if (path.size() == 4 && path[3] == "afdrukken") {
        if (!get) method_not_allowed();
        const auto month = month_of_target(req, today);
        auto page = open_family_page(ctx, req, client, family_id, AuditAction::print,
                                     "werkboek " + month.str() + " afgedrukt");
        const auto values = workbook_values(ctx, family_id, month);
        return workbook_page(page, family_id, Status::ok, "Werkboek afdrukken",
                             month_print_content(family_id, values));
    }
    if (path.size() == 4 && path[3] == "afspraak") {
        if (!post) method_not_allowed();
        auto page =
            open_family_page(ctx, req, client, family_id, AuditAction::create, "werkboek afspraak");
        return plan(page, family_id, today);
    }
    if (path.size() == 6 && path[3] == "afspraak" && path[5] == "gebeurd") {
        if (!post) method_not_allowed();
        const auto id = path_number(path[4]);
        auto page = open_family_page(ctx, req, client, family_id, AuditAction::update,
                                     "werkboek afspraak " + std::to_string(id));
        return mark(page, family_id, id, today);
    }
    if (path.size() == 4 && path[3] == "situatie") {
        if (!post) method_not_allowed();
        auto page = open_family_page(ctx, req, client, family_id, AuditAction::update,
                                     "werkboek opvoedingssituaties");
        return situation(page, family_id, today);
    }
    not_found();
}

} // namespace dagritme::web
