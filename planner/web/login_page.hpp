// The login page (Inloggen). It can carry a form that was posted from the page of a session
// that had ended: when the same account logs in, that form is posted again, so nothing typed
// is lost; the page says whose it is, and nobody else's login carries it out.
#pragma once

#include "web/html.hpp"

#include <string>

namespace dagritme::web {

struct LoginView {
    std::string name;        // as typed before
    std::string next;        // the page to go to after the login ("volgende")
    std::string carried;     // the expired request's form, encoded, to post again after the login
    std::string carried_key; // the ended session's CSRF token: proves whose form it is
    std::string carried_by;  // the name of that session's account
    std::string notice;      // why the login shows: "Je sessie is verlopen; log opnieuw in."
    std::string error;       // "Naam of wachtwoord klopt niet."
};

// The content of <main>: the heading, the notice, the form.
Html login_content(const LoginView& view);

} // namespace dagritme::web
