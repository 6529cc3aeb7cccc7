// The workbook's reports: GET/POST /gezin/ID/werkboek/verslag/nieuw (write one with the parent;
// its next appointment can be planned in the same step), GET/POST .../verslag/N (read it, edit
// it) and GET .../verslag/N/afdrukken (on paper). Each opens the record through
// open_family_page with its audit action first; a report of another family is not found.
#include "http/pages_workbook.hpp"

#include "app/workbook.hpp"
#include "store/account_names.hpp"
#include "store/workbook.hpp"
#include "web/workbook_print.hpp"
#include "web/workbook_report.hpp"
#include "web/workbook_words.hpp"

#include <boost/beast/http/verb.hpp>

namespace dagritme::web {
namespace bhttp = boost::beast::http;
namespace {

// The report of a form, or nothing with every problem recorded: the form's own (a date that is
// no date, a text too long) and the domain's (an empty text, a next appointment too early).
std::optional<WorkbookReport> read_report(FormReader& form, bool is_new, Date today,
                                          std::optional<WorkbookActivity>& next_type) {
    WorkbookReport r;
    const auto date = form.date("datum", true);
    const auto who = form.text("wie", max_who_present_length, false, true);
    const auto discussed = form.text("besproken", max_report_text_length, false, true);
    const auto intentions = form.text("voornemens", max_report_text_length, false, true);
    const auto next = form.date("volgende", false);
    const auto appointment = form.integer("afspraak", 1, INT64_MAX, false);
    if (is_new) {
        next_type = form.choice<WorkbookActivity>("volgende_soort", workbook_activity_from, false);
        if (next_type && !next && !form.errors().contains("volgende"))
            form.fail("volgende", "Vul de datum van de volgende afspraak in, of kies ‘Nee, niet "
                                  "plannen’.");
    }
    r.date = date.value_or(today);
    r.who_present = who.value_or("-");
    r.discussed = discussed.value_or("-");
    r.intentions = intentions.value_or("");
    r.next_appointment = next;
    r.appointment_id = appointment;
    for (const auto& problem : check_report(r, today)) {
        if (!date && problem.field == "date") continue;
        if (!next && problem.field == "next_appointment") continue;
        if (!form.errors().contains(workbook_field(problem.field)))
            place_workbook_problem(form, problem);
    }
    if (!form.ok()) return std::nullopt;
    return r;
}

struct ReportRoute {
    PageContext& page;
    std::int64_t family_id;
    Date today;

    ReportPageView view(const WorkbookReport* report, Month month) const {
        ReportPageView v;
        v.family_id = family_id;
        v.heading = workbook_values(page.ctx, family_id, month);
        v.report = report;
        v.appointments = store::appointments_of_family(page.ctx.db, family_id,
                                                       Date::from_days(today.days() - 62),
                                                       Date::from_days(today.days() + 31));
        v.today = today;
        v.csrf = page.session.csrf_token;
        v.form_key = PageContext::new_form_key();
        if (report) {
            v.versions = store::report_history(page.ctx.db, report->id);
            if (!v.versions.empty()) v.editor_names = store::account_names(page.ctx.db);
        }
        return v;
    }

    Response show(Status status, const ReportPageView& v, const Form& values,
                  const FieldErrors& errors) const {
        return workbook_page(page, family_id, status, v.report ? "Verslag" : "Nieuw verslag",
                             report_content(v, values, errors));
    }

    Response write() const {
        const auto v = view(nullptr, Month::of(today));
        if (!page.posted()) return show(Status::ok, v, page.form, {});
        FormReader form(page.form);
        std::optional<WorkbookActivity> next_type;
        if (const auto report = read_report(form, true, today, next_type)) {
            const auto result = app::write_report(
                page.ctx.db, family_id, *report, next_type, page.form.value("sleutel"),
                page.session.account.id, Instant{page.ctx.now()}, today);
            if (const auto* id = std::get_if<std::int64_t>(&result))
                return redirect(page.req, report_path(family_id, *id) + "?opgeslagen=1");
            for (const auto& p : std::get<std::vector<WorkbookProblem>>(result))
                place_workbook_problem(form, p);
        }
        return show(Status::unprocessable_entity, v, page.form, form.errors());
    }

    Response one(const WorkbookReport& report) const {
        auto v = view(&report, Month::of(report.date));
        if (!page.posted()) {
            v.saved = page.form.value("opgeslagen") == "1";
            return show(Status::ok, v, report_values(report), {});
        }
        FormReader form(page.form);
        std::optional<WorkbookActivity> none;
        if (const auto value = read_report(form, false, today, none)) {
            const auto result =
                app::edit_report(page.ctx.db, family_id, report.id, *value, page.session.account.id,
                                 Instant{page.ctx.now()}, today);
            if (std::holds_alternative<std::int64_t>(result))
                return redirect(page.req, report_path(family_id, report.id) + "?opgeslagen=1");
            for (const auto& p : std::get<std::vector<WorkbookProblem>>(result))
                place_workbook_problem(form, p);
        }
        return show(Status::unprocessable_entity, v, page.form, form.errors());
    }
};

WorkbookReport report_of(ApiContext& ctx, std::int64_t family_id, std::int64_t id) {
    const auto report = store::load_report(ctx.db, id);
    if (!report || report->family_id != family_id)
        throw ApiError(Status::not_found, "unknown_report",
                       "Dit verslag staat niet in het werkboek van dit gezin.");
    return *report;
}

} // namespace

Outcome route_workbook_reports(ApiContext& ctx, const Request& req,
                               const std::vector<std::string>& path, const std::string& client,
                               std::int64_t family_id) {
    const bool get = req.method() == bhttp::verb::get || req.method() == bhttp::verb::head;
    const auto today = workbook_today(ctx);
    if (path.size() == 5 && path[4] == "nieuw") {
        auto page = open_family_page(ctx, req, client, family_id,
                                     get ? AuditAction::read : AuditAction::create,
                                     get ? "werkboek nieuw verslag" : "werkboek verslag");
        return ReportRoute{page, family_id, today}.write();
    }
    if (path.size() < 5 || path.size() > 6) not_found();
    const auto id = path_number(path[4]);
    const auto what = "werkboek verslag " + std::to_string(id);
    if (path.size() == 6) {
        if (path[5] != "afdrukken") not_found();
        if (!get) method_not_allowed();
        auto page =
            open_family_page(ctx, req, client, family_id, AuditAction::print, what + " afgedrukt");
        const auto report = report_of(ctx, family_id, id);
        const auto heading = workbook_values(ctx, family_id, Month::of(report.date));
        return workbook_page(page, family_id, Status::ok, "Verslag afdrukken",
                             report_print_content(family_id, heading, report));
    }
    auto page = open_family_page(ctx, req, client, family_id,
                                 get ? AuditAction::read : AuditAction::update, what);
    return ReportRoute{page, family_id, today}.one(report_of(ctx, family_id, id));
}

} // namespace dagritme::web
