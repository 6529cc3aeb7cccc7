// Command-line parsing. Main thread.
#include "config/options.hpp"

#include "domain/time.hpp"

#include <charconv>
#include <cstdio>
#include <cstdlib>

namespace dagritme::app {

namespace {

layout::Size parse_size(const std::string& flag, const std::string& text) {
    unsigned w = 0, h = 0;
    char x = 0, extra = 0;
    if (std::sscanf(text.c_str(), "%u%c%u%c", &w, &x, &h, &extra) != 3 || x != 'x' || w < 320 ||
        h < 240 || w > 7680 || h > 4320)
        throw UsageError(flag + " expects WIDTHxHEIGHT between 320x240 and 7680x4320, got \"" +
                         text + "\"");
    return {static_cast<float>(w), static_cast<float>(h)};
}

PlannerAddress planner_address(const std::string& text) {
    PlannerAddress address;
    std::string_view rest = text;
    if (rest.starts_with("https://")) {
        address.tls = true;
        rest.remove_prefix(8);
    } else if (rest.starts_with("http://")) {
        rest.remove_prefix(7);
    }
    const auto colon = rest.rfind(':');
    int port = 0;
    if (colon != std::string_view::npos) {
        const auto digits = rest.substr(colon + 1);
        const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), port);
        if (ec != std::errc{} || end != digits.data() + digits.size()) port = 0;
    }
    // A host is a name or an address: no other scheme, no path.
    if (colon == std::string_view::npos || colon == 0 || port <= 0 || port > 65535 ||
        rest.substr(0, colon).find('/') != std::string_view::npos)
        throw UsageError("--planner expects [https://]HOST:PORT, got \"" + text + "\"");
    address.host = std::string(rest.substr(0, colon));
    address.port = static_cast<unsigned short>(port);
    return address;
}

} // namespace

std::string usage() {
    return "usage: dagritme-display [--config display.toml] [--board FILE] [--now HH:MM]\n"
           "                        [--today YYYY-MM-DD] [--windowed WxH]\n"
           "                        [--screenshot OUT.png --size WxH]\n"
           "  --config FILE       screen name, orientation, screen hours, media folders\n"
           "  --board FILE        show this board document (reloaded when the file changes)\n"
           "  --now HH:MM         pretend the time is HH:MM (the clock then runs on); today\n"
           "                      is then the board's own date, unless --today says another\n"
           "  --today YYYY-MM-DD  pretend the date is YYYY-MM-DD\n"
           "  --windowed WxH      a window instead of fullscreen (Escape quits)\n"
           "  --screenshot OUT    render one frame offscreen into OUT (PNG) and exit\n"
           "  --size WxH          the size of that frame (default 1920x1080)\n"
           "  --planner [https://]HOST:PORT\n"
           "                      follow the planner live (pairs itself, keeps the last board)\n"
           "  --state DIR         where the screen keeps its token and last board\n"
           "  --record FILE       no window: append every board received to FILE (JSON lines)\n";
}

Options parse_options(const std::vector<std::string>& args) {
    Options o;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& flag = args[i];
        auto value = [&]() -> const std::string& {
            if (i + 1 >= args.size()) throw UsageError(flag + " needs a value");
            return args[++i];
        };
        if (flag == "--help" || flag == "-h")
            o.help = true;
        else if (flag == "--windowed")
            o.windowed = parse_size(flag, value());
        else if (flag == "--size")
            o.size = parse_size(flag, value());
        else if (flag == "--board")
            o.board = value();
        else if (flag == "--screenshot")
            o.screenshot = value();
        else if (flag == "--config")
            o.config = value();
        else if (flag == "--planner")
            o.planner = planner_address(value());
        else if (flag == "--state")
            o.state = value();
        else if (flag == "--record")
            o.record = value();
        else if (flag == "--now") {
            const std::string& text = value();
            const auto t = TimeOfDay::parse(text);
            if (!t) throw UsageError("--now expects HH:MM, got \"" + text + "\"");
            o.now_seconds = t->minutes * 60;
        } else if (flag == "--today") {
            const std::string& text = value();
            o.today = Date::parse(text);
            if (!o.today)
                throw UsageError("--today expects a date YYYY-MM-DD, got \"" + text + "\"");
        } else
            throw UsageError("unknown option " + flag);
    }
    if (o.size && o.screenshot.empty()) throw UsageError("--size goes with --screenshot");
    if (o.planner && !o.board.empty()) throw UsageError("--planner and --board exclude each other");
    if (!o.record.empty() && !o.planner && o.board.empty())
        throw UsageError("--record needs --planner or --board");
    if (o.windowed && !o.screenshot.empty())
        throw UsageError("--windowed and --screenshot exclude each other");
    return o;
}

} // namespace dagritme::app
