// The tablet's switch page and the PIN form.
#include "web/tablet_page.hpp"

#include "domain/people.hpp"
#include "web/layout.hpp"

namespace dagritme::web {

Html switch_content(const SwitchView& view) {
    Html h;
    h << "<div class=\"titel\"><h1>Wie ben jij?</h1><p class=\"groepnaam\">"
      << text(view.group_name) << "</p></div>";
    if (view.people.empty())
        return h << "<p class=\"leeg\">Nog niemand van deze groep heeft een PIN. Log in met je "
                    "wachtwoord en stel een PIN in onder je naam.</p><p><a class=\"knop\" "
                    "href=\"/login\">Inloggen met wachtwoord</a></p>";
    if (!view.error.empty())
        h << "<p class=\"melding\" role=\"alert\">" << text(view.error) << "</p>";
    h << "<form method=\"post\" action=\"/groep/" << attr(view.group_id)
      << "/wissel\" class=\"wissel\"><fieldset class=\"kiezers tegels\"><legend>Kies jezelf"
         "</legend>";
    for (const auto& p : view.people) {
        const auto id = "wie-" + p.account_name;
        h << "<input type=\"radio\" name=\"naam\" id=\"" << attr(id) << "\" value=\""
          << attr(p.account_name) << "\""
          << raw(view.chosen == p.account_name || view.people.size() == 1 ? " checked" : "")
          << " required><label for=\"" << attr(id) << "\">";
        if (p.photo)
            h << "<img class=\"foto\" src=\"/media/" << attr(*p.photo)
              << "\" alt=\"\" width=\"96\" height=\"96\">";
        else
            h << "<span class=\"foto letter\" aria-hidden=\"true\">"
              << text(avatar_letter(p.first_name)) << "</span>";
        h << "<span class=\"naam\">" << text(p.first_name) << "</span></label>";
    }
    h << "</fieldset><div class=\"veld\"><label for=\"pin\">PIN</label><input type=\"password\" "
         "id=\"pin\" name=\"pin\" inputmode=\"numeric\" pattern=\"[0-9]{6}\" maxlength=\"6\" "
         "autocomplete=\"off\" required></div><button class=\"knop hoofd\">Verder</button>"
         "</form><p class=\"klein\">Na 30 minuten kies je opnieuw. <a href=\"/login\">Inloggen "
         "met wachtwoord</a></p>";
    return h;
}

Html pin_content(const PinView& view) {
    Html h;
    h << "<div class=\"titel\"><h1>PIN voor de groepstablet</h1></div>";
    if (!view.notice.empty())
        h << "<p class=\"melding\" role=\"status\">" << text(view.notice) << "</p>";
    h << "<p>Met een PIN van zes cijfers kies je jezelf op de tablet van je groep, zonder "
         "wachtwoord. Je kunt dan 30 minuten werken op die groep; wat je vastlegt staat op jouw "
         "naam. Kies geen PIN als 123456 of je geboortedatum.</p>";
    if (!view.linked)
        h << "<p class=\"melding\">Je account hoort nog bij geen medewerker; vraag de "
             "coördinator je te koppelen (Medewerkers), anders sta je niet op de tablet.</p>";
    h << "<form method=\"post\" action=\"/pin\" class=\"gezin-formulier\">" << csrf_field(view.csrf)
      << error_summary(view.errors) << "<div class=\"rij\">";
    for (const auto& [name, label] :
         {std::pair<const char*, const char*>{"pin", "Nieuwe PIN"}, {"herhaal", "Nog een keer"}})
        h << "<div class=\"veld\"><label for=\"" << raw(name) << "\">" << raw(label)
          << "</label><input type=\"password\" id=\"" << raw(name) << "\" name=\"" << raw(name)
          << "\" inputmode=\"numeric\" maxlength=\"6\" autocomplete=\"new-password\""
          << invalid_attrs(view.errors, name) << ">" << field_error(view.errors, name) << "</div>";
    h << "</div><button class=\"knop hoofd\">PIN opslaan</button></form>";
    if (view.has_pin)
        h << "<form method=\"post\" action=\"/pin\" class=\"gezin-formulier\">"
          << csrf_field(view.csrf) << hidden("op", "wissen")
          << "<button class=\"knop\">PIN wissen</button></form>";
    return h;
}

} // namespace dagritme::web
