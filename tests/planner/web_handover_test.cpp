// The day handover's sections as text: entries worded in full, in order, every text escaped.
#include "web/care_words.hpp"
#include "web/handover.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace dagritme;
using namespace dagritme::web;

namespace {

Instant local(int hour, int minute) {
    return to_instant({*Date::parse("2026-12-01"), TimeOfDay::at(hour, minute)});
}

} // namespace

TEST_CASE("handover: each child's entries worded in full, in order") {
    Anchorpoint a;
    a.id = 1;
    a.child_id = 2;
    a.at = local(9, 5);
    a.block = BlockRef{TimeOfDay::at(9, 0), "Kring"};
    a.emotion = Emotion::sadness;
    a.responses = {CareResponse::named, CareResponse::offered_closeness};
    a.signs = {Sign::crying};
    a.note = "Miste <mama>";
    LimitViolation v;
    v.id = 1;
    v.child_id = 2;
    v.at = local(10, 20);
    v.limit_id = 4;
    v.what_happened = "Sloeg Tim.";
    v.holding = Holding{3, {8, 9}, "Bleef slaan."};
    v.named_apart = true;
    const HandoverNames names{
        {{2, "Sanne <b>"}, {3, "Tim"}}, {{8, "Anna"}}, {{4, "We doen elkaar geen pijn."}}};

    const auto children = handover(*Date::parse("2026-12-01"), {2, 3}, {a}, {v});
    const std::string html = handover_children(children, names).str();
    CHECK(html.rfind("<div class=\"handover\"><section class=\"handover-child\" "
                     "aria-labelledby=\"overdracht-kind-2\"><h2 id=\"overdracht-kind-2\">"
                     "Sanne &lt;b&gt;</h2>",
                     0) == 0);
    CHECK(html.find("<p class=\"handover-summary\">1 ankerpunt, 1 limit overschreden, 1 keer "
                    "vastgehouden.</p>") != std::string::npos);
    CHECK(html.find("<time datetime=\"2026-12-01T09:05+01:00\">09:05</time> <strong>Ankerpunt"
                    "</strong> · Kring</p>") != std::string::npos);
    CHECK(html.find("<dt>Emotie</dt><dd>verdriet</dd><dt>Gedaan</dt><dd>benoemd, nabijheid "
                    "geboden</dd><dt>Afloop</dt><dd>tot rust gekomen</dd><dt>Gezien</dt>"
                    "<dd>huilen</dd><dt>Notitie</dt><dd>Miste &lt;mama&gt;</dd>") !=
          std::string::npos);
    CHECK(html.find("<strong>Limit overschreden</strong> · buiten de dagindeling</p>") !=
          std::string::npos);
    CHECK(html.find("<dt>Limit</dt><dd>We doen elkaar geen pijn.</dd>") != std::string::npos);
    CHECK(html.find("<dt>Vastgehouden</dt><dd>3 minuten, door Anna, medewerker 9; reden: Bleef "
                    "slaan.</dd>") != std::string::npos);
    CHECK(html.find("<dt>Persoon en gedrag apart benoemd</dt><dd>ja</dd>") != std::string::npos);
    CHECK(html.find("Vervolg") == std::string::npos); // no follow-up written
    CHECK(html.find("Ankerpunt</strong>") < html.find("Limit overschreden</strong>"));
    CHECK(html.find("<mama>") == std::string::npos);
    SUBCASE("a child without entries says so") {
        CHECK(html.find("<h2 id=\"overdracht-kind-3\">Tim</h2><p class=\"handover-summary\">Geen "
                        "ankerpunten en geen limits overschreden.</p></section>") !=
              std::string::npos);
    }
}

TEST_CASE("an instant for <time datetime> carries the local offset") {
    CHECK(datetime_attribute(to_instant({*Date::parse("2026-07-01"), TimeOfDay::at(9, 0)})) ==
          "2026-07-01T09:00+02:00");
    CHECK(clock_word(Instant{1796167800}) == "00:30"); // 23:30 UTC in winter
}
