// The staff pages' pure parts: escaping, form parsing and reading, the page frame.
#include "web/form.hpp"
#include "web/html.hpp"
#include "web/layout.hpp"
#include "web/login_page.hpp"

#include <doctest/doctest.h>

using namespace dagritme;
using namespace dagritme::web;

TEST_CASE("Html escapes text and attributes; only literals and raw() pass as markup") {
    Html h;
    h << "<p title=\"" << attr("a\"b'<c>&") << "\">" << text("<script>&\"'") << "</p>";
    CHECK(h.str() == "<p title=\"a&quot;b&#39;&lt;c&gt;&amp;\">&lt;script&gt;&amp;\"'</p>");
    CHECK((Html{} << raw("<svg/>")).str() == "<svg/>");
    CHECK((Html{} << number(-42)).str() == "-42");
}

TEST_CASE("Form::parse decodes x-www-form-urlencoded and refuses what is broken") {
    const auto form = Form::parse("naam=Zo%C3%AB+de+Vries&kinderen=1&kinderen=2&leeg=&alleen");
    REQUIRE(form);
    CHECK(form->value("naam") == "Zoë de Vries");
    CHECK(form->values("kinderen") == std::vector<std::string>{"1", "2"});
    CHECK(form->has("leeg"));
    CHECK(form->value("alleen").empty());
    CHECK(form->value("ontbreekt").empty());
    CHECK(form->encoded({"kinderen"}) == "naam=Zo%C3%AB+de+Vries&leeg=&alleen=");

    CHECK_FALSE(Form::parse("a=%ZZ"));
    CHECK_FALSE(Form::parse("a=%4"));
    CHECK_FALSE(Form::parse("a=%C3%28"));    // not UTF-8
    CHECK_FALSE(Form::parse("a=%C0%AF"));    // overlong
    CHECK_FALSE(Form::parse("a=%ED%A0%80")); // a surrogate
    CHECK_FALSE(Form::parse("a=x%00y"));     // a control character
    CHECK(Form::parse("a=%F0%9F%8C%BB"));    // an emoji is fine
    CHECK(Form::parse("a=regel%0Aregel"));   // a newline is fine (multi-line text)

    std::string many;
    for (std::size_t i = 0; i <= max_form_fields; ++i)
        many += "a=1&";
    CHECK_FALSE(Form::parse(many));
}

TEST_CASE("FormReader records one Dutch problem per field") {
    const auto form =
        *Form::parse("tijd=9%3A3&getal=12a&datum=2026-02-30&tekst=++hallo++&lang=abcdef&"
                     "regels=a%0Ab&keuze=nee");
    FormReader r(form);
    CHECK_FALSE(r.time("tijd", true));
    CHECK_FALSE(r.integer("getal", 0, 10, true));
    CHECK_FALSE(r.date("datum", true));
    CHECK(r.text("tekst", 10, true) == "hallo");
    CHECK_FALSE(r.text("lang", 5, true));
    CHECK_FALSE(r.text("regels", 10, false));
    CHECK(r.text("regels2", 10, false) == "");
    CHECK_FALSE(r.text("ontbreekt", 10, true));
    const std::function<std::optional<int>(std::string_view)> yes = [](std::string_view v) {
        return v == "ja" ? std::optional<int>(1) : std::nullopt;
    };
    CHECK_FALSE(r.choice<int>("keuze", yes, true));
    CHECK_FALSE(r.choices<int>("geen", yes, true));
    CHECK(r.errors().at("tijd") == "Vul een tijd in als 09:30.");
    CHECK(r.errors().at("getal") == "Vul een heel getal in.");
    CHECK(r.errors().at("datum") == "Vul een bestaande datum in als 2026-12-01.");
    CHECK(r.errors().at("lang") == "Maximaal 5 tekens (nu 6).");
    CHECK(r.errors().at("regels") == "Eén regel tekst, zonder enters.");
    CHECK(r.errors().at("ontbreekt") == "Vul dit in.");
    CHECK(r.errors().at("keuze") == "Deze keuze bestaat niet.");
    CHECK(r.errors().at("geen") == "Kies er minstens een.");

    // Record ids: digits only, from 1.
    CHECK(record_id("12") == 12);
    CHECK(record_id("007") == 7);
    for (const char* bad :
         {"", "0", "-3", "+3", " 12", "12 ", "12abc", "1.0", "0x1f", "99999999999999999999"}) {
        CAPTURE(bad);
        CHECK_FALSE(record_id(bad));
    }

    const auto ok = *Form::parse("n=7&naam=%E7%A7%80%E8%8B%B1");
    FormReader good(ok);
    CHECK(good.integer("n", 1, 10, true) == 7);
    CHECK(good.text("naam", 2, true) == "秀英"); // characters, not bytes
    CHECK(good.ok());
}

TEST_CASE("the page frame shows each role its tabs") {
    PageFrame frame;
    frame.title = "Vandaag";
    frame.user_name = "<b>marco</b>";
    frame.group_id = "zonnebloem";
    frame.tab = Tab::today;
    frame.groups = {{"zonnebloem", "De Zonnebloem"}};
    frame.role = Role::group_leader;
    auto html = page(frame, Html{}).str();
    CHECK(html.find("&lt;b&gt;marco&lt;/b&gt;") != std::string::npos);
    CHECK(html.find("<html lang=\"nl\">") != std::string::npos);
    CHECK(html.find(">Ankerpunt</a>") != std::string::npos);
    CHECK(html.find(">Limits</a>") != std::string::npos); // to read the register
    CHECK(html.find(">Beheer</a>") == std::string::npos);
    CHECK(html.find(">Gezinnen</a>") == std::string::npos); // family records are not theirs
    frame.role = Role::mentor;
    CHECK(page(frame, Html{}).str().find("<a href=\"/gezin\">Gezinnen</a>") != std::string::npos);
    frame.role = Role::admin;
    html = page(frame, Html{}).str();
    CHECK(html.find(">Ankerpunt</a>") == std::string::npos); // care data is not the admin's
    CHECK(html.find(">Limits</a>") != std::string::npos);
    CHECK(html.find(">Beheer</a>") != std::string::npos);
}

TEST_CASE("long_date speaks Dutch") {
    CHECK(long_date(*Date::parse("2026-12-01")) == "dinsdag 1 december");
    CHECK(long_date(*Date::parse("2027-03-28")) == "zondag 28 maart");
}
