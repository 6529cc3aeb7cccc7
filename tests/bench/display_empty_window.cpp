// The benchmark's reference: an empty SFML window, fullscreen like the day board.
//   --mode idle   draws one frame, then blocks in waitEvent (the least an SFML window costs)
//   --mode loop   the usual SFML loop: clear and display every frame, 60 frames per second
// Prints "first frame" on stderr after its first display(). Escape or a close event quits.
#include <SFML/Graphics/RenderWindow.hpp>
#include <SFML/Window/Event.hpp>

#include <iostream>
#include <string>

int main(int argc, char** argv) {
    const std::string mode = argc == 3 && std::string(argv[1]) == "--mode" ? argv[2] : "idle";
    if (mode != "idle" && mode != "loop")
        return std::cerr << "usage: display_empty_window [--mode idle|loop]\n", 2;
    sf::ContextSettings settings;
    settings.antialiasingLevel = 4;
    sf::RenderWindow window(sf::VideoMode::getDesktopMode(), "empty", sf::Style::Fullscreen,
                            settings);
    if (mode == "loop") window.setFramerateLimit(60);
    window.clear(sf::Color(251, 246, 238));
    window.display();
    std::cerr << "first frame" << std::endl;
    sf::Event event;
    while (window.isOpen()) {
        if (mode == "idle") {
            if (window.waitEvent(event) && event.type == sf::Event::Closed) window.close();
            continue;
        }
        while (window.pollEvent(event))
            if (event.type == sf::Event::Closed) window.close();
        window.clear(sf::Color(251, 246, 238));
        window.display();
    }
}
