// Vandaag: people, the board preview and the morning list. The plan and the activity groups
// are in today_plan.cpp.
#include "web/today_page.hpp"

#include "web/layout.hpp"
#include "web/today_plan.hpp"

namespace dagritme::web {
namespace {

Html photo_or_letter(const std::optional<std::string>& photo, const std::string& name,
                     const char* css_class) {
    Html h;
    if (photo)
        h << "<img class=\"" << raw(css_class) << "\" src=\"/media/" << attr(*photo)
          << "\" alt=\"\" width=\"96\" height=\"96\">";
    else
        h << "<span class=\"" << raw(css_class) << " letter\" aria-hidden=\"true\">"
          << text(avatar_letter(name)) << "</span>";
    return h;
}

std::string tile_id(const PersonTile& p) {
    return (p.child ? "kind-" : "leiding-") + std::to_string(p.id);
}

Html status_line(const PersonTile& p) {
    Html h;
    if (!p.present && !p.since && !p.away.empty()) return h << text(p.away);
    if (p.present) {
        h << "Er sinds " << text(p.since ? p.since->str() : "");
        if (!p.escort.empty()) h << " · gebracht door " << text(p.escort);
    } else if (p.since) {
        h << "Weg sinds " << text(p.since->str());
        if (!p.escort.empty()) h << " · opgehaald door " << text(p.escort);
    } else {
        h << "Nog niet binnen";
    }
    return h;
}

const RoutineBlock* block_at_now(const Board& board, TimeOfDay now) {
    for (const auto& b : board.blocks)
        if (b.block.start <= now && now < b.block.end) return &b.block;
    return nullptr;
}

const RoutineBlock* next_block(const Board& board, TimeOfDay now) {
    for (const auto& b : board.blocks)
        if (b.block.start > now) return &b.block;
    return nullptr;
}

} // namespace

Html person_tile(const TodayView& view, const PersonTile& p) {
    const auto id = tile_id(p);
    const auto action = p.present ? "uit" : "in";
    Html h;
    h << "<li class=\"tegel" << (p.present ? raw(" aanwezig") : Html{})
      << (!p.expected && !p.present ? raw(" afwezig") : Html{}) << "\" id=\"" << attr(id)
      << "\"><form method=\"post\" action=\"/groep/" << attr(view.group_id)
      << "/aanwezig\" hx-post=\"/groep/" << attr(view.group_id) << "/aanwezig\" hx-target=\"#"
      << attr(id) << "\" hx-swap=\"outerHTML\" hx-disable=\"find button\">" << csrf_field(view.csrf)
      << hidden("wie", p.child ? "kind" : "leiding") << hidden("id", std::to_string(p.id))
      << hidden("actie", action) << "<button class=\"tik\" aria-pressed=\""
      << (p.present ? raw("true") : raw("false")) << "\" aria-label=\"" << attr(p.first_name)
      << ": "
      << (p.present ? raw("is er, tik om uit te checken") : raw("is er niet, tik om in te checken"))
      << "\">" << photo_or_letter(p.photo, p.first_name, "foto") << "<span class=\"naam\">"
      << text(p.first_name) << "</span><span class=\"status\">" << status_line(p)
      << "</span></button></form>";
    // Who brought or collected the child: a second, optional tap.
    if (p.child && p.since && p.escort.empty() && !p.escorts.empty()) {
        h << "<form class=\"begeleider\" method=\"post\" action=\"/groep/" << attr(view.group_id)
          << "/begeleider\" hx-post=\"/groep/" << attr(view.group_id)
          << "/begeleider\" hx-target=\"#" << attr(id)
          << "\" hx-swap=\"outerHTML\" hx-disable=\"find button\">" << csrf_field(view.csrf)
          << hidden("id", std::to_string(p.id)) << "<span class=\"vraag\">"
          << (p.present ? raw("Gebracht door") : raw("Opgehaald door")) << "</span>";
        for (const auto& e : p.escorts)
            h << "<button class=\"knop klein\" name=\"begeleider\" value=\"" << attr(e) << "\">"
              << text(e) << "</button>";
        h << "</form>";
    }
    h << "</li>";
    return h;
}

Html board_preview(const TodayView& view) {
    const auto& board = view.board;
    Html h;
    h << "<section class=\"bord\" id=\"bord\" aria-labelledby=\"bord-kop\" hx-get=\"/groep/"
      << attr(view.group_id)
      << "/bord\" hx-trigger=\"every 10s\" hx-swap=\"outerHTML\" "
         "hx-headers='{\"X-Poll\": \"1\"}'>"
      << "<h2 id=\"bord-kop\">Op het wandbord</h2>";
    const auto* now = block_at_now(board, view.now);
    const auto* next = next_block(board, view.now);
    h << "<dl class=\"bord-nu\"><div><dt>Nu</dt><dd>";
    if (now) {
        if (!now->pictogram.empty())
            h << "<img src=\"/media/" << attr(now->pictogram)
              << "\" alt=\"\" width=\"48\" height=\"48\">";
        h << text(now->label) << " <span class=\"tijd\">tot " << text(now->end.str()) << "</span>";
    } else {
        h << "Geen blok";
    }
    h << "</dd></div><div><dt>Straks</dt><dd>";
    if (next) {
        if (!next->pictogram.empty())
            h << "<img src=\"/media/" << attr(next->pictogram)
              << "\" alt=\"\" width=\"48\" height=\"48\">";
        h << text(next->label) << " <span class=\"tijd\">om " << text(next->start.str())
          << "</span>";
    } else {
        h << "Niets meer vandaag";
    }
    h << "</dd></div><div><dt>Wie is er?</dt><dd>"
      << number(static_cast<long long>(board.children.size()))
      << (board.children.size() == 1 ? raw(" kind") : raw(" kinderen")) << ", "
      << number(static_cast<long long>(board.staff.size())) << " leiding</dd></div></dl>"
      << "<p class=\"klein\">Versie " << number(board.revision) << " · bijgewerkt "
      << text(view.now.str()) << "</p></section>";
    return h;
}

Html today_content(const TodayView& view) {
    std::size_t present = 0, expected = 0;
    for (const auto& c : view.children) {
        present += c.present ? 1 : 0;
        expected += c.expected || c.present ? 1 : 0;
    }
    Html h;
    h << "<div class=\"titel\"><h1>Vandaag <span class=\"groepnaam\">" << text(view.group_name)
      << "</span></h1><p class=\"datum\">" << text(long_date(view.date)) << "</p></div>";
    h << "<div class=\"vandaag\"><div class=\"hoofdkolom\">";
    h << "<section aria-labelledby=\"kinderen-kop\"><h2 id=\"kinderen-kop\">Kinderen <span "
         "class=\"teller\">"
      << number(static_cast<long long>(present)) << " van "
      << number(static_cast<long long>(expected)) << " verwacht binnen</span></h2>";
    if (view.children.empty()) h << "<p class=\"leeg\">Vandaag wordt geen kind verwacht.</p>";
    h << "<ul class=\"tegels\">";
    for (const auto& c : view.children)
        if (c.expected || c.present) h << person_tile(view, c);
    h << "</ul>";
    if (expected < view.children.size()) {
        h << "<h3 class=\"afgemeld-kop\">Afgemeld</h3><ul class=\"tegels afgemeld\">";
        for (const auto& c : view.children)
            if (!c.expected && !c.present) h << person_tile(view, c);
        h << "</ul>";
    }
    h << "</section>" << absence_section(view);
    h << "<section aria-labelledby=\"leiding-kop\"><h2 id=\"leiding-kop\">Leiding</h2>"
      << "<ul class=\"tegels klein\">";
    for (const auto& s : view.staff)
        h << person_tile(view, s);
    h << "</ul></section>";
    h << plan_section(view, {}, {});
    h << activities_section(view, {}, {});
    h << "</div><aside class=\"zijkolom\">" << board_preview(view);
    h << "<section class=\"klaarleggen\" aria-labelledby=\"klaar-kop\"><h2 id=\"klaar-kop\">"
         "Klaarleggen</h2><p class=\"klein\">Elke ochtend op de eigen plek: het kind wordt "
         "verwacht.</p><ul>";
    for (const auto& c : view.children)
        if (!c.own_place_item.empty() && (c.expected || c.present))
            h << "<li><strong>" << text(c.first_name) << "</strong> " << text(c.own_place_item)
              << "</li>";
    h << "</ul></section></aside></div>";
    return h;
}

Html absence_section(const TodayView& view) {
    const auto& e = view.absence_errors;
    const auto& v = view.absence_values;
    const bool sent = !e.empty();
    const auto action = "/groep/" + view.group_id + "/afwezig";
    Html h;
    h << "<section class=\"afmelden\" id=\"afmelden\" aria-labelledby=\"afmelden-kop\"><h2 "
         "id=\"afmelden-kop\">Afmelden</h2>";
    std::vector<const PersonTile*> away;
    for (const auto& c : view.children)
        if (c.absence_id != 0) away.push_back(&c);
    if (!away.empty()) {
        h << "<ul class=\"afwezig-lijst\">";
        for (const auto* c : away) {
            h << "<li><strong>" << text(c->first_name) << "</strong> " << text(c->away);
            if (!c->away_note.empty())
                h << " <span class=\"klein\">" << text(c->away_note) << "</span>";
            if (view.may_edit)
                h << "<form method=\"post\" action=\"" << attr(action) << "\" class=\"inline\">"
                  << csrf_field(view.csrf) << hidden("op", "intrekken")
                  << hidden("afmelding", std::to_string(c->absence_id))
                  << hidden("kind", std::to_string(c->id))
                  << "<button class=\"knop klein\">Toch gekomen</button></form>";
            h << "</li>";
        }
        h << "</ul>";
    }
    if (!view.may_edit || view.children.empty()) return h << "</section>";
    const auto value = [&](const std::string& name, const std::string& fallback) {
        return sent ? v.value(name) : fallback;
    };
    h << "<details class=\"afmelden-formulier\"" << raw(sent ? " open" : "")
      << "><summary class=\"knop\">Kind afmelden</summary><form method=\"post\" action=\""
      << attr(action) << "\" class=\"gezin-formulier\">" << csrf_field(view.csrf)
      << hidden("op", "afmelden") << error_summary(e)
      << "<div class=\"rij\"><div class=\"veld\"><label for=\"afwezig-kind\">Kind</label>"
         "<select id=\"afwezig-kind\" name=\"kind\""
      << invalid_attrs(e, "kind") << "><option value=\"\">kies een kind</option>";
    for (const auto& c : view.children)
        h << "<option value=\"" << number(c.id) << "\""
          << raw(value("kind", "") == std::to_string(c.id) ? " selected" : "") << ">"
          << text(c.first_name) << "</option>";
    h << "</select>" << field_error(e, "kind")
      << "</div><div class=\"veld\"><label for=\"afwezig-reden\">Reden</label><select "
         "id=\"afwezig-reden\" name=\"reden\""
      << invalid_attrs(e, "reden") << ">";
    const std::pair<const char*, const char*> reasons[] = {{"ziek", "ziek"},
                                                           {"later", "komt later"},
                                                           {"vakantie", "vakantie"},
                                                           {"afspraak", "afspraak"},
                                                           {"anders", "anders"}};
    for (const auto& [r, label] : reasons)
        h << "<option value=\"" << raw(r) << "\""
          << raw(value("reden", "ziek") == r ? " selected" : "") << ">" << raw(label)
          << "</option>";
    h << "</select>" << field_error(e, "reden") << "</div></div><div class=\"rij\">";
    const auto field = [&](const char* name, const char* label, const char* type,
                           const std::string& fallback) {
        h << "<div class=\"veld\"><label for=\"afwezig-" << raw(name) << "\">" << raw(label)
          << "</label><input type=\"" << raw(type) << "\" id=\"afwezig-" << raw(name)
          << "\" name=\"" << raw(name) << "\" value=\"" << attr(value(name, fallback)) << "\""
          << invalid_attrs(e, name) << ">" << field_error(e, name) << "</div>";
    };
    field("van", "Van", "date", view.date.str());
    field("tot_en_met", "Tot en met", "date", view.date.str());
    field("komt_om", "Komt om (bij later)", "time", "");
    h << "</div>";
    field("toelichting", "Toelichting (alleen voor de leiding)", "text", "");
    return h << "<button class=\"knop hoofd\">Afmelden</button></form></details></section>";
}

} // namespace dagritme::web
