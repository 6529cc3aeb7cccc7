// The login page (Inloggen). It can carry a form that was posted when the session had expired:
// after the login, that form is posted again, so nothing typed is lost.
#pragma once

#include "web/html.hpp"

#include <string>

namespace dagritme::web {

struct LoginView {
    std::string name;    // as typed before
    std::string next;    // the page to go to after the login ("volgende")
    std::string carried; // the expired request's form, encoded, to post again after the login
    std::string notice;  // why the login shows: "Je sessie is verlopen; log opnieuw in."
    std::string error;   // "Naam of wachtwoord klopt niet."
};

// The content of <main>: the heading, the notice, the form.
Html login_content(const LoginView& view);

} // namespace dagritme::web
