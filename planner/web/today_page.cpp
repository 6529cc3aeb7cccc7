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
    h << "<li class=\"tegel" << (p.present ? raw(" aanwezig") : Html{}) << "\" id=\"" << attr(id)
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
    std::size_t present = 0;
    for (const auto& c : view.children)
        present += c.present ? 1 : 0;
    Html h;
    h << "<div class=\"titel\"><h1>Vandaag <span class=\"groepnaam\">" << text(view.group_name)
      << "</span></h1><p class=\"datum\">" << text(long_date(view.date)) << "</p></div>";
    h << "<div class=\"vandaag\"><div class=\"hoofdkolom\">";
    h << "<section aria-labelledby=\"kinderen-kop\"><h2 id=\"kinderen-kop\">Kinderen <span "
         "class=\"teller\">"
      << number(static_cast<long long>(present)) << " van "
      << number(static_cast<long long>(view.children.size())) << " binnen</span></h2>";
    if (view.children.empty()) h << "<p class=\"leeg\">Deze groep heeft nog geen kinderen.</p>";
    h << "<ul class=\"tegels\">";
    for (const auto& c : view.children)
        h << person_tile(view, c);
    h << "</ul></section>";
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
        if (!c.own_place_item.empty())
            h << "<li><strong>" << text(c.first_name) << "</strong> " << text(c.own_place_item)
              << "</li>";
    h << "</ul></section></aside></div>";
    return h;
}

} // namespace dagritme::web
