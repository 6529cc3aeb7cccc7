// The login page's content.
#include "web/login_page.hpp"

#include "web/layout.hpp"

namespace dagritme::web {

Html login_content(const LoginView& view) {
    Html h;
    h << "<div class=\"inloggen\"><h1>Inloggen</h1>";
    if (!view.notice.empty())
        h << "<p class=\"melding\" role=\"status\">" << text(view.notice) << "</p>";
    if (!view.carried.empty())
        h << "<p class=\"melding\" id=\"bewaard-van\">Wat " << text(view.carried_by)
          << " invulde is bewaard en wordt opgeslagen als " << text(view.carried_by)
          << " weer inlogt. Log je als iemand anders in, dan wordt het niet opgeslagen.</p>";
    if (!view.error.empty())
        h << "<p class=\"fout\" id=\"login-fout\" role=\"alert\">" << text(view.error) << "</p>";
    const Html described = view.error.empty() ? Html{} : raw(" aria-describedby=\"login-fout\"");
    h << "<form method=\"post\" action=\"/login\" class=\"formulier\">"
      << "<label for=\"naam\">Naam</label>"
      << "<input id=\"naam\" name=\"name\" autocomplete=\"username\" required "
         "autocapitalize=\"none\" "
         "spellcheck=\"false\" value=\""
      << attr(view.name) << "\"" << described << (view.name.empty() ? raw(" autofocus") : Html{})
      << ">"
      << "<label for=\"wachtwoord\">Wachtwoord</label>"
      << "<input id=\"wachtwoord\" name=\"password\" type=\"password\" "
         "autocomplete=\"current-password\" required"
      << described << (view.name.empty() ? Html{} : raw(" autofocus")) << ">";
    if (!view.next.empty()) h << hidden("volgende", view.next);
    if (!view.carried.empty())
        h << hidden("bewaard", view.carried) << hidden("bewaard_sleutel", view.carried_key)
          << hidden("bewaard_van", view.carried_by);
    h << "<button class=\"knop hoofd\">Inloggen</button></form></div>";
    return h;
}

} // namespace dagritme::web
