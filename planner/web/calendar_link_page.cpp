// The calendar link page.
#include "web/calendar_link_page.hpp"

#include "web/layout.hpp"

namespace dagritme::web {
namespace {

Html form_start(const CalendarLinkView& view, const char* op) {
    Html h;
    h << "<form method=\"post\" action=\"/gezin/" << number(view.family_id) << "/agenda\">"
      << csrf_field(view.csrf) << hidden("op", op);
    return h;
}

// What the mentor passes on to the parents with the link.
Html explanation_for_parents() {
    Html h;
    h << "<h3>Uitleg voor de ouders</h3><ul class=\"agenda-uitleg\">"
         "<li>Met deze link ziet u de afspraken met uw mentor en de ouder-kindmomenten in de "
         "agenda van uw telefoon. Nieuwe afspraken en wijzigingen komen er vanzelf bij.</li>"
         "<li>iPhone: open Instellingen, Agenda, Accounts, Voeg account toe, Anders, "
         "Voeg agenda-abonnement toe, en plak de link.</li>"
         "<li>Android (Google Agenda): open op een computer calendar.google.com, kies bij "
         "Andere agenda's Via URL en plak de link.</li>"
         "<li>De link is geheim: geef hem niet aan anderen. Kwijt of gedeeld? Vraag de mentor "
         "om een nieuwe.</li></ul>";
    return h;
}

} // namespace

Html calendar_link_content(const CalendarLinkView& view) {
    Html h;
    h << "<div class=\"titel\"><h1>Agenda voor de ouders <span class=\"groepnaam\">"
      << text(view.family_name)
      << "</span></h1></div><p class=\"klein\">Een geheime link naar de afspraken van dit gezin, "
         "voor de agenda op de telefoon van de ouders. Er staat alleen in wat de ouders zelf "
         "mogen weten: de afspraken en de ouder-kindmomenten, geen logboek.</p>";
    if (!view.notice.empty())
        h << "<p class=\"melding\" role=\"status\">" << text(view.notice) << "</p>";
    if (!view.new_url.empty()) {
        h << "<section class=\"agendalink-nieuw\" aria-labelledby=\"nieuw-kop\">"
             "<h2 id=\"nieuw-kop\">De nieuwe link</h2>"
             "<p>Deze link zie je maar één keer. Kopieer hem nu en geef hem aan de ouders.</p>"
             "<div class=\"veld\"><label for=\"agendalink\">Agendalink</label>"
             "<input id=\"agendalink\" class=\"agendalink\" type=\"text\" readonly value=\""
          << attr(view.new_url)
          << "\"></div><button type=\"button\" class=\"knop\" data-kopieer=\"agendalink\">"
             "Kopieer de link</button>"
          << explanation_for_parents() << "</section>";
    }
    if (view.live) {
        h << "<p>Er is een agendalink";
        if (!view.made_by.empty()) h << ", gemaakt door " << text(view.made_by);
        h << " op " << text(long_date(view.made_on)) << ".</p>" << form_start(view, "intrekken")
          << "<button class=\"knop gevaar\">Link intrekken</button></form>"
             "<p class=\"klein\">Na het intrekken werkt de link niet meer. Daarna kun je een "
             "nieuwe maken.</p>";
    } else {
        h << "<p>Er is nu geen agendalink.</p>" << form_start(view, "maken")
          << "<button class=\"knop hoofd\">Link maken</button></form>";
    }
    return h;
}

} // namespace dagritme::web
