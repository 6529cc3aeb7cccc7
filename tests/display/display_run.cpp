#include "display_run.hpp"

#include "temp_dir.hpp"
#include "test_support.hpp"
#include "x_server.hpp"

#include <stb/stb_image.h>

#include <csignal>
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>

extern char** environ;

namespace dagritme::layout {
std::ostream& operator<<(std::ostream& os, Color c) {
    return os << "rgb(" << int(c.r) << "," << int(c.g) << "," << int(c.b) << ")";
}
} // namespace dagritme::layout

namespace dagritme::test {
namespace {

// One X server for this executable, large enough for 4K frames; started by the first test
// that needs it, stopped at exit.
const XServer& screen() {
    static const XServer server(3840, 2160);
    return server;
}

// The display's command line on that screen. Mesa's software GL driver leaks at exit (in a
// module it has already unloaded, so it cannot be suppressed by name): no leak check for the
// display; this test program keeps its own.
std::vector<std::string> display_command(const std::vector<std::string>& args) {
    const char* binary = std::getenv("DAGRITME_DISPLAY");
    REQUIRE_MESSAGE(binary, "DAGRITME_DISPLAY must name the dagritme-display binary");
    std::vector<std::string> command{binary};
    command.insert(command.end(), args.begin(), args.end());
    return screen().command(command, {"ASAN_OPTIONS=detect_leaks=0"});
}

int exit_code(int status) {
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

// Spawns `command` with stdout and stderr both on `fd`.
pid_t spawn(std::vector<std::string> command, posix_spawn_file_actions_t& actions) {
    std::vector<char*> argv;
    for (auto& a : command)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    REQUIRE(spawned == 0);
    return pid;
}

} // namespace

Run run_display(const std::vector<std::string>& args, const TempDir& dir) {
    const std::string log = (dir / "output.log").string();
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_adddup2(&actions, 1, 2);
    const pid_t pid = spawn(display_command(args), actions);
    int status = 0;
    REQUIRE(waitpid(pid, &status, 0) == pid);
    return {exit_code(status), read_text(log)};
}

LiveDisplay::LiveDisplay(const std::vector<std::string>& args) {
    int fds[2];
    REQUIRE(pipe(fds) == 0);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, fds[1], 1);
    posix_spawn_file_actions_adddup2(&actions, fds[1], 2);
    posix_spawn_file_actions_addclose(&actions, fds[0]);
    pid_ = spawn(display_command(args), actions);
    close(fds[1]);
    out_ = fds[0];
}

LiveDisplay::~LiveDisplay() {
    if (pid_ > 0) {
        kill(pid_, SIGKILL);
        waitpid(pid_, nullptr, 0);
    }
    close(out_);
}

bool LiveDisplay::wait_for(const std::string& text) {
    while (seen_.find(text, searched_) == std::string::npos) {
        char buffer[4096];
        const ssize_t n = read(out_, buffer, sizeof buffer);
        if (n <= 0) return false;
        seen_.append(buffer, static_cast<std::size_t>(n));
    }
    searched_ = seen_.find(text, searched_) + text.size();
    return true;
}

int LiveDisplay::stop() {
    kill(pid_, SIGTERM);
    wait_for("\x04"); // read to the end of the output
    int status = 0;
    waitpid(pid_, &status, 0);
    pid_ = -1;
    return exit_code(status);
}

Png::Png(const std::filesystem::path& file) {
    int channels = 0;
    pixels_.reset(stbi_load(file.c_str(), &w_, &h_, &channels, 3));
    REQUIRE_MESSAGE(pixels_, "cannot read " << file);
}

void Png::Free::operator()(unsigned char* p) const {
    stbi_image_free(p);
}

layout::Color Png::at(float x, float y) const {
    const auto i =
        (static_cast<std::size_t>(y) * static_cast<std::size_t>(w_) + static_cast<std::size_t>(x)) *
        3;
    return {pixels_.get()[i], pixels_.get()[i + 1], pixels_.get()[i + 2]};
}

bool Png::all_black() const {
    const auto n = static_cast<std::size_t>(w_) * static_cast<std::size_t>(h_) * 3;
    return std::all_of(pixels_.get(), pixels_.get() + n, [](unsigned char c) { return c == 0; });
}

bool near(layout::Color a, layout::Color b) {
    auto d = [](std::uint8_t x, std::uint8_t y) { return std::abs(int(x) - int(y)); };
    return d(a.r, b.r) <= 12 && d(a.g, b.g) <= 12 && d(a.b, b.b) <= 12;
}

} // namespace dagritme::test
