// Afmelden on Vandaag: POST /groep/ID/afwezig.
#include "http/pages_today.hpp"

#include "app/absences.hpp"
#include "store/people.hpp"

namespace dagritme::web {

Response post_absence(PageContext& page, const std::string& group_id) {
    FormReader form(page.form);
    std::optional<std::int64_t> child_id;
    if (page.form.value("kind").empty())
        form.fail("kind", "Kies een kind.");
    else
        child_id = form.integer("kind", 1, INT64_MAX, true);
    const auto child = child_id ? store::load_child(page.ctx.db, *child_id) : std::nullopt;
    if (child_id && (!child || child->group_id != group_id))
        throw ApiError(Status::not_found, "unknown_child", "Dit kind hoort niet bij deze groep.");
    const Instant now{page.ctx.now()};
    const app::Change change{page.session.account.id, now, to_local(now).date};
    if (page.form.value("op") == "intrekken") {
        const auto absence_id = form.integer("afmelding", 1, INT64_MAX, true);
        if (!form.ok() || !app::withdraw_absence(page.ctx.db, *child_id, *absence_id, change))
            throw ApiError(Status::not_found, "unknown_absence", "Deze afmelding bestaat niet.");
        page.ctx.hub.publish(group_id);
        return redirect(page.req, "/groep/" + group_id + "#afmelden");
    }
    Absence a;
    const auto reason = form.choice<AbsenceReason>("reden", absence_reason_of, true);
    const auto first = form.date("van", true);
    const auto last = form.date("tot_en_met", false);
    a.arrives_at = form.time("komt_om", false);
    a.note = form.text("toelichting", 2000, false).value_or("");
    if (form.ok()) {
        a.child_id = *child_id;
        a.reason = *reason;
        a.first_day = *first;
        a.last_day = last.value_or(*first);
        const auto saved = app::report_absence(page.ctx.db, a, change);
        for (const auto& p : saved.problems)
            form.fail(p.field, p.message);
        if (saved.id) {
            page.ctx.hub.publish(group_id);
            return redirect(page.req, "/groep/" + group_id + "#afmelden");
        }
    }
    auto view = today_view(page, group_id);
    view.absence_values = page.form;
    view.absence_errors = form.errors();
    return html_response(
        page.req, Status::unprocessable_entity,
        web::page(page.frame("Vandaag", Tab::today, group_id), today_content(view)));
}

} // namespace dagritme::web
