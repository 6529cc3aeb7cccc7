// The workbook's print views.
#include "web/workbook_print.hpp"

#include "web/layout.hpp"
#include "web/workbook_overview.hpp"
#include "web/workbook_words.hpp"

#include <string>

namespace dagritme::web {
namespace {

Html print_bar(const std::string& back) {
    Html h;
    h << "<div class=\"afdrukbalk\"><button type=\"button\" class=\"knop hoofd\" "
         "data-afdrukken>Afdrukken</button><a class=\"knop\" href=\""
      << attr(back) << "\">Terug</a></div>";
    return h;
}

// A text as the parent wrote it, its line breaks kept (CSS white-space: pre-line).
Html block(const char* question, const std::string& answer) {
    Html h;
    h << "<section class=\"afdruk-vraag\"><h2>" << raw(question) << "</h2><p class=\"antwoord\">"
      << text(answer) << "</p></section>";
    return h;
}

} // namespace

Html month_print_content(std::int64_t family_id, const WorkbookMonth& month) {
    Html h;
    h << "<div class=\"afdruk\">" << print_bar(workbook_path(family_id, month.month))
      << workbook_heading(month, "Werkboek: overzicht activiteiten " + month_label(month.month))
      << overview_tables(month.overview);
    if (!month.appointments.empty()) {
        h << "<h2>De afspraken van deze maand</h2><ul class=\"afdruk-afspraken\">";
        for (const auto& a : month.appointments) {
            h << "<li>" << text(long_date_year(a.date));
            if (a.start) h << " om " << text(a.start->str());
            h << ": " << text(activity_label(a.type)) << " — "
              << (a.happened ? raw("is gebeurd") : raw("gepland")) << "</li>";
        }
        h << "</ul>";
    }
    if (!month.reports.empty()) {
        h << "<h2>Verslagen van deze maand</h2><ul class=\"afdruk-afspraken\">";
        for (const auto& r : month.reports)
            h << "<li>Verslag van " << text(long_date_year(r.date)) << "</li>";
        h << "</ul>";
    }
    h << "</div>";
    return h;
}

Html report_print_content(std::int64_t family_id, const WorkbookMonth& heading,
                          const WorkbookReport& r) {
    Html h;
    h << "<div class=\"afdruk\">" << print_bar(report_path(family_id, r.id))
      << workbook_heading(heading, "Verslag") << block("Datum", long_date_year(r.date))
      << block("Wie waren erbij?", r.who_present) << block("Wat is er besproken?", r.discussed)
      << block("Voornemens", r.intentions.empty() ? "—" : r.intentions)
      << block("Datum volgende afspraak",
               r.next_appointment ? long_date_year(*r.next_appointment) : "nog niet afgesproken")
      << "</div>";
    return h;
}

} // namespace dagritme::web
