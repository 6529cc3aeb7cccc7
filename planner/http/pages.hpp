// The staff pages' front door: a page request's session, CSRF token, role and group scope are
// checked here (with the same functions as the API), forms are parsed here, and every page
// answers with the same security headers. Page routes live in pages_*.cpp; their HTML in web/.
//
// A page request without a live session goes to the login page: a GET is redirected to
// /login?volgende=PATH; a POST from the page of a session that ended (it holds that session's
// CSRF token) shows the login form carrying what was typed, and when the same account logs in
// again the POST is made again, so nothing typed is lost. Nobody else's login carries it out.
#pragma once

#include "http/api.hpp"
#include "web/form.hpp"
#include "web/layout.hpp"

#include <string>
#include <vector>

namespace dagritme::web {

// A checked page request.
struct PageContext {
    ApiContext& ctx;
    const Request& req;
    store::StaffSession session;
    Form form;         // the posted form (POST) or the query string (GET)
    bool htmx = false; // sent by htmx: answer with the fragment, not the whole page

    bool posted() const;
    // The frame of a page of `group_id` ("" for none): user, tabs, the groups to switch to.
    PageFrame frame(std::string title, Tab tab, const std::string& group_id = "") const;
    // The frame of one of a family's pages: the Gezinnen tab and the family's own tabs.
    PageFrame family_frame(std::string title, std::int64_t family_id, FamilyPart part) const;
    // A random key for a form's idempotency field.
    static std::string new_form_key();
};

// The session of a page request, with its CSRF token checked for a POST (the form's "csrf"
// field or the X-CSRF-Token header) and `permission` for its role. Throws ApiError (401 for
// no session, 403 otherwise), which route_pages turns into the login page or an error page.
PageContext open_page(ApiContext& ctx, const Request& req, Permission permission);
// open_page() for a page of one group: also the group's scope (403 outside it) and 404 for a
// group that does not exist.
PageContext open_group_page(ApiContext& ctx, const Request& req, Permission permission,
                            const std::string& group_id);

// open_page() for children's care data: require_care_access() for `permission` and `action` on
// `what` about `subject` (logged in the audit log, allowed or refused), then 404 for a group
// that does not exist.
PageContext open_care_page(ApiContext& ctx, const Request& req, const std::string& client,
                           Permission permission, const CareSubject& subject, AuditAction action,
                           const std::string& what, CareRecord record = CareRecord::every_attempt);

// open_page() for a family record: require_family_access() for `action` on `what` (logged in
// the audit log, allowed or refused) on top of the session and CSRF checks.
PageContext open_family_page(ApiContext& ctx, const Request& req, const std::string& client,
                             std::int64_t family_id, AuditAction action, const std::string& what);

// text/html with the pages' security headers (CSP default-src 'self', no caching).
Response html_response(const Request& req, Status status, const Html& body);
// 303 See Other to a local path; for htmx requests an HX-Redirect.
Response redirect(const Request& req, const std::string& location);
// Whether `path` is a local page path that may follow a login ("/groep/x", not "//evil").
bool is_local_path(std::string_view path);
// A path part that names a stored record by number (web::record_id); 404 when it is none.
std::int64_t path_number(const std::string& text);

// The versioned URLs of the static files, for PageFrame.
const Assets& asset_urls();

// Routes every path that is not /api, /screen or /media: the pages and /static.
Outcome route_pages(ApiContext& ctx, const Request& req, const std::vector<std::string>& path,
                    const std::string& client);

// --- the page routes (pages_*.cpp) ----------------------------------------------------------
Outcome route_login_pages(ApiContext& ctx, const Request& req, const std::vector<std::string>& path,
                          const std::string& client);
Response route_static(const Request& req, const std::vector<std::string>& path);
Response page_home(ApiContext& ctx, const Request& req);
Response route_today_pages(ApiContext& ctx, const Request& req,
                           const std::vector<std::string>& path);
Response route_pattern_pages(ApiContext& ctx, const Request& req,
                             const std::vector<std::string>& path, const std::string& client);

Outcome route_admin_pages(ApiContext& ctx, const Request& req,
                          const std::vector<std::string>& path);
// Groepen and a group's Instellingen (pages_groups.cpp): /groepen, /groep/ID/instellingen.
Outcome route_group_pages(ApiContext& ctx, const Request& req,
                          const std::vector<std::string>& path);
// /gezin, /gezin/ID and the record's forms (pages_family.cpp); 404 for other sub-paths.
Outcome route_family_pages(ApiContext& ctx, const Request& req,
                           const std::vector<std::string>& path, const std::string& client);
// The parents' workbook of a family: /gezin/ID/werkboek/... (pages_workbook*.cpp).
Outcome route_workbook_pages(ApiContext& ctx, const Request& req,
                             const std::vector<std::string>& path, const std::string& client);
// The parents' calendar: /agenda/TOKEN.ics (no session) and the mentor's /gezin/ID/agenda.
Response route_calendar_feed(ApiContext& ctx, const Request& req,
                             const std::vector<std::string>& path, const std::string& client);
Response route_family_calendar_page(ApiContext& ctx, const Request& req,
                                    const std::vector<std::string>& path,
                                    const std::string& client);

// Intake (pages_intake.cpp): /gezin/nieuw, /gezin/ID/kind/nieuw, /gezin/ID/kind/CID[/...].
Response route_intake_pages(ApiContext& ctx, const Request& req,
                            const std::vector<std::string>& path, const std::string& client);

// Medewerkers (pages_staff.cpp): /medewerkers, /medewerkers/ID[/vertrek].
Response route_staff_pages(ApiContext& ctx, const Request& req,
                           const std::vector<std::string>& path);

// The shared tablet (pages_tablet.cpp): /groep/ID/wissel (a PIN switches person), /pin.
Outcome route_tablet_pages(ApiContext& ctx, const Request& req,
                           const std::vector<std::string>& path, const std::string& client);

// Inzage (pages_audit.cpp): /inzage, /inzage/ACCOUNT, /gezin/ID/inzage.
Response route_audit_pages(ApiContext& ctx, const Request& req,
                           const std::vector<std::string>& path, const std::string& client);

// Bewaren (pages_retention.cpp): /gezin/ID/bewaren, closing a record, asking for destruction.
Response route_retention_pages(ApiContext& ctx, const Request& req,
                               const std::vector<std::string>& path, const std::string& client);

// The page that says why a page request was refused: the login page for 401 (login_needed),
// an error page otherwise (only the page's content for htmx).
Response page_refusal(ApiContext& ctx, const Request& req, Status status,
                      const std::string& message);

// The login page for a request that needs a session (what route_pages shows on a 401).
Response login_needed(ApiContext& ctx, const Request& req, const std::string& message);

} // namespace dagritme::web
